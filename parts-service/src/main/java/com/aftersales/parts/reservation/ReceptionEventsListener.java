package com.aftersales.parts.reservation;

import com.aftersales.contracts.DomainEvent;
import com.aftersales.contracts.EventTopics;
import com.aftersales.contracts.reception.ReceptionEvents.AdditionalWorkConsented;
import com.aftersales.contracts.reception.ReceptionEvents.EstimateLine;
import com.aftersales.contracts.reception.ReceptionEvents.EstimateLinesApproved;
import com.aftersales.contracts.reception.ReceptionEvents.PromisedTimeRevised;
import com.aftersales.contracts.reception.ReceptionEvents.RepairOrderOpened;
import com.aftersales.platform.events.EventEnvelope;
import com.aftersales.platform.events.EventEnvelopes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * From reception: a repair order opened from an appointment takes over its pre-reservation (S3.1, S2.2); the
 * parts of approved estimate lines, and of additional work the customer consented to (S8.2), are reserved or
 * backordered (step 6); a revised promise moves the RO's backorders in the queue (G2).
 */
@Component
class ReceptionEventsListener {

    /** The kind of an estimate line that is a part (the others are labour). */
    static final String PART = "PART";

    private static final Logger log = LoggerFactory.getLogger(ReceptionEventsListener.class);
    private static final String OPENED = DomainEvent.typeOf(RepairOrderOpened.class);
    private static final String APPROVED = DomainEvent.typeOf(EstimateLinesApproved.class);
    private static final String CONSENTED = DomainEvent.typeOf(AdditionalWorkConsented.class);
    private static final String PROMISE_REVISED = DomainEvent.typeOf(PromisedTimeRevised.class);

    private final EventEnvelopes envelopes;
    private final Reservations reservations;

    ReceptionEventsListener(EventEnvelopes envelopes, Reservations reservations) {
        this.envelopes = envelopes;
        this.reservations = reservations;
    }

    @KafkaListener(topics = EventTopics.RECEPTION)
    void on(String record) {
        EventEnvelope envelope = envelopes.read(record);
        String type = envelope.type();
        if (OPENED.equals(type)) {
            RepairOrderOpened opened = envelopes.payload(envelope, RepairOrderOpened.class);
            reservations.openRepairOrder(envelope.dealerId(), envelope.eventId(), opened.repairOrderId(),
                    opened.repairOrderNumber(), opened.appointmentId(), opened.promisedAt());
            log.info("event {}: repair order {} opened (appointment {})", envelope.eventId(),
                    opened.repairOrderNumber(), opened.appointmentId());
        } else if (APPROVED.equals(type)) {
            EstimateLinesApproved approved = envelopes.payload(envelope, EstimateLinesApproved.class);
            List<Reservations.Need> parts = partsOf(approved.lines(), "v" + approved.estimateVersion());
            reservations.reserveApproved(envelope.dealerId(), envelope.eventId(), approved.repairOrderId(),
                    approved.repairOrderNumber(), parts);
            log.info("event {}: {} approved part line(s) of repair order {}", envelope.eventId(), parts.size(),
                    approved.repairOrderNumber());
        } else if (CONSENTED.equals(type)) {
            AdditionalWorkConsented consented = envelopes.payload(envelope, AdditionalWorkConsented.class);
            List<Reservations.Need> parts = partsOf(consented.lines(), consented.requestId());
            reservations.reserveApproved(envelope.dealerId(), envelope.eventId(), consented.repairOrderId(), null, parts);
            log.info("event {}: {} consented part line(s) of repair order {}", envelope.eventId(), parts.size(),
                    consented.repairOrderId());
        } else if (PROMISE_REVISED.equals(type)) {
            PromisedTimeRevised revised = envelopes.payload(envelope, PromisedTimeRevised.class);
            reservations.revisePromise(envelope.dealerId(), envelope.eventId(), revised.repairOrderId(),
                    revised.promisedAt());
        }
    }

    /** The part lines among estimate lines; a line without an id is named by where it came from and its part. */
    private static List<Reservations.Need> partsOf(List<EstimateLine> lines, String origin) {
        return lines == null ? List.of() : lines.stream()
                .filter(line -> PART.equalsIgnoreCase(line.kind()))
                .filter(line -> line.partNumber() != null && !line.partNumber().isBlank() && line.quantity() > 0)
                .map(line -> new Reservations.Need(line.lineId() != null ? line.lineId() : origin + ":" + line.partNumber(),
                        line.partNumber(), line.description(), line.quantity()))
                .toList();
    }
}
