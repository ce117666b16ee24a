package com.aftersales.appointment.vehicle;

import com.aftersales.contracts.DomainEvent;
import com.aftersales.contracts.EventTopics;
import com.aftersales.contracts.billing.BillingEvents.VehicleDelivered;
import com.aftersales.platform.events.EventEnvelope;
import com.aftersales.platform.events.EventEnvelopes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/**
 * A delivered vehicle brings its mileage, and after a maintenance the date and mileage the next one is counted
 * from: the next maintenance then shows in the solicitation list when it falls due (S1.2).
 */
@Component
class VehicleDeliveredListener {

    private static final Logger log = LoggerFactory.getLogger(VehicleDeliveredListener.class);
    private static final String DELIVERED = DomainEvent.typeOf(VehicleDelivered.class);

    private final EventEnvelopes envelopes;
    private final VehicleRepository vehicles;
    private final Clock clock;

    VehicleDeliveredListener(EventEnvelopes envelopes, VehicleRepository vehicles, Clock clock) {
        this.envelopes = envelopes;
        this.vehicles = vehicles;
        this.clock = clock;
    }

    @KafkaListener(topics = EventTopics.BILLING)
    void on(String record) {
        EventEnvelope envelope = envelopes.read(record);
        if (!DELIVERED.equals(envelope.type())) {
            return;
        }
        VehicleDelivered delivered = envelopes.payload(envelope, VehicleDelivered.class);
        vehicles.findByIdAndDealerId(delivered.vehicleId(), envelope.dealerId()).ifPresentOrElse(vehicle -> {
            if (vehicle.hasHandled(envelope.eventId())) {
                return;
            }
            LocalDate day = LocalDate.ofInstant(delivered.deliveredAt(), clock.getZone());
            if (delivered.maintenanceDone()) {
                vehicle.recordService(day, delivered.mileageKm());
            } else {
                vehicle.recordMileage(day, delivered.mileageKm());
            }
            vehicle.markHandled(envelope.eventId());
            vehicles.save(vehicle);
        }, () -> log.warn("event {}: vehicle {} of RO {} is not known here; nothing to update", envelope.eventId(),
                delivered.vehicleId(), delivered.repairOrderId()));
    }
}
