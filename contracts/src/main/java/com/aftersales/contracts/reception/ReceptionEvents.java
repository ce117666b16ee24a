package com.aftersales.contracts.reception;

import com.aftersales.contracts.DomainEvent;
import com.aftersales.contracts.Money;

import java.time.Instant;
import java.util.List;

/** The events reception-service publishes on {@code reception.events}, keyed by the repair order id. */
public final class ReceptionEvents {

    private ReceptionEvents() {
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
}
