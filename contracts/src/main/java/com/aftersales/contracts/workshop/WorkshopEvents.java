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
}
