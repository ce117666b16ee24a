package com.aftersales.appointment.customer;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface CustomerRepository extends MongoRepository<Customer, String> {

    Optional<Customer> findByIdAndDealerId(String id, String dealerId);

    Optional<Customer> findByDealerIdAndPhone(String dealerId, String phone);

    List<Customer> findByDealerIdAndIdIn(String dealerId, Collection<String> ids);

    Page<Customer> findByDealerId(String dealerId, Pageable pageable);

    @Query("{ 'dealerId': ?0, '$or': [ { 'name': { '$regex': ?1, '$options': 'i' } }, { 'phone': { '$regex': ?2 } } ] }")
    List<Customer> searchByNameOrPhone(String dealerId, String namePattern, String phonePattern);
}
