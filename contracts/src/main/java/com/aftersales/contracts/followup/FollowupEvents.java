package com.aftersales.contracts.followup;

import com.aftersales.contracts.DomainEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** The events followup-service publishes on {@code followup.events}, keyed by the repair order id. */
public final class FollowupEvents {

    private FollowupEvents() {
    }

    public record FollowUpScheduled(String repairOrderId, String followUpId, LocalDate dueOn, Instant scheduledAt)
            implements DomainEvent {
        @Override
        public String aggregateKey() {
            return repairOrderId;
        }
    }

    /** The call reached the customer and the survey was taken (scores per aspect, 1-5). */
    public record FollowUpCompleted(String repairOrderId, String followUpId, boolean satisfied, Map<String, Integer> scores,
                                    String agentId, Instant completedAt) implements DomainEvent {
        @Override
        public String aggregateKey() {
            return repairOrderId;
        }
    }

    /** A dissatisfied customer's complaint, with an owner and a plan (G7). */
    public record ComplaintOpened(String repairOrderId, String complaintId, String category, String ownerId,
                                  Instant openedAt) implements DomainEvent {
        @Override
        public String aggregateKey() {
            return repairOrderId;
        }
    }

    /** An inspection or rework visit was booked for the complaint (S13.1). */
    public record ReworkAppointmentBooked(String repairOrderId, String complaintId, String appointmentId,
                                          Instant bookedAt) implements DomainEvent {
        @Override
        public String aggregateKey() {
            return repairOrderId;
        }
    }

    /** Closed only when the customer is satisfied (G7). */
    public record ComplaintResolved(String repairOrderId, String complaintId, Instant resolvedAt) implements DomainEvent {
        @Override
        public String aggregateKey() {
            return repairOrderId;
        }
    }
}
