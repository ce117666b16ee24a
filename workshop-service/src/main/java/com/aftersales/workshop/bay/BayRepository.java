package com.aftersales.workshop.bay;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.List;
import java.util.Optional;

public interface BayRepository extends MongoRepository<Bay, String> {

    Optional<Bay> findByDealerIdAndBayId(String dealerId, String bayId);

    List<Bay> findByDealerId(String dealerId, Sort sort);
}
