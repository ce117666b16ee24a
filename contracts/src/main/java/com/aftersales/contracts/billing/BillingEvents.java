package com.aftersales.contracts.billing;

import com.aftersales.contracts.DomainEvent;
import com.aftersales.contracts.Money;

import java.time.Instant;
import java.util.List;

/** The events billing-service publishes on {@code billing.events}, keyed by the repair order id. */
public final class BillingEvents {

    private BillingEvents() {
    }

    /** The invoice is final (S11.1): what the customer pays, what the manufacturer is billed, the tax. */
    public record InvoiceIssued(String repairOrderId, String invoiceId, String invoiceNumber, Money customerTotal,
                                Money manufacturerTotal, Money tax, Instant issuedAt) implements DomainEvent {
        @Override
        public String aggregateKey() {
            return repairOrderId;
        }
    }

    /** The advisor explained the items and the customer understood them, before the charges (S12.1). */
    public record InvoiceExplained(String repairOrderId, String invoiceId, String advisorId, Instant explainedAt)
            implements DomainEvent {
        @Override
        public String aggregateKey() {
            return repairOrderId;
        }
    }

    public record Payment(String method, Money amount) {
    }

    public record PaymentReceived(String repairOrderId, String invoiceId, List<Payment> payments, String cashierId,
                                  Instant paidAt) implements DomainEvent {
        @Override
        public String aggregateKey() {
            return repairOrderId;
        }
    }

    /** The car is back with its owner; the next visit starts here (step 12, S1.2, step 13). */
    public record VehicleDelivered(String repairOrderId, String invoiceId, String customerId, String vehicleId,
                                   String advisorId, int mileageKm, boolean maintenanceDone, Instant deliveredAt)
            implements DomainEvent {
        @Override
        public String aggregateKey() {
            return repairOrderId;
        }
    }
}
