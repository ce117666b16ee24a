package com.aftersales.reception.repairorder;

import com.aftersales.contracts.Money;
import com.aftersales.contracts.workshop.WorkshopEvents.ProposedLine;

import java.time.Instant;
import java.util.List;

/**
 * More work the workshop found (S8.2), waiting for the customer's consent or refusal, which the advisor
 * records. Only consent changes the estimate, the cost and the promised time.
 */
public class AdditionalWorkRequest {

    public enum Status { PENDING, CONSENTED, REFUSED }

    public record Outcome(boolean consent, String reason, DecisionMethod how, String recordedBy, Instant at,
                          List<String> addedLineIds, Integer estimateVersion, Instant promisedAt) {
    }

    private String requestId;
    private String jobId;
    private String technicianId;
    private String reason;
    private List<ProposedLine> lines;
    private Money estimatedExtraCost;
    private int estimatedExtraMinutes;
    private Instant requestedAt;
    private Status status;
    private Outcome outcome;

    AdditionalWorkRequest() {
    }

    AdditionalWorkRequest(String requestId, String jobId, String technicianId, String reason, List<ProposedLine> lines,
                          Money estimatedExtraCost, int estimatedExtraMinutes, Instant requestedAt) {
        this.requestId = requestId;
        this.jobId = jobId;
        this.technicianId = technicianId;
        this.reason = reason;
        this.lines = lines == null ? List.of() : List.copyOf(lines);
        this.estimatedExtraCost = estimatedExtraCost;
        this.estimatedExtraMinutes = estimatedExtraMinutes;
        this.requestedAt = requestedAt;
        this.status = Status.PENDING;
    }

    void settle(Outcome outcome) {
        this.outcome = outcome;
        this.status = outcome.consent() ? Status.CONSENTED : Status.REFUSED;
    }

    public String requestId() {
        return requestId;
    }

    public String jobId() {
        return jobId;
    }

    public String technicianId() {
        return technicianId;
    }

    public String reason() {
        return reason;
    }

    public List<ProposedLine> lines() {
        return lines;
    }

    public Money estimatedExtraCost() {
        return estimatedExtraCost;
    }

    public int estimatedExtraMinutes() {
        return estimatedExtraMinutes;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Status status() {
        return status;
    }

    public Outcome outcome() {
        return outcome;
    }
}
