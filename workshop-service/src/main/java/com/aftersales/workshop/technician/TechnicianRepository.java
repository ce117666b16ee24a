package com.aftersales.workshop.technician;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.List;
import java.util.Optional;

public interface TechnicianRepository extends MongoRepository<Technician, String> {

    Optional<Technician> findByDealerIdAndTechnicianId(String dealerId, String technicianId);

    List<Technician> findByDealerId(String dealerId, Sort sort);
}
