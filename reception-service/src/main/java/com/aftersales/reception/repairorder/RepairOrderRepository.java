package com.aftersales.reception.repairorder;

import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.Optional;

public interface RepairOrderRepository extends MongoRepository<RepairOrder, String> {

    Optional<RepairOrder> findByIdAndDealerId(String id, String dealerId);

    Optional<RepairOrder> findByDealerIdAndAppointmentId(String dealerId, String appointmentId);
}
