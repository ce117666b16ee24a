package com.aftersales.followup.followup;

import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.Optional;

public interface FollowUpRepository extends MongoRepository<FollowUp, String> {

    Optional<FollowUp> findByIdAndDealerId(String id, String dealerId);

    Optional<FollowUp> findByDealerIdAndRepairOrderId(String dealerId, String repairOrderId);
}
