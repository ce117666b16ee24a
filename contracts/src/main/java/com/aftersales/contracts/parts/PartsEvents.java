package com.aftersales.contracts.parts;

import com.aftersales.contracts.DomainEvent;
import com.aftersales.contracts.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The events parts-service publishes on {@code parts.events}. Keyed by the repair order id where there is
 * one, else by the appointment id (pre-reservations), else by the part number.
 */
public final class PartsEvents {

    private PartsEvents() {
    }

    public record PartQuantity(String partNumber, int quantity) {
    }

    /** Stock was set aside for a repair order or, before arrival, for an appointment (S2.2). */
    public record PartsReserved(String reservationId, String repairOrderId, String appointmentId,
                                List<PartQuantity> lines, Instant reservedAt) implements DomainEvent {
        @Override
        public String aggregateKey() {
            return repairOrderId != null ? repairOrderId : appointmentId;
        }
    }

    /** Not in stock: a backorder line with its reason and the script the advisor reads (S6.3). */
    public record PartsBackordered(String reservationId, String repairOrderId, String appointmentId, String partNumber,
                                   int quantity, String reason, String script, LocalDate expectedOn, Instant backorderedAt)
            implements DomainEvent {
        @Override
        public String aggregateKey() {
            return repairOrderId != null ? repairOrderId : appointmentId;
        }
    }

    /** A reservation gave its stock back (appointment cancelled or no-show, RO closed). */
    public record ReservationReleased(String reservationId, String repairOrderId, String appointmentId,
                                      List<PartQuantity> lines, String reason, Instant releasedAt) implements DomainEvent {
        @Override
        public String aggregateKey() {
            return repairOrderId != null ? repairOrderId : appointmentId;
        }
    }

    /**
     * A missing part arrived and filled a backorder: the customer is told, the RO gets priority (S6.2).
     */
    public record BackorderedPartArrived(String reservationId, String repairOrderId, String partNumber, int quantity,
                                         Instant arrivedAt) implements DomainEvent {
        @Override
        public String aggregateKey() {
            return repairOrderId;
        }
    }

    /** Parts handed to the workshop for a repair order; billing charges what was issued (S11.1). */
    public record PartsIssued(String repairOrderId, String jobId, String partNumber, int quantity, Money unitPrice,
                              String issuedBy, Instant issuedAt) implements DomainEvent {
        @Override
        public String aggregateKey() {
            return repairOrderId;
        }
    }

    /** Unused parts came back from the workshop. */
    public record PartsReturned(String repairOrderId, String partNumber, int quantity, String returnedBy,
                                Instant returnedAt) implements DomainEvent {
        @Override
        public String aggregateKey() {
            return repairOrderId;
        }
    }

    /** Available stock of a part fell below its reorder point. */
    public record StockFellBelowReorderPoint(String partNumber, int available, int reorderPoint, Instant at)
            implements DomainEvent {
        @Override
        public String aggregateKey() {
            return partNumber;
        }
    }
}
