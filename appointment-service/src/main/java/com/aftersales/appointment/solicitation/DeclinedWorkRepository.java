package com.aftersales.appointment.solicitation;

import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.List;
import java.util.Optional;

public interface DeclinedWorkRepository extends MongoRepository<DeclinedWork, String> {

    List<DeclinedWork> findByDealerId(String dealerId);

    List<DeclinedWork> findByDealerIdAndVehicleId(String dealerId, String vehicleId);

    Optional<DeclinedWork> findByIdAndDealerId(String id, String dealerId);
}
