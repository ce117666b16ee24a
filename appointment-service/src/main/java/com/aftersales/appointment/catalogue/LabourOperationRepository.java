package com.aftersales.appointment.catalogue;

import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface LabourOperationRepository extends MongoRepository<LabourOperation, String> {

    Optional<LabourOperation> findByDealerIdAndCode(String dealerId, String code);

    List<LabourOperation> findByDealerIdAndCodeIn(String dealerId, Collection<String> codes);

    List<LabourOperation> findByDealerIdOrderByCode(String dealerId);
}
