package com.aftersales.billing.invoice;

import com.aftersales.billing.invoice.InvoiceFacts.ApprovedLine;
import com.aftersales.billing.invoice.InvoiceFacts.CompletedJob;
import com.aftersales.billing.invoice.InvoiceFacts.Discount;
import com.aftersales.billing.invoice.InvoiceFacts.Line;
import com.aftersales.billing.invoice.InvoiceFacts.LineKind;
import com.aftersales.billing.invoice.InvoiceFacts.NotCharged;
import com.aftersales.billing.invoice.InvoiceFacts.PartIssue;
import com.aftersales.billing.invoice.InvoiceFacts.PartReturn;
import com.aftersales.billing.invoice.InvoiceFacts.PayerChoice;
import com.aftersales.billing.invoice.InvoiceFacts.Pricing;
import com.aftersales.billing.invoice.InvoiceFacts.Source;
import com.aftersales.billing.invoice.InvoiceFacts.SourceKind;
import com.aftersales.billing.invoice.InvoiceFacts.Totals;
import com.aftersales.billing.settings.LabourBasis;
import com.aftersales.contracts.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Assembles an invoice from its facts (S11.1). Pure: the same facts and pricing always give the same lines.
 * <ul>
 *   <li>Labour: one line per approved LABOUR line. FLAT_RATE charges its approved price (standard hours x rate);
 *       CLOCKED charges the clocked hours of the completed, non-rework job with the same labour operation code x
 *       the dealer's rate (a line without such a job, or without a code, stays at its flat rate). Completed jobs
 *       no approved line asks for are not charged.</li>
 *   <li>Parts: one line per part number: issued minus returned, but at most the approved quantity, priced at the
 *       issued unit price (returns take back the latest issues first, charges take the earliest). Issued parts no
 *       approved line asks for, or beyond the approved quantity, and approved parts never issued are not charged.</li>
 *   <li>Discounts per line then on the customer's subtotal, percent rounded half-up to the minor unit, never below
 *       zero; tax = net x rate, rounded half-up, for the customer and the manufacturer each.</li>
 * </ul>
 */
final class InvoicePricing {

    static final String NOT_APPROVED = "NOT_APPROVED";
    static final String BEYOND_APPROVED_QUANTITY = "BEYOND_APPROVED_QUANTITY";
    static final String APPROVED_NOT_ISSUED = "APPROVED_NOT_ISSUED";
    static final String NO_APPROVED_LABOUR_LINE = "NO_APPROVED_LABOUR_LINE";

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private InvoicePricing() {
    }

    record Priced(List<Line> lines, List<NotCharged> notCharged, Totals totals) {
    }

    static String labourLineId(String sourceLineId) {
        return "LAB-" + sourceLineId;
    }

    static String partLineId(String partNumber) {
        return "PART-" + partNumber;
    }

    static Priced price(String currency, List<ApprovedLine> approved, List<PartIssue> issues, List<PartReturn> returns,
                        List<CompletedJob> jobs, List<PayerChoice> payers, List<Discount> discounts, Pricing pricing) {
        List<Line> lines = new ArrayList<>();
        List<NotCharged> notCharged = new ArrayList<>();
        labour(approved, jobs, pricing, lines, notCharged);
        parts(approved, issues, returns, lines, notCharged);
        List<Line> decided = lines.stream().map(line -> decide(line, payers, discounts, currency)).toList();
        return new Priced(decided, notCharged, totals(currency, decided, discounts, pricing));
    }

    // ---- labour -------------------------------------------------------------------------------------------

