package com.aftersales.appointment.appointment;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface AppointmentRepository extends MongoRepository<Appointment, String> {

    Optional<Appointment> findByIdAndDealerId(String id, String dealerId);

    List<Appointment> findByDealerIdAndDate(String dealerId, LocalDate date);

    Page<Appointment> findByDealerIdAndDateBetween(String dealerId, LocalDate from, LocalDate to, Pageable pageable);

    List<Appointment> findByDealerIdAndVehicleIdAndStatusIn(String dealerId, String vehicleId,
                                                            Collection<Appointment.Status> statuses);

    List<Appointment> findByDealerIdAndDateBetween(String dealerId, LocalDate from, LocalDate to);
}
