package com.aftersales.appointment.vehicle;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface VehicleRepository extends MongoRepository<Vehicle, String> {

    Optional<Vehicle> findByIdAndDealerId(String id, String dealerId);

    Optional<Vehicle> findByDealerIdAndVin(String dealerId, String vin);

    List<Vehicle> findByDealerIdAndOwnerId(String dealerId, String ownerId);

    List<Vehicle> findByDealerIdAndIdIn(String dealerId, Collection<String> ids);

    List<Vehicle> findByDealerId(String dealerId);

    Page<Vehicle> findByDealerId(String dealerId, Pageable pageable);

    @Query("{ 'dealerId': ?0, '$or': [ { 'plate': { '$regex': ?1 } }, { 'vin': { '$regex': ?1 } } ] }")
    List<Vehicle> searchByPlateOrVin(String dealerId, String pattern);
}
