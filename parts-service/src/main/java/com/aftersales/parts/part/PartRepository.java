package com.aftersales.parts.part;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

import java.util.Collection;
import java.util.List;

public interface PartRepository extends MongoRepository<Part, String> {

    Page<Part> findByDealerId(String dealerId, Pageable pageable);

    @Query("{ 'dealerId': ?0, '$or': [ { 'partNumber': { '$regex': ?1, '$options': 'i' } }, { 'name': { '$regex': ?1, '$options': 'i' } } ] }")
    Page<Part> search(String dealerId, String pattern, Pageable pageable);

    Page<Part> findByDealerIdAndBelowReorderPointTrue(String dealerId, Pageable pageable);

    List<Part> findByDealerIdAndPartNumberIn(String dealerId, Collection<String> partNumbers);
}
