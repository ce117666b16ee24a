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
import com.aftersales.billing.invoice.InvoiceFacts.Totals;
import com.aftersales.billing.settings.BillingSettings;
import com.aftersales.billing.settings.LabourBasis;
import com.aftersales.contracts.Money;
import com.aftersales.contracts.billing.BillingEvents;
import com.aftersales.contracts.billing.BillingEvents.InvoiceExplained;
import com.aftersales.contracts.billing.BillingEvents.InvoiceIssued;
import com.aftersales.contracts.billing.BillingEvents.PaymentReceived;
import com.aftersales.contracts.billing.BillingEvents.VehicleDelivered;
import com.aftersales.platform.domain.DomainRuleViolation;
import com.aftersales.platform.domain.IllegalTransitionException;
import com.aftersales.platform.domain.InvalidInputException;
import com.aftersales.platform.domain.NotFoundException;
import com.aftersales.platform.outbox.AggregateRoot;
import org.springframework.data.mongodb.core.mapping.Document;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The invoice of one repair order (steps 11-12). While the work goes on it is a DRAFT assembled from what other
 * services tell (approved lines, issued parts, completed jobs, S11.1); VehicleReady makes it READY to issue.
 * The advisor decides payers and discounts until it is ISSUED (then it is immutable), explains it to the customer
 * before the charges (S12.1), shows the results (S12.2); the cashier takes the payment (S12.3) and the advisor
 * thanks the customer and hands the car over (S12.4): DELIVERED.
 */
@Document("invoices")
public class Invoice extends AggregateRoot {

    public enum Status { DRAFT, READY, ISSUED, PAID, DELIVERED }

    private static final Set<Status> EDITABLE = EnumSet.of(Status.DRAFT, Status.READY);
    private static final String DEFAULT_CURRENCY = "CNY";

    /** The explanation of the items, before the charges (S12.1). */
    public record Explanation(String advisorId, boolean customerUnderstood, Instant explainedAt) {
    }

    /** The results shown to the customer (S12.2). */
    public record ResultsShown(boolean oldPartsShown, boolean inspectionShown, List<String> photos, String shownBy,
                               Instant shownAt) {
    }

    /** The final inspection that passed (step 9), for S12.2. */
    public record Inspection(String inspectionId, String inspectorId, boolean roadTested, Instant passedAt) {
    }

    public record PaymentPart(PaymentMethod method, Money amount) {
    }

    /** The one payment of the invoice: split across methods, summing to what was due. */
    public record Payment(String cashierId, List<PaymentPart> parts, Money total, Instant paidAt) {
    }

    /** The hand-over (S12.4): who, the mileage, that the customer was thanked. */
    public record Delivery(String advisorId, int mileageKm, boolean thanked, Instant deliveredAt) {
    }

    private String repairOrderId;
    private String repairOrderNumber;
    private String customerId;
    private String vehicleId;
    private String advisorId;
    private Status status;
    private String currency;
    private List<ApprovedLine> approvedLines = new ArrayList<>();
    private List<PartIssue> partIssues = new ArrayList<>();
    private List<PartReturn> partReturns = new ArrayList<>();
    private List<CompletedJob> completedJobs = new ArrayList<>();
    private List<PayerChoice> payers = new ArrayList<>();
    private List<Discount> discounts = new ArrayList<>();
    private Pricing pricing;
    private List<Line> lines = new ArrayList<>();
    private List<NotCharged> notCharged = new ArrayList<>();
    private Totals totals;
    private Inspection inspection;
    private Instant readyAt;
    private String invoiceNumber;
    private String issuedBy;
    private Instant issuedAt;
    private Explanation explanation;
    private ResultsShown results;
    private Payment payment;
    private Delivery delivery;
    private Instant createdAt;

    protected Invoice() {
    }