    private static void labour(List<ApprovedLine> approved, List<CompletedJob> jobs, Pricing pricing, List<Line> lines,
                               List<NotCharged> notCharged) {
        List<CompletedJob> unmatched = new ArrayList<>(jobs.stream().filter(job -> !job.rework()).toList());
        for (ApprovedLine line : approved) {
            if (line.kind() != LineKind.LABOUR) {
                continue;
            }
            Optional<CompletedJob> job = line.labourOperationCode() == null ? Optional.empty() : unmatched.stream()
                    .filter(candidate -> line.labourOperationCode().equalsIgnoreCase(candidate.labourOperationCode()))
                    .findFirst();
            job.ifPresent(unmatched::remove);
            List<Source> sources = new ArrayList<>();
            sources.add(new Source(line.sourceKind(), line.sourceLineId()));
            job.ifPresent(found -> sources.add(new Source(SourceKind.JOB, found.jobId())));
            boolean clocked = pricing.labourBasis() == LabourBasis.CLOCKED && pricing.labourRatePerHour() != null
                    && job.isPresent() && job.get().clockedHours() != null;
            if (clocked) {
                BigDecimal hours = job.get().clockedHours();
                Money rate = pricing.labourRatePerHour();
                lines.add(new Line(labourLineId(line.sourceLineId()), LineKind.LABOUR, line.description(),
                        line.labourOperationCode(), null, hours, null, rate, rate.times(hours), null, null, null, null,
                        LabourBasis.CLOCKED.name(), sources));
            } else {
                BigDecimal hours = line.standardHours();
                Money rate = hours == null || hours.signum() <= 0 ? null
                        : new Money(BigDecimal.valueOf(line.price().amount()).divide(hours, 0, RoundingMode.HALF_UP)
                        .longValueExact(), line.price().currency());
                lines.add(new Line(labourLineId(line.sourceLineId()), LineKind.LABOUR, line.description(),
                        line.labourOperationCode(), null, hours, null, rate, line.price(), null, null, null, null,
                        LabourBasis.FLAT_RATE.name(), sources));
            }
        }
        for (CompletedJob job : unmatched) {
            notCharged.add(new NotCharged(LineKind.LABOUR, null, job.labourOperationCode(), null, job.clockedHours(), 0,
                    NO_APPROVED_LABOUR_LINE, List.of(new Source(SourceKind.JOB, job.jobId()))));
        }
    }

    // ---- parts --------------------------------------------------------------------------------------------

    /** What was approved of one part number: quantity, the lines that approved it, their description. */
    private static final class ApprovedPart {
        int quantity;
        String description;
        final List<Source> sources = new ArrayList<>();
    }

    private static void parts(List<ApprovedLine> approved, List<PartIssue> issues, List<PartReturn> returns,
                              List<Line> lines, List<NotCharged> notCharged) {
        Map<String, ApprovedPart> approvedParts = new LinkedHashMap<>();
        for (ApprovedLine line : approved) {
            if (line.kind() == LineKind.PART && line.partNumber() != null) {
                ApprovedPart part = approvedParts.computeIfAbsent(line.partNumber(), number -> new ApprovedPart());
                part.quantity += line.quantity();
                if (part.description == null) {
                    part.description = line.description();
                }
                part.sources.add(new Source(line.sourceKind(), line.sourceLineId()));
            }
        }
        LinkedHashSet<String> partNumbers = new LinkedHashSet<>(approvedParts.keySet());
        issues.forEach(issue -> partNumbers.add(issue.partNumber()));
        for (String partNumber : partNumbers) {
            ApprovedPart approvedPart = approvedParts.get(partNumber);
            int approvedQuantity = approvedPart == null ? 0 : approvedPart.quantity;
            List<PartIssue> issuedOfPart = issues.stream().filter(issue -> issue.partNumber().equals(partNumber)).toList();
            int[] remaining = issuedOfPart.stream().mapToInt(PartIssue::quantity).toArray();
            int returned = returns.stream().filter(back -> back.partNumber().equals(partNumber))
                    .mapToInt(PartReturn::quantity).sum();
            for (int i = remaining.length - 1; i >= 0 && returned > 0; i--) {
                int taken = Math.min(remaining[i], returned);
                remaining[i] -= taken;
                returned -= taken;
            }
            int netIssued = 0;
            for (int units : remaining) {
                netIssued += units;
            }
            int chargeable = Math.min(netIssued, approvedQuantity);
            String description = approvedPart == null ? null : approvedPart.description;
            if (chargeable > 0) {
                int toCharge = chargeable;
                Money amount = null;
                Money unitPrice = null;
                List<Source> sources = new ArrayList<>(approvedPart.sources);
                for (int i = 0; i < remaining.length && toCharge > 0; i++) {
                    int units = Math.min(remaining[i], toCharge);
                    if (units == 0) {
                        continue;
                    }
                    PartIssue issue = issuedOfPart.get(i);
                    Money charged = issue.unitPrice().times(units);
                    amount = amount == null ? charged : amount.plus(charged);
                    unitPrice = unitPrice == null ? issue.unitPrice() : unitPrice;
                    sources.add(new Source(SourceKind.PARTS_ISSUE, issue.eventId()));
                    remaining[i] -= units;
                    toCharge -= units;
                }
                lines.add(new Line(partLineId(partNumber), LineKind.PART, description, null, partNumber, null, chargeable,
                        unitPrice, amount, null, null, null, null, "ISSUED", sources));
            }
            if (netIssued > approvedQuantity) {
                List<Source> sources = issuedOfPart.stream().map(issue -> new Source(SourceKind.PARTS_ISSUE, issue.eventId())).toList();
                notCharged.add(new NotCharged(LineKind.PART, description, null, partNumber, null, netIssued - approvedQuantity,
                        approvedQuantity == 0 ? NOT_APPROVED : BEYOND_APPROVED_QUANTITY, sources));
            } else if (approvedQuantity > netIssued) {
                notCharged.add(new NotCharged(LineKind.PART, description, null, partNumber, null, approvedQuantity - netIssued,
                        APPROVED_NOT_ISSUED, List.copyOf(approvedPart.sources)));
            }
        }
    }

