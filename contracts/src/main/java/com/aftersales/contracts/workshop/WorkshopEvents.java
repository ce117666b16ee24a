package com.aftersales.contracts.workshop;

import com.aftersales.contracts.DomainEvent;
import com.aftersales.contracts.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The events workshop-service publishes on {@code workshop.events}, keyed by the repair order id. */
public final class WorkshopEvents {

    private WorkshopEvents() {
    }

    /** A piece of extra work the technician proposes (labour from the catalogue and/or a part). */
    public record ProposedLine(String description, String labourOperationCode, BigDecimal standardHours,
                               String partNumber, int quantity) {
    }

    /**
     * The technician found more work, or completion may be late (S8.2): the advisor asks the customer, and
     * only the customer's consent changes cost or time. It blocks no other job.
     */
    public record AdditionalWorkRequested(String repairOrderId, String requestId, String jobId, String technicianId,
                                          String reason, List<ProposedLine> lines, Money estimatedExtraCost,
                                          int estimatedExtraMinutes, Instant requestedAt) implements DomainEvent {
        @Override
        public String aggregateKey() {
            return repairOrderId;
        }
    }

    /** Approved labour became a job; it can start once the RO's parts are in (no open backorder). */
    public record JobCreated(String repairOrderId, String repairOrderNumber, String jobId, List<String> estimateLineIds,
                             String labourOperationCode, String description, BigDecimal standardHours,
                             List<String> requiredEquipment, boolean waitingForParts, Instant promisedAt,
                             Instant createdAt) implements DomainEvent {
        @Override
        public String aggregateKey() {
            return repairOrderId;
        }
    }

    /** The foreman or advisor gave the job to a technician and a bay (S7.2, S7.3); overridden if not the proposal. */
    public record JobDispatched(String repairOrderId, String jobId, String technicianId, String bayId,
                                boolean proposalOverridden, String dispatchedBy, Instant dispatchedAt)
            implements DomainEvent {
        @Override
        public String aggregateKey() {
            return repairOrderId;
        }
    }

    public record JobClockedOn(String repairOrderId, String jobId, String technicianId, Instant clockedOnAt)
            implements DomainEvent {
        @Override
        public String aggregateKey() {
            return repairOrderId;
        }
    }

    public record JobPaused(String repairOrderId, String jobId, String technicianId, String reason, Instant pausedAt)
            implements DomainEvent {
        @Override
        public String aggregateKey() {
            return repairOrderId;
        }
    }

    /** A job is done: standard (flat-rate) hours and the hours actually clocked, for billing and efficiency. */
    public record JobCompleted(String repairOrderId, String jobId, String technicianId, String labourOperationCode,
                               BigDecimal standardHours, BigDecimal clockedHours, boolean rework, Instant completedAt)
            implements DomainEvent {
        @Override
        public String aggregateKey() {
            return repairOrderId;
        }
    }

    /** The technician reported a change to the front desk (S7.4); the front desk decides. */
    public record FrontDeskNotified(String repairOrderId, String jobId, String technicianId, String message,
                                    Instant notifiedAt) implements DomainEvent {
        @Override
        public String aggregateKey() {
            return repairOrderId;
        }
    }

    /** The RO will likely miss its promised time: flagged before it is late (S7.1, G2). */
    public record RepairOrderAtRisk(String repairOrderId, Instant promisedAt, Instant expectedReadyAt, String reason,
                                    Instant flaggedAt) implements DomainEvent {
        @Override
        public String aggregateKey() {
            return repairOrderId;
        }
    }

    /** Every job of the RO is done; final inspection is next. */
    public record RepairCompleted(String repairOrderId, Instant completedAt) implements DomainEvent {
        @Override
        public String aggregateKey() {
            return repairOrderId;
        }
    }

    /** At a first maintenance the customer is invited to the final inspection (S9.6). */
    public record CustomerInvitedToInspection(String repairOrderId, String inspectionId, Instant invitedAt)
            implements DomainEvent {
        @Override
        public String aggregateKey() {
            return repairOrderId;
        }
    }

    public record FinalInspectionPassed(String repairOrderId, String inspectionId, String inspectorId, boolean roadTested,
                                        boolean customerPresent, Instant passedAt) implements DomainEvent {
        @Override
        public String aggregateKey() {
            return repairOrderId;
        }
    }

    /** A failed inspection reopens the failed jobs as rework (S9.5). */
    public record FinalInspectionFailed(String repairOrderId, String inspectionId, String inspectorId,
                                        List<String> reworkJobIds, List<String> findings, Instant failedAt)
            implements DomainEvent {
        @Override
        public String aggregateKey() {
            return repairOrderId;
        }
    }

    /** The car is in the wash queue; the customer is told the expected time (S10.1). */
    public record WashQueued(String repairOrderId, Instant expectedDoneAt, Instant queuedAt) implements DomainEvent {
        @Override
        public String aggregateKey() {
            return repairOrderId;
        }
    }

    /** Washed, key spots checked (S10.3), result confirmed (S10.2). */
    public record WashCompleted(String repairOrderId, String confirmedBy, Instant completedAt) implements DomainEvent {
        @Override
        public String aggregateKey() {
            return repairOrderId;
        }
    }

    /** A technician's shift (attendance) ended: the hours at work, against which productivity is measured (G3). */
    public record ShiftWorked(String technicianId, Instant startedAt, Instant endedAt, BigDecimal hours)
            implements DomainEvent {
        @Override
        public String aggregateKey() {
            return technicianId;
        }
    }

    /** The vehicle is ready for delivery; whether the promised time was kept (G2). */
    public record VehicleReady(String repairOrderId, Instant promisedAt, Instant readyAt, boolean promiseKept)
            implements DomainEvent {
        @Override
        public String aggregateKey() {
            return repairOrderId;
        }
    }
}
