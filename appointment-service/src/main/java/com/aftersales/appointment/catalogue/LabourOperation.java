package com.aftersales.appointment.catalogue;

import com.aftersales.contracts.Money;
import com.aftersales.contracts.appointment.AppointmentEvents.ExpectedPart;
import com.aftersales.contracts.appointment.AppointmentEvents.RequestedWork;
import com.aftersales.platform.outbox.AggregateRoot;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * An entry of the labour-operation catalogue: a piece of work with its standard (flat-rate) hours and the
 * parts it is expected to need, so that a booking can tell the customer parts, cost and time (S2.1).
 */
@Document("labour_operations")
@CompoundIndex(name = "code_per_dealer", def = "{'dealerId': 1, 'code': 1}", unique = true)
public class LabourOperation extends AggregateRoot {

    private String code;
    private String name;
    private String category;
    private BigDecimal standardHours;
    private List<ExpectedPart> expectedParts = List.of();
    private boolean active = true;

    protected LabourOperation() {
    }

    public static LabourOperation define(String dealerId, String code, Definition definition) {
        LabourOperation operation = new LabourOperation();
        operation.id = UUID.randomUUID().toString();
        operation.dealerId = dealerId;
        operation.code = code;
        operation.redefine(definition);
        return operation;
    }

    public void redefine(Definition definition) {
        this.name = definition.name();
        this.category = definition.category();
        this.standardHours = definition.standardHours();
        this.expectedParts = definition.expectedParts() == null ? List.of() : List.copyOf(definition.expectedParts());
        this.active = definition.active();
    }

    /** What the customer is told for this work: labour at the dealer's rate plus the expected parts. */
    public Money expectedCost(Money labourRatePerHour) {
        Money cost = labourRatePerHour.times(standardHours);
        for (ExpectedPart part : expectedParts) {
            cost = cost.plus(part.unitPrice().times(part.quantity()));
        }
        return cost;
    }

    public RequestedWork asRequestedWork() {
        return new RequestedWork(code, name, category, standardHours, expectedParts);
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String category() {
        return category;
    }

    public BigDecimal standardHours() {
        return standardHours;
    }

    public List<ExpectedPart> expectedParts() {
        return expectedParts;
    }

    public boolean active() {
        return active;
    }

    public record Definition(String name, String category, BigDecimal standardHours, List<ExpectedPart> expectedParts,
                             boolean active) {
    }
}
