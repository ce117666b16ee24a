package com.aftersales.parts.reservation;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

import java.util.List;
import java.util.Optional;

public interface PartReservationRepository extends MongoRepository<PartReservation, String> {

    Optional<PartReservation> findFirstByDealerIdAndRepairOrderId(String dealerId, String repairOrderId);

    Page<PartReservation> findByDealerId(String dealerId, Pageable pageable);

    Page<PartReservation> findByDealerIdAndRepairOrderId(String dealerId, String repairOrderId, Pageable pageable);

    Page<PartReservation> findByDealerIdAndAppointmentId(String dealerId, String appointmentId, Pageable pageable);

    Page<PartReservation> findByDealerIdAndRepairOrderIdAndAppointmentId(String dealerId, String repairOrderId,
                                                                       String appointmentId, Pageable pageable);

    /** Reservations waiting for this part. */
    @Query("{ 'dealerId': ?0, 'openBackorderParts': ?1 }")
    List<PartReservation> findWaitingFor(String dealerId, String partNumber);

    /** Reservations with any open backorder. */
    @Query("{ 'dealerId': ?0, 'openBackorderParts.0': { '$exists': true } }")
    List<PartReservation> findWithBackorders(String dealerId);

    List<PartReservation> findByDealerIdAndToPickTrue(String dealerId);
}
