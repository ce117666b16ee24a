package com.aftersales.parts.reservation;

import com.aftersales.contracts.DomainEvent;
import com.aftersales.contracts.EventTopics;
import com.aftersales.contracts.appointment.AppointmentEvents.AppointmentBooked;
import com.aftersales.contracts.appointment.AppointmentEvents.AppointmentCancelled;
import com.aftersales.contracts.appointment.AppointmentEvents.AppointmentNoShowRecorded;
import com.aftersales.contracts.appointment.AppointmentEvents.AppointmentRescheduled;
import com.aftersales.contracts.appointment.AppointmentEvents.Preparation;
import com.aftersales.platform.events.EventEnvelope;
import com.aftersales.platform.events.EventEnvelopes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * S2.2: once an appointment is booked, its expected parts are pre-reserved so all is ready before the customer
 * arrives; a rescheduling keeps them in step; a cancellation or a no-show gives them back. CustomerArrived
 * needs nothing here: the repair order reception opens from it takes the pre-reservation over.
 */
@Component
class AppointmentEventsListener {

    static final String CANCELLED = "APPOINTMENT_CANCELLED";
    static final String NO_SHOW = "NO_SHOW";

    private static final Logger log = LoggerFactory.getLogger(AppointmentEventsListener.class);
    private static final String BOOKED = DomainEvent.typeOf(AppointmentBooked.class);
    private static final String RESCHEDULED = DomainEvent.typeOf(AppointmentRescheduled.class);
    private static final String CANCELLATION = DomainEvent.typeOf(AppointmentCancelled.class);
    private static final String NO_SHOW_RECORDED = DomainEvent.typeOf(AppointmentNoShowRecorded.class);

    private final EventEnvelopes envelopes;
    private final Reservations reservations;
    private final Clock clock;

    AppointmentEventsListener(EventEnvelopes envelopes, Reservations reservations, Clock clock) {
        this.envelopes = envelopes;
        this.reservations = reservations;
        this.clock = clock;
    }

    @KafkaListener(topics = EventTopics.APPOINTMENT)
    void on(String record) {
        EventEnvelope envelope = envelopes.read(record);
        String type = envelope.type();
        if (BOOKED.equals(type)) {
            AppointmentBooked booked = envelopes.payload(envelope, AppointmentBooked.class);
            preReserve(envelope, booked.appointmentId(), booked.preparation());
        } else if (RESCHEDULED.equals(type)) {
            AppointmentRescheduled rescheduled = envelopes.payload(envelope, AppointmentRescheduled.class);
            preReserve(envelope, rescheduled.appointmentId(), rescheduled.preparation());
        } else if (CANCELLATION.equals(type)) {
            AppointmentCancelled cancelled = envelopes.payload(envelope, AppointmentCancelled.class);
            reservations.releaseForAppointment(envelope.dealerId(), envelope.eventId(), cancelled.appointmentId(), CANCELLED);
            log.info("event {}: parts of appointment {} released (cancelled)", envelope.eventId(), cancelled.appointmentId());
        } else if (NO_SHOW_RECORDED.equals(type)) {
            AppointmentNoShowRecorded noShow = envelopes.payload(envelope, AppointmentNoShowRecorded.class);
            reservations.releaseForAppointment(envelope.dealerId(), envelope.eventId(), noShow.appointmentId(), NO_SHOW);
            log.info("event {}: parts of appointment {} released (no-show)", envelope.eventId(), noShow.appointmentId());
        }
    }

    private void preReserve(EventEnvelope envelope, String appointmentId, Preparation preparation) {
        List<Reservations.Need> expected = preparation.requestedWork() == null ? List.of()
                : preparation.requestedWork().stream()
                .filter(work -> work.expectedParts() != null)
                .flatMap(work -> work.expectedParts().stream())
                .filter(part -> part.partNumber() != null && part.quantity() > 0)
                .map(part -> new Reservations.Need(null, part.partNumber(), part.name(), part.quantity()))
                .toList();
        Instant appointmentAt = preparation.date() == null || preparation.time() == null ? null
                : preparation.date().atTime(preparation.time()).atZone(clock.getZone()).toInstant();
        reservations.preReserve(envelope.dealerId(), envelope.eventId(), appointmentId, expected, appointmentAt)
                .ifPresent(reservation -> log.info("event {}: appointment {} pre-reserves {} part line(s)",
                        envelope.eventId(), appointmentId, reservation.lines().size()));
    }
}
