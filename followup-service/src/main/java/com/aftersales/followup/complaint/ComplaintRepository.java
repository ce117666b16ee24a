package com.aftersales.followup.complaint;

import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.Optional;

public interface ComplaintRepository extends MongoRepository<Complaint, String> {

    Optional<Complaint> findByIdAndDealerId(String id, String dealerId);
}
