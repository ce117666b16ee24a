package com.aftersales.appointment.campaign;

import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.List;
import java.util.Optional;

public interface CampaignRepository extends MongoRepository<Campaign, String> {

    Optional<Campaign> findByIdAndDealerId(String id, String dealerId);

    Optional<Campaign> findByDealerIdAndCode(String dealerId, String code);

    List<Campaign> findByDealerIdOrderByStartsOnDesc(String dealerId);
}
