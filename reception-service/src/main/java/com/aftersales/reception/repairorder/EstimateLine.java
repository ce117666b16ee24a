package com.aftersales.reception.repairorder;

import com.aftersales.contracts.Money;
import com.aftersales.contracts.reception.ReceptionEvents;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One line of an estimate (S5.1): a labour operation (standard hours x the dealer's labour rate) or a part
 * (price and availability from parts-service). Once the customer has decided on it, the decision stays with
 * the line in every later version, and the line can no longer be changed or removed.
 */
public class EstimateLine {

    public enum Kind { LABOUR, PART }

    public enum PriceSource { LABOUR_RATE, PARTS_SERVICE, MANUAL }

    /** For part lines: in stock for the quantity, short of it, or unknown because parts-service did not answer. */
    public enum Availability { IN_STOCK, SHORT, UNKNOWN }

    /** The customer's decision on the line, with who recorded it, when and how (S5.1). */
    public record Decision(boolean approved, String reason, DecisionMethod how, String recordedBy, Instant at) {
    }

    private String lineId;
    private Kind kind;
    private String description;
    private String labourOperationCode;
    private BigDecimal standardHours;
    private String partNumber;
    private int quantity;
    private Money unitPrice;
    private Money price;
    private PriceSource priceSource;
    private String pricedBy;
    private Availability availability;
    private Integer availableQuantity;
    private String supersededBy;
    private String additionalWorkRequestId;
    private Decision decision;

    EstimateLine() {
    }

    EstimateLine(String lineId, NewLine line, LinePricing pricing, String additionalWorkRequestId) {
        this.lineId = lineId;
        this.kind = line.kind();
        this.labourOperationCode = line.labourOperationCode();
        this.standardHours = line.standardHours();
        this.partNumber = line.partNumber();
        this.quantity = line.kind() == Kind.LABOUR ? 1 : line.quantity();
        this.description = line.description() != null && !line.description().isBlank() ? line.description()
                : pricing.partName() != null ? pricing.partName() : line.partNumber();
        this.additionalWorkRequestId = additionalWorkRequestId;
        applyPricing(pricing, null);
    }

    EstimateLine copy() {
        EstimateLine copy = new EstimateLine();
        copy.lineId = lineId;
        copy.kind = kind;
        copy.description = description;
        copy.labourOperationCode = labourOperationCode;
        copy.standardHours = standardHours;
        copy.partNumber = partNumber;
        copy.quantity = quantity;
        copy.unitPrice = unitPrice;
        copy.price = price;
        copy.priceSource = priceSource;
        copy.pricedBy = pricedBy;
        copy.availability = availability;
        copy.availableQuantity = availableQuantity;
        copy.supersededBy = supersededBy;
        copy.additionalWorkRequestId = additionalWorkRequestId;
        copy.decision = decision;
        return copy;
    }

    void applyPricing(LinePricing pricing, String by) {
        if (pricing.source() == PriceSource.MANUAL) {
            // A manual price replaces the price only; what parts-service said about stock stays.
            unitPrice = null;
            price = pricing.price();
            priceSource = PriceSource.MANUAL;
            pricedBy = by;
            return;
        }
        if (pricing.price() != null || priceSource != PriceSource.MANUAL) {
            unitPrice = pricing.unitPrice();
            price = pricing.price();
            priceSource = pricing.source();
            pricedBy = by;
        }
        if (kind == Kind.PART) {
            availability = pricing.availability();
            availableQuantity = pricing.availableQuantity();
            supersededBy = pricing.supersededBy();
        }
    }

    void decide(Decision decision) {
        this.decision = decision;
    }

    public boolean priced() {
        return price != null;
    }

    public boolean decided() {
        return decision != null;
    }

    public boolean approved() {
        return decision != null && decision.approved();
    }

    public boolean declined() {
        return decision != null && !decision.approved();
    }

    /** The line as the events tell it. */
    public ReceptionEvents.EstimateLine toEvent() {
        return new ReceptionEvents.EstimateLine(lineId, kind.name(), description, labourOperationCode, standardHours,
                partNumber, quantity, price);
    }

    public String lineId() {
        return lineId;
    }

    public Kind kind() {
        return kind;
    }

    public String description() {
        return description;
    }

    public String labourOperationCode() {
        return labourOperationCode;
    }

    public BigDecimal standardHours() {
        return standardHours;
    }

    public String partNumber() {
        return partNumber;
    }

    public int quantity() {
        return quantity;
    }

    public Money unitPrice() {
        return unitPrice;
    }

    public Money price() {
        return price;
    }

    public PriceSource priceSource() {
        return priceSource;
    }

    public String pricedBy() {
        return pricedBy;
    }

    public Availability availability() {
        return availability;
    }

    public Integer availableQuantity() {
        return availableQuantity;
    }

    public String supersededBy() {
        return supersededBy;
    }

    public String additionalWorkRequestId() {
        return additionalWorkRequestId;
    }

    public Decision decision() {
        return decision;
    }
}
