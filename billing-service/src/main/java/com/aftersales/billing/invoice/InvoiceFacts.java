package com.aftersales.billing.invoice;

import com.aftersales.billing.settings.LabourBasis;
import com.aftersales.contracts.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What an invoice is assembled from (S11.1): the facts other services told (approved lines, issued and returned
 * parts, completed jobs) and the decisions taken on it (payers, discounts), plus the pricing it is computed with.
 */
public final class InvoiceFacts {

    private InvoiceFacts() {
    }

    /** Where an invoice line comes from, so that every charge is traceable (S11.1). */
    public enum SourceKind { ESTIMATE_LINE, ADDITIONAL_WORK_LINE, JOB, PARTS_ISSUE, PARTS_RETURN }

    public record Source(SourceKind kind, String id) {
    }

    public enum LineKind { LABOUR, PART }

    /** A line the customer approved: on the estimate (S5.1) or as consented additional work (S8.2). */
    public record ApprovedLine(SourceKind sourceKind, String sourceLineId, LineKind kind, String description,
                               String labourOperationCode, BigDecimal standardHours, String partNumber, int quantity,
                               Money price, Instant approvedAt) {
    }

    /** Parts handed to the workshop (PartsIssued); the id is the event's. */
    public record PartIssue(String eventId, String jobId, String partNumber, int quantity, Money unitPrice,
                            String issuedBy, Instant issuedAt) {
    }

    /** Unused parts given back (PartsReturned); the id is the event's. */
    public record PartReturn(String eventId, String partNumber, int quantity, String returnedBy, Instant returnedAt) {
    }

    /** A finished job with its standard and clocked hours (JobCompleted). */
    public record CompletedJob(String jobId, String technicianId, String labourOperationCode, BigDecimal standardHours,
                               BigDecimal clockedHours, boolean rework, Instant completedAt) {
    }

    /** The advisor's choice of payer for a line; warranty and campaign lines carry the claim reference. */
    public record PayerChoice(String lineId, Payer payer, String claimReference, Instant chosenAt) {
    }

    /** A discount on one line ({@code lineId}) or the whole invoice (no line): a percent or an amount, with why and who. */
    public record Discount(String discountId, String lineId, BigDecimal percent, Money amount, String reason,
                           String approvedBy, Instant grantedAt) {
    }

    /** The dealer's settings the invoice is priced with; frozen when it is issued. */
    public record Pricing(BigDecimal taxRatePercent, LabourBasis labourBasis, Money labourRatePerHour) {
    }

    /**
     * A charged line. {@code amount} before discounts, {@code discount} granted on it, {@code net} = what is
     * billed to its payer. Labour: {@code hours} x {@code unitPrice} (the rate); parts: {@code quantity} x
     * {@code unitPrice} (the issued price).
     */
    public record Line(String lineId, LineKind kind, String description, String labourOperationCode, String partNumber,
                       BigDecimal hours, Integer quantity, Money unitPrice, Money amount, Money discount, Money net,
                       Payer payer, String claimReference, String basis, List<Source> sources) {
    }

    /** Work or parts on record that are not charged, and why (nothing unapproved is ever charged, S11.1). */
    public record NotCharged(LineKind kind, String description, String labourOperationCode, String partNumber,
                             BigDecimal hours, int quantity, String reason, List<Source> sources) {
    }

    /**
     * The customer's part: the net of the customer's lines less invoice discounts, tax on it, the gross to pay;
     * the manufacturer's (warranty, campaign): net, tax, gross.
     */
    public record Totals(Money customerSubtotal, Money invoiceDiscount, Money customerNet, Money customerTax,
                         Money customerTotal, Money manufacturerNet, Money manufacturerTax, Money manufacturerTotal) {
    }
}