    /** The one invoice of a repair order: its id is derived from dealer and RO, so events create it once. */
    public static String idFor(String dealerId, String repairOrderId) {
        return UUID.nameUUIDFromBytes(("invoice:" + dealerId + ":" + repairOrderId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    public static Invoice forRepairOrder(String dealerId, String repairOrderId, Instant now) {
        Invoice invoice = new Invoice();
        invoice.id = idFor(dealerId, repairOrderId);
        invoice.dealerId = dealerId;
        invoice.repairOrderId = repairOrderId;
        invoice.status = Status.DRAFT;
        invoice.createdAt = now;
        invoice.pricing = pricingOf(BillingSettings.defaults(dealerId));
        invoice.recompute();
        return invoice;
    }

    static Pricing pricingOf(BillingSettings settings) {
        return new Pricing(settings.taxRatePercent(), settings.labourBasis(), settings.labourRatePerHour());
    }

    // ---- facts from the other services (S11.1) ---------------------------------------------------------------

    public void repairOrderOpened(String number, String customerId, String vehicleId, String advisorId) {
        this.repairOrderNumber = number;
        this.customerId = customerId;
        this.vehicleId = vehicleId;
        this.advisorId = advisorId;
    }

    /** Approved estimate lines or consented additional work; a line approved again is counted once. */
    public void linesApproved(List<ApprovedLine> approved) {
        for (ApprovedLine line : approved) {
            boolean known = approvedLines.stream().anyMatch(existing -> existing.sourceLineId().equals(line.sourceLineId()));
            if (!known) {
                approvedLines.add(line);
                adoptCurrency(line.price());
            }
        }
        recompute();
    }

    public void partsIssued(PartIssue issue) {
        partIssues.add(issue);
        adoptCurrency(issue.unitPrice());
        recompute();
    }

    public void partsReturned(PartReturn back) {
        partReturns.add(back);
        recompute();
    }

    public void jobCompleted(CompletedJob job) {
        completedJobs.add(job);
        recompute();
    }

    public void inspectionPassed(Inspection passed) {
        this.inspection = passed;
    }

    /** Work, inspection and wash are done: the invoice can be issued. */
    public void vehicleReady(Instant at) {
        readyAt = at;
        if (status == Status.DRAFT) {
            status = Status.READY;
        }
    }

    /** Whether a fact arriving now still changes the charges (not once issued). */
    public boolean isEditable() {
        return EDITABLE.contains(status);
    }

    // ---- the advisor's decisions --------------------------------------------------------------------------

    /** The dealer's current settings price a draft; an issued invoice keeps what it was issued with. */
    public void reprice(BillingSettings settings) {
        if (isEditable()) {
            pricing = pricingOf(settings);
            recompute();
        }
    }

    /** S11.1: a warranty or campaign line is billed to the manufacturer, with the claim reference. */
    public void choosePayer(String lineId, Payer payer, String claimReference, Instant now) {
        requireEditable("change a line's payer");
        line(lineId).orElseThrow(() -> new NotFoundException("invoice line", lineId));
        if (payer.isManufacturer() && (claimReference == null || claimReference.isBlank())) {
            throw new InvalidInputException("claimReference", "is required for " + payer + " lines");
        }
        payers.removeIf(choice -> choice.lineId().equals(lineId));
        payers.add(new PayerChoice(lineId, payer, payer.isManufacturer() ? claimReference : null, now));
        recompute();
    }

    /**
     * A discount on a line or on the whole invoice (S11.1): a percent or an amount, with a reason and the one who
     * approved it; it never takes a line or the customer's total below zero.
     */
    public Discount grantDiscount(String lineId, BigDecimal percent, Money amount, String reason, String approvedBy,
                                  Instant now) {
        requireEditable("grant a discount");
        if ((percent == null) == (amount == null)) {
            throw new InvalidInputException(percent == null ? "percent" : "amount", "give either percent or amount");
        }
        if (approvedBy == null || approvedBy.isBlank()) {
            throw new DomainRuleViolation("S11.1-discount-approval", "approvedBy",
                    "a discount needs the name of the one who approved it");
        }
        if (amount != null && !amount.currency().equals(currency())) {
            throw new DomainRuleViolation("S11.1-currency", "amount.currency",
                    "the invoice is in " + currency() + ", not " + amount.currency());
        }
        Money base;
        Money remaining;
        if (lineId != null) {
            Line line = line(lineId).orElseThrow(() -> new DomainRuleViolation("S11.1-unknown-line", "lineId",
                    "the invoice has no line " + lineId));
            base = line.amount();
            remaining = line.net();
        } else {
            base = totals.customerSubtotal();
            remaining = totals.customerNet();
        }
        Discount discount = new Discount(UUID.randomUUID().toString(), lineId, percent, amount, reason, approvedBy, now);
        if (InvoicePricing.effective(discount, base).amount() > remaining.amount()) {
            throw new DomainRuleViolation("S11.1-discount-below-zero", amount != null ? "amount" : "percent",
                    "the discount would take " + (lineId != null ? "the line" : "the customer's total") + " below zero ("
                            + remaining.amount() + " " + remaining.currency() + " left to discount)");
        }
        discounts.add(discount);
        recompute();
        return discount;
    }

    // ---- issue, explain, show, pay, deliver (steps 11-12) -------------------------------------------------

    /** The invoice becomes final once the vehicle is ready; it takes its human number now. */
    public void issue(Supplier<String> nextNumber, String issuedBy, Instant now) {
        if (status != Status.READY) {
            throw new IllegalTransitionException("invoice", status,
                    status == Status.DRAFT ? "issue before the vehicle is ready" : "issue again");
        }
        recompute();
        invoiceNumber = nextNumber.get();
        this.issuedBy = issuedBy;
        issuedAt = now;
        status = Status.ISSUED;
        raise(new InvoiceIssued(repairOrderId, id, invoiceNumber, totals.customerTotal(), totals.manufacturerTotal(),
                totals.customerTax(), now));
    }

    /** S12.1: the items are explained until the customer understands them; only then the charges (payment). */
    public void explain(String advisorId, boolean customerUnderstood, Instant now) {
        if (status != Status.ISSUED) {
            throw new IllegalTransitionException("invoice", status, "record the explanation");
        }
        if (!customerUnderstood) {
            throw new DomainRuleViolation("S12.1", "customerUnderstood",
                    "the items are explained until the customer understands them; record it when they do");
        }
        if (explanation != null) {
            return;
        }
        explanation = new Explanation(advisorId, true, now);
        raise(new InvoiceExplained(repairOrderId, id, advisorId, now));
    }

    /** S12.2: the old parts, the inspection (and photos) shown to the customer. */
    public void showResults(boolean oldPartsShown, boolean inspectionShown, List<String> photos, String shownBy,
                            Instant now) {
        if (status != Status.ISSUED && status != Status.PAID) {
            throw new IllegalTransitionException("invoice", status, "record the results shown");
        }
        results = new ResultsShown(oldPartsShown, inspectionShown, photos == null ? List.of() : List.copyOf(photos),
                shownBy, now);
    }

    /** The one payment: after the explanation (S12.1), split across methods, exactly what is due. */
    public void pay(String cashierId, List<PaymentPart> parts, Instant now) {
        if (status != Status.ISSUED) {
            throw new IllegalTransitionException("invoice", status, "take a payment");
        }
        if (explanation == null) {
            throw new DomainRuleViolation("S12.1",
                    "the advisor explains the items before the charges: record the explanation first");
        }
        Money paid = Money.zero(currency());
        for (int i = 0; i < parts.size(); i++) {
            Money amount = parts.get(i).amount();
            if (!amount.currency().equals(currency())) {
                throw new DomainRuleViolation("S12-payment-currency", "payments[" + i + "].amount.currency",
                        "the invoice is in " + currency() + ", not " + amount.currency());
            }
            paid = paid.plus(amount);
        }
        Money due = due();
        if (paid.amount() != due.amount()) {
            throw new DomainRuleViolation("S12-payment-sum", "payments",
                    "the payments add up to " + paid.amount() + " " + paid.currency() + " but " + due.amount() + " "
                            + due.currency() + " is due");
        }
        payment = new Payment(cashierId, List.copyOf(parts), paid, now);
        status = Status.PAID;
        raise(new PaymentReceived(repairOrderId, id, parts.stream()
                .map(part -> new BillingEvents.Payment(part.method().name(), part.amount())).toList(), cashierId, now));
    }

    /** S12.4: after payment the customer is thanked and gets the car back. */
    public void deliver(String advisorId, int mileageKm, boolean thanked, Instant now) {
        if (status != Status.PAID) {
            throw new IllegalTransitionException("invoice", status, "deliver the vehicle");
        }
        if (!thanked) {
            throw new DomainRuleViolation("S12.4", "thanked", "after payment the customer is thanked before the hand-over");
        }
        delivery = new Delivery(advisorId, mileageKm, true, now);
        status = Status.DELIVERED;
        raise(new VehicleDelivered(repairOrderId, id, customerId, vehicleId, advisorId, mileageKm, maintenanceDone(), now));
    }

    /** Some charged labour was maintenance: its operation code starts with MAINT (the catalogue's maintenance codes). */
    public boolean maintenanceDone() {
        return lines.stream().anyMatch(line -> line.kind() == LineKind.LABOUR && line.labourOperationCode() != null
                && line.labourOperationCode().toUpperCase(Locale.ROOT).startsWith("MAINT"));
    }

    public Money paid() {
        return payment == null ? Money.zero(currency()) : payment.total();
    }

    public Money due() {
        return InvoicePricing.minus(totals.customerTotal(), paid());
    }

    // ---- internals ----------------------------------------------------------------------------------------

    private void requireEditable(String action) {
        if (!isEditable()) {
            throw new IllegalTransitionException("invoice", status, action);
        }
    }

    private void adoptCurrency(Money money) {
        if (currency == null && money != null) {
            currency = money.currency();
        }
    }

    private void recompute() {
        if (!isEditable() && totals != null) {
            return;
        }
        InvoicePricing.Priced priced = InvoicePricing.price(currency(), approvedLines, partIssues, partReturns,
                completedJobs, payers, discounts, pricing);
        lines = new ArrayList<>(priced.lines());
        notCharged = new ArrayList<>(priced.notCharged());
        totals = priced.totals();
    }

    public java.util.Optional<Line> line(String lineId) {
        return lines.stream().filter(line -> line.lineId().equals(lineId)).findFirst();
    }

    // ---- reading ------------------------------------------------------------------------------------------

    public String currency() {
        return currency == null ? DEFAULT_CURRENCY : currency;
    }

    public String repairOrderId() {
        return repairOrderId;
    }

    public String repairOrderNumber() {
        return repairOrderNumber;
    }

    public String customerId() {
        return customerId;
    }

    public String vehicleId() {
        return vehicleId;
    }

    public String advisorId() {
        return advisorId;
    }

    public Status status() {
        return status;
    }

    public List<ApprovedLine> approvedLines() {
        return List.copyOf(approvedLines);
    }

    public List<Discount> discounts() {
        return List.copyOf(discounts);
    }

    public Pricing pricing() {
        return pricing;
    }

    public LabourBasis labourBasis() {
        return pricing.labourBasis();
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    public List<NotCharged> notCharged() {
        return List.copyOf(notCharged);
    }

    public Totals totals() {
        return totals;
    }

    public Inspection inspection() {
        return inspection;
    }

    public Instant readyAt() {
        return readyAt;
    }

    public String invoiceNumber() {
        return invoiceNumber;
    }

    public String issuedBy() {
        return issuedBy;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Explanation explanation() {
        return explanation;
    }

    public ResultsShown results() {
        return results;
    }

    public Payment payment() {
        return payment;
    }

    public Delivery delivery() {
        return delivery;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