    // ---- payers, discounts, totals ------------------------------------------------------------------------

    private static Line decide(Line line, List<PayerChoice> payers, List<Discount> discounts, String currency) {
        PayerChoice choice = payers.stream().filter(p -> p.lineId().equals(line.lineId())).reduce((a, b) -> b).orElse(null);
        Money discount = Money.zero(line.amount().currency());
        for (Discount granted : discounts) {
            if (line.lineId().equals(granted.lineId())) {
                discount = discount.plus(effective(granted, line.amount()));
            }
        }
        discount = cap(discount, line.amount());
        return new Line(line.lineId(), line.kind(), line.description(), line.labourOperationCode(), line.partNumber(),
                line.hours(), line.quantity(), line.unitPrice(), line.amount(), discount, minus(line.amount(), discount),
                choice == null ? Payer.CUSTOMER : choice.payer(), choice == null ? null : choice.claimReference(),
                line.basis(), line.sources());
    }

    /** What a discount takes off its base: the amount, or the percent of the base rounded half-up. */
    static Money effective(Discount discount, Money base) {
        if (discount.amount() != null) {
            return discount.amount();
        }
        return base.times(discount.percent().divide(HUNDRED));
    }

    private static Totals totals(String currency, List<Line> lines, List<Discount> discounts, Pricing pricing) {
        Money customerSubtotal = Money.zero(currency);
        Money manufacturerNet = Money.zero(currency);
        for (Line line : lines) {
            if (line.payer().isManufacturer()) {
                manufacturerNet = manufacturerNet.plus(line.net());
            } else {
                customerSubtotal = customerSubtotal.plus(line.net());
            }
        }
        Money invoiceDiscount = Money.zero(currency);
        for (Discount granted : discounts) {
            if (granted.lineId() == null) {
                invoiceDiscount = invoiceDiscount.plus(effective(granted, customerSubtotal));
            }
        }
        invoiceDiscount = cap(invoiceDiscount, customerSubtotal);
        Money customerNet = minus(customerSubtotal, invoiceDiscount);
        BigDecimal rate = pricing.taxRatePercent().divide(HUNDRED);
        Money customerTax = customerNet.times(rate);
        Money manufacturerTax = manufacturerNet.times(rate);
        return new Totals(customerSubtotal, invoiceDiscount, customerNet, customerTax, customerNet.plus(customerTax),
                manufacturerNet, manufacturerTax, manufacturerNet.plus(manufacturerTax));
    }

    private static Money cap(Money discount, Money base) {
        return discount.amount() > base.amount() ? base : discount;
    }

    static Money minus(Money from, Money taken) {
        if (!from.currency().equals(taken.currency())) {
            throw new IllegalArgumentException("cannot subtract " + taken.currency() + " from " + from.currency());
        }
        return new Money(Math.subtractExact(from.amount(), taken.amount()), from.currency());
    }
}
