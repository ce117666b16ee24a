package com.aftersales.contracts.appointment;

import com.aftersales.contracts.DomainEvent;
import com.aftersales.contracts.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The events appointment-service publishes on {@code appointment.events}, keyed by the appointment id.
 * Booking-related events carry what parts and workshop need to prepare before the customer arrives
 * (S2.2): the requested work with its standard hours and the expected parts.
 */
public final class AppointmentEvents {

    private AppointmentEvents() {
    }

    /** A part the requested work is expected to need, to be pre-reserved before arrival (S2.2). */
    public record ExpectedPart(String partNumber, String name, int quantity, Money unitPrice) {
    }

    /** One labour operation the customer asked for, as taken from the catalogue (S2.1). */
    public record RequestedWork(String labourOperationCode, String name, String category,
                                BigDecimal standardHours, List<ExpectedPart> expectedParts) {
    }

    /** What the workshop and the parts counter prepare for: the same in booked and rescheduled. */
    public record Preparation(String customerId, String vehicleId, String vin, String model, String advisorId,
                              LocalDate date, LocalTime time, List<RequestedWork> requestedWork,
                              BigDecimal expectedHours, Money expectedCost, boolean firstService,
                              String campaignId) {
    }

    public record AppointmentBooked(String appointmentId, Preparation preparation, boolean forcedOverCapacity,
                                    String overCapacityReason, Instant bookedAt) implements DomainEvent {
        @Override
        public String aggregateKey() {
            return appointmentId;
        }
    }

    public record AppointmentRescheduled(String appointmentId, LocalDate previousDate, LocalTime previousTime,
                                         Preparation preparation, boolean forcedOverCapacity,
                                         String overCapacityReason, Instant rescheduledAt) implements DomainEvent {
        @Override
        public String aggregateKey() {
            return appointmentId;
        }
    }

    /** Parts pre-reserved for the appointment are to be released; the workshop hours are free again. */
    public record AppointmentCancelled(String appointmentId, LocalDate date, String reason,
                                       List<ExpectedPart> releasedParts, Instant cancelledAt) implements DomainEvent {
        @Override
        public String aggregateKey() {
            return appointmentId;
        }
    }

    /** The visit was confirmed again the day before (S2.3); the outcome says what the customer answered. */
    public record AppointmentConfirmationRecorded(String appointmentId, LocalDate date, LocalTime time,
                                                  String outcome, String byUser, Instant recordedAt)
            implements DomainEvent {
        @Override
        public String aggregateKey() {
            return appointmentId;
        }
    }

    public record AppointmentNoShowRecorded(String appointmentId, LocalDate date, List<ExpectedPart> releasedParts,
                                            Instant recordedAt) implements DomainEvent {
        @Override
        public String aggregateKey() {
            return appointmentId;
        }
    }

    /** The customer is here: reception opens the repair order prepared from the appointment (S3.1). */
    public record CustomerArrived(String appointmentId, Preparation preparation, Instant arrivedAt)
            implements DomainEvent {
        @Override
        public String aggregateKey() {
            return appointmentId;
        }
    }
}
