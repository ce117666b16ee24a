package com.aftersales.workshop.workorder;

import com.aftersales.platform.domain.DomainRuleViolation;
import com.aftersales.platform.domain.IllegalTransitionException;

import java.time.Instant;

/**
 * The car wash after a passed inspection (S10.1-S10.3): queued with the time the customer is told, the key spots
 * (ashtray, tyres) checked and the result confirmed before the car is ready.
 */
public class Wash {

    public enum Status { QUEUED, DONE }

    private String washId;
    private Status status;
    private Instant queuedAt;
    private Instant expectedDoneAt;
    private boolean ashtrayEmptied;
    private boolean tyresCleaned;
    private String confirmedBy;
    private Instant completedAt;

    protected Wash() {
    }

    static Wash queue(String washId, Instant expectedDoneAt, Instant now) {
        Wash wash = new Wash();
        wash.washId = washId;
        wash.status = Status.QUEUED;
        wash.queuedAt = now;
        wash.expectedDoneAt = expectedDoneAt;
        return wash;
    }

    void complete(boolean ashtrayEmptied, boolean tyresCleaned, String confirmedBy, Instant now) {
        if (status != Status.QUEUED) {
            throw new IllegalTransitionException("wash", status, "complete it");
        }
        if (!ashtrayEmptied) {
            throw new DomainRuleViolation("S10.3-key-spots", "ashtrayEmptied", "the ashtray is a key spot of the wash; empty it first");
        }
        if (!tyresCleaned) {
            throw new DomainRuleViolation("S10.3-key-spots", "tyresCleaned", "the tyres are a key spot of the wash; clean them first");
        }
        this.ashtrayEmptied = true;
        this.tyresCleaned = true;
        this.confirmedBy = confirmedBy;
        this.completedAt = now;
        this.status = Status.DONE;
    }

    public String washId() {
        return washId;
    }

    public Status status() {
        return status;
    }

    public Instant queuedAt() {
        return queuedAt;
    }

    public Instant expectedDoneAt() {
        return expectedDoneAt;
    }

    public boolean ashtrayEmptied() {
        return ashtrayEmptied;
    }

    public boolean tyresCleaned() {
        return tyresCleaned;
    }

    public String confirmedBy() {
        return confirmedBy;
    }

    public Instant completedAt() {
        return completedAt;
    }
}
