package com.aftersales.contracts.reception;

import com.aftersales.contracts.DomainEvent;
import com.aftersales.contracts.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The events reception-service publishes on {@code reception.events}, keyed by the repair order id. */
public final class ReceptionEvents {

    private ReceptionEvents() {
    }

    /** A repair order was opened, prepared from an appointment (S3.1) or for a walk-in. */
    public record RepairOrderOpened(String repairOrderId, String repairOrderNumber, String appointmentId,
                                    String customerId, String vehicleId, String vin, String advisorId, boolean walkIn,
                                    Instant promisedAt, Instant openedAt) implements DomainEvent {
        @Override
        public String aggregateKey() {
            return repairOrderId;
        }
    }

    /** The customer was greeted at the desk; the wait since arrival is measured (S3.2). */
    public record CustomerGreeted(String repairOrderId, String advisorId, Instant arrivedAt, Instant greetedAt,
                                  long waitSeconds) implements DomainEvent {
        @Override
        public String aggregateKey() {
            return repairOrderId;
        }
    }

    /** Another advisor takes over the customer, with the reason on record (S3.4). */
    public record AdvisorReassigned(String repairOrderId, String previousAdvisorId, String advisorId, String reason,
                                    Instant reassignedAt) implements DomainEvent {
        @Override
        public String aggregateKey() {
            return repairOrderId;
        }
    }

    /** The check-in walkaround: odometer, fuel, existing damage, valuables, settings to restore (S8.3). */
    public record VehicleCheckedIn(String repairOrderId, int odometerKm, int fuelLevelPercent, List<String> existingDamage,
                                   List<String> valuables, List<String> settingsToRestore, String checkedInBy,
                                   Instant checkedInAt) implements DomainEvent {
        @Override
        public String aggregateKey() {
            return repairOrderId;
        }
    }

    /** The promised time changed, with who and why on record (G2). */
    public record PromisedTimeRevised(String repairOrderId, Instant previousPromisedAt, Instant promisedAt, String reason,
                                      String revisedBy, Instant revisedAt) implements DomainEvent {
        @Override
        public String aggregateKey() {
            return repairOrderId;
        }
    }

    /** The customer's own words about a fault, kept verbatim (S4.1); a correction names the entry it corrects. */
    public record ConcernRecorded(String repairOrderId, String concernId, String customerWords, String correctsConcernId,
                                  String recordedBy, Instant recordedAt) implements DomainEvent {
        @Override
        public String aggregateKey() {
            return repairOrderId;
        }
    }

    /** The symptom was confirmed together with the customer (S4.3). */
    public record SymptomConfirmed(String repairOrderId, String concernId, String note, String confirmedBy,
                                   Instant confirmedAt) implements DomainEvent {
        @Override
        public String aggregateKey() {
            return repairOrderId;
        }
    }

    /** A long diagnosis moved the vehicle to the diagnosis bay (S4.2). */
    public record VehicleMovedToDiagnosisBay(String repairOrderId, String bayId, String movedBy, Instant movedAt)
            implements DomainEvent {
        @Override
        public String aggregateKey() {
            return repairOrderId;
        }
    }

    /** The advisor asked for a technician's help at the diagnosis bay (S4.4); workshop-service answers it. */
    public record TechnicianAssistanceRequested(String repairOrderId, String concernId, String reason, String requestedBy,
                                                Instant requestedAt) implements DomainEvent {
        @Override
        public String aggregateKey() {
            return repairOrderId;
        }
    }

    /** Cause and correction found for a concern. */
    public record DiagnosisRecorded(String repairOrderId, String concernId, String cause, String correction,
                                    String diagnosedBy, Instant diagnosedAt) implements DomainEvent {
        @Override
        public String aggregateKey() {
            return repairOrderId;
        }
    }

    /** One line of an estimate: labour (standard hours x rate) or a part (price x quantity). */
    public record EstimateLine(String lineId, String kind, String description, String labourOperationCode,
                               BigDecimal standardHours, String partNumber, int quantity, Money price) {
    }

    /** A complete estimate was presented to the customer (S5.1). */
    public record EstimatePresented(String repairOrderId, int estimateVersion, List<EstimateLine> lines, Money total,
                                    Instant readyFrom, Instant readyBy, String presentedBy, Instant presentedAt)
            implements DomainEvent {
        @Override
        public String aggregateKey() {
            return repairOrderId;
        }
    }

    /**
     * The customer approved these lines (partial approval is normal): parts reserves their parts, the
     * workshop makes jobs of their labour.
     */
    public record EstimateLinesApproved(String repairOrderId, String repairOrderNumber, int estimateVersion,
                                        List<EstimateLine> lines, String how, String recordedBy, Instant approvedAt)
            implements DomainEvent {
        @Override
        public String aggregateKey() {
            return repairOrderId;
        }
    }

    public record DeclinedLine(String lineId, String description, String labourOperationCode, Money estimatedPrice,
                               String reason) {
    }

    /**
     * The customer declined some lines of an estimate. Declined work is kept as future solicitation (S5, S1):
     * appointment-service turns each line into an entry of the vehicle's solicitation list.
     */
    public record EstimateLinesDeclined(String repairOrderId, String repairOrderNumber, String customerId,
                                        String vehicleId, int estimateVersion, List<DeclinedLine> lines,
                                        String advisorId, Instant declinedAt) implements DomainEvent {
        @Override
        public String aggregateKey() {
            return repairOrderId;
        }
    }

    /** The waiting customer was told how the work progresses (S5.2). */
    public record CustomerMessageRecorded(String repairOrderId, String channel, String message, String sentBy,
                                          Instant sentAt) implements DomainEvent {
        @Override
        public String aggregateKey() {
            return repairOrderId;
        }
    }

    /** The customer agreed to additional work found in the workshop (S8.2): cost and promised time change. */
    public record AdditionalWorkConsented(String repairOrderId, String requestId, List<EstimateLine> lines,
                                          Money extraCost, Instant promisedAt, String recordedBy, Instant consentedAt)
            implements DomainEvent {
        @Override
        public String aggregateKey() {
            return repairOrderId;
        }
    }

    /** The customer refused additional work (S8.2): nothing changes but the record. */
    public record AdditionalWorkRefused(String repairOrderId, String requestId, String reason, String recordedBy,
                                        Instant refusedAt) implements DomainEvent {
        @Override
        public String aggregateKey() {
            return repairOrderId;
        }
    }
}
