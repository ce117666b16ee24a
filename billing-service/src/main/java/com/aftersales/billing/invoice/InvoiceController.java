package com.aftersales.billing.invoice;

import com.aftersales.billing.invoice.InvoiceFacts.Discount;
import com.aftersales.billing.invoice.InvoiceFacts.Line;
import com.aftersales.billing.invoice.InvoiceFacts.NotCharged;
import com.aftersales.billing.invoice.InvoiceFacts.Pricing;
import com.aftersales.billing.invoice.InvoiceFacts.Totals;
import com.aftersales.billing.settings.BillingSettings;
import com.aftersales.billing.settings.BillingSettingsRepository;
import com.aftersales.contracts.Money;
import com.aftersales.platform.domain.IllegalTransitionException;
import com.aftersales.platform.web.DealerId;
import com.aftersales.platform.web.PageParams;
import com.aftersales.platform.web.Paged;
import com.aftersales.platform.web.Versions;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Invoices (step 11) and delivery (step 12): read them, decide payers and discounts, issue, explain (S12.1), show
 * the results (S12.2), the cashier's view and the payment (S12.3), the receipt, the hand-over with thanks (S12.4).
 */
@RestController
@RequestMapping("/api/invoices")
class InvoiceController {

    private final InvoiceRepository repository;
    private final Invoices invoices;
    private final InvoiceNumbers numbers;
    private final BillingSettingsRepository settings;
    private final Clock clock;

    InvoiceController(InvoiceRepository repository, Invoices invoices, InvoiceNumbers numbers,
                      BillingSettingsRepository settings, Clock clock) {
        this.repository = repository;
        this.invoices = invoices;
        this.numbers = numbers;
        this.settings = settings;
        this.clock = clock;
    }

    // ---- requests -----------------------------------------------------------------------------------------

    record MoneyRequest(@NotNull(message = "is required") @Min(value = 1, message = "must be more than 0")
                        @Max(value = 100_000_000_00L, message = "must be at most 10000000000") Long amount,
                        @NotNull(message = "is required") @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO-4217 code like CNY") String currency) {
        Money toMoney() {
            return new Money(amount, currency);
        }
    }

    record PayerRequest(@NotNull(message = "is required") Payer payer,
                        @Size(max = 100, message = "must be at most 100 characters") String claimReference) {
    }

    record DiscountRequest(@Size(max = 100, message = "must be at most 100 characters") String lineId,
                           @DecimalMin(value = "0.01", message = "must be more than 0")
                           @DecimalMax(value = "100", message = "must be at most 100")
                           @Digits(integer = 3, fraction = 2, message = "must have at most 2 decimals") BigDecimal percent,
                           @Valid MoneyRequest amount,
                           @NotBlank(message = "is required") @Size(max = 500, message = "must be at most 500 characters") String reason,
                           @Size(max = 100, message = "must be at most 100 characters") String approvedBy) {
    }

    record IssueRequest(@NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String issuedBy) {
    }

    record ExplanationRequest(@NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String advisorId,
                              @NotNull(message = "is required") Boolean customerUnderstood) {
    }

    record ResultsRequest(@NotNull(message = "is required") Boolean oldPartsShown,
                          @NotNull(message = "is required") Boolean inspectionShown,
                          @Size(max = 20, message = "must have at most 20 entries")
                          List<@NotBlank(message = "is required") @Size(max = 500, message = "must be at most 500 characters") String> photos,
                          @Size(max = 100, message = "must be at most 100 characters") String shownBy) {
    }

    record PaymentLine(@NotNull(message = "is required") PaymentMethod method,
                       @NotNull(message = "is required") @Valid MoneyRequest amount) {
    }

    record PaymentRequest(@NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String cashierId,
                          @NotNull(message = "is required") @Size(max = 10, message = "must have at most 10 entries")
                          List<@NotNull(message = "is required") @Valid PaymentLine> payments) {
    }

    record DeliveryRequest(@NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String advisorId,
                           @NotNull(message = "is required") @Min(value = 0, message = "must be 0 or more")
                           @Max(value = 2_000_000, message = "must be at most 2000000") Integer mileageKm,
                           @NotNull(message = "is required") Boolean thanked) {
    }

    // ---- views --------------------------------------------------------------------------------------------

    record InvoiceSummary(String id, String repairOrderId, String repairOrderNumber, Invoice.Status status,
                          String invoiceNumber, Money customerTotal, Money manufacturerTotal, Money due,
                          Instant issuedAt, Instant createdAt) {
        static InvoiceSummary of(Invoice i) {
            return new InvoiceSummary(i.id(), i.repairOrderId(), i.repairOrderNumber(), i.status(), i.invoiceNumber(),
                    i.totals().customerTotal(), i.totals().manufacturerTotal(), i.due(), i.issuedAt(), i.createdAt());
        }
    }

    record InvoiceView(String id, String repairOrderId, String repairOrderNumber, String customerId, String vehicleId,
                       String advisorId, Invoice.Status status, String invoiceNumber, String currency, Pricing pricing,
                       List<Line> lines, List<NotCharged> notCharged, List<Discount> discounts, Totals totals,
                       Money paid, Money due, Invoice.Inspection inspection, Instant readyAt, String issuedBy,
                       Instant issuedAt, Invoice.Explanation explanation, Invoice.ResultsShown results,
                       Invoice.Payment payment, Invoice.Delivery delivery, Instant createdAt, Long version) {
        static InvoiceView of(Invoice i) {
            return new InvoiceView(i.id(), i.repairOrderId(), i.repairOrderNumber(), i.customerId(), i.vehicleId(),
                    i.advisorId(), i.status(), i.invoiceNumber(), i.currency(), i.pricing(), i.lines(), i.notCharged(),
                    i.discounts(), i.totals(), i.paid(), i.due(), i.inspection(), i.readyAt(), i.issuedBy(),
                    i.issuedAt(), i.explanation(), i.results(), i.payment(), i.delivery(), i.createdAt(), i.version());
        }
    }

    /** S12.3: what the cashier sees: the amounts and the payment, nothing about the items or the rates. */
    record CashierView(String invoiceId, String invoiceNumber, Invoice.Status status, Money customerTotal, Money tax,
                       Money paid, Money due, List<PaymentMethod> paymentMethods, List<Invoice.PaymentPart> payments) {
        static CashierView of(Invoice i) {
            return new CashierView(i.id(), i.invoiceNumber(), i.status(), i.totals().customerTotal(),
                    i.totals().customerTax(), i.paid(), i.due(), Arrays.asList(PaymentMethod.values()),
                    i.payment() == null ? List.of() : i.payment().parts());
        }
    }

    /** The receipt of the payment. */
    record ReceiptView(String invoiceNumber, String repairOrderNumber, Instant issuedAt, Money customerNet, Money tax,
                       Money customerTotal, List<Invoice.PaymentPart> payments, Money paid, String cashierId,
                       Instant paidAt) {
        static ReceiptView of(Invoice i) {
            return new ReceiptView(i.invoiceNumber(), i.repairOrderNumber(), i.issuedAt(), i.totals().customerNet(),
                    i.totals().customerTax(), i.totals().customerTotal(), i.payment().parts(), i.paid(),
                    i.payment().cashierId(), i.payment().paidAt());
        }
    }

    // ---- reading ------------------------------------------------------------------------------------------

    /** The dealer's invoices, of one repair order and/or in one status; newest first. */
    @GetMapping
    Paged<InvoiceSummary> list(DealerId dealer, @RequestParam(required = false) String repairOrderId,
                               @RequestParam(required = false) Invoice.Status status, @Valid PageParams paging) {
        var page = paging.toRequest(Sort.by(Sort.Direction.DESC, "createdAt"));
        Page<Invoice> found;
        if (repairOrderId != null && status != null) {
            found = repository.findByDealerIdAndRepairOrderIdAndStatus(dealer.value(), repairOrderId, status, page);
        } else if (repairOrderId != null) {
            found = repository.findByDealerIdAndRepairOrderId(dealer.value(), repairOrderId, page);
        } else if (status != null) {
            found = repository.findByDealerIdAndStatus(dealer.value(), status, page);
        } else {
            found = repository.findByDealerId(dealer.value(), page);
        }
        BillingSettings current = settings.of(dealer.value());
        found.forEach(invoice -> invoice.reprice(current));
        return Paged.of(found, InvoiceSummary::of);
    }

    @GetMapping("/{id}")
    ResponseEntity<InvoiceView> get(DealerId dealer, @PathVariable String id) {
        Invoice invoice = invoices.loadPriced(dealer.value(), id);
        return Versions.ok(invoice.version(), InvoiceView.of(invoice));
    }

    /** S12.3: the cashier's view of an issued invoice. */
    @GetMapping("/{id}/cashier-view")
    CashierView cashierView(DealerId dealer, @PathVariable String id) {
        Invoice invoice = invoices.load(dealer.value(), id);
        if (invoice.isEditable()) {
            throw new IllegalTransitionException("invoice", invoice.status(), "show it at the cash desk before it is issued");
        }
        return CashierView.of(invoice);
    }

    @GetMapping("/{id}/receipt")
    ReceiptView receipt(DealerId dealer, @PathVariable String id) {
        Invoice invoice = invoices.load(dealer.value(), id);
        if (invoice.payment() == null) {
            throw new IllegalTransitionException("invoice", invoice.status(), "give a receipt before the payment");
        }
        return ReceiptView.of(invoice);
    }

    // ---- changing -----------------------------------------------------------------------------------------

    /** S11.1: the payer of a line; WARRANTY and CAMPAIGN need the claim reference. */
    @PutMapping("/{id}/lines/{lineId}/payer")
    ResponseEntity<InvoiceView> choosePayer(DealerId dealer, @PathVariable String id, @PathVariable String lineId,
                                            @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                            @Valid @RequestBody PayerRequest request) {
        return change(dealer, id, ifMatch, invoice -> invoice.choosePayer(lineId, request.payer(),
                request.claimReference(), clock.instant()));
    }

    /** S11.1: a discount on a line or the invoice, with its reason and approver. */
    @PostMapping("/{id}/discounts")
    ResponseEntity<InvoiceView> grantDiscount(DealerId dealer, @PathVariable String id,
                                              @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                              @Valid @RequestBody DiscountRequest request) {
        return change(dealer, id, ifMatch, invoice -> invoice.grantDiscount(request.lineId(), request.percent(),
                request.amount() == null ? null : request.amount().toMoney(), request.reason(), request.approvedBy(),
                clock.instant()));
    }

    /** Issues the invoice once the vehicle is ready: InvoiceIssued with its number. */
    @PostMapping("/{id}/issue")
    ResponseEntity<InvoiceView> issue(DealerId dealer, @PathVariable String id,
                                      @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                      @Valid @RequestBody IssueRequest request) {
        return change(dealer, id, ifMatch, invoice -> invoice.issue(
                () -> numbers.next(dealer.value(), LocalDate.now(clock)), request.issuedBy(), clock.instant()));
    }

    /** S12.1: the advisor explained the items and the customer understood them. */
    @PostMapping("/{id}/explanation")
    ResponseEntity<InvoiceView> explain(DealerId dealer, @PathVariable String id,
                                        @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                        @Valid @RequestBody ExplanationRequest request) {
        return change(dealer, id, ifMatch, invoice -> invoice.explain(request.advisorId(), request.customerUnderstood(),
                clock.instant()));
    }

    /** S12.2: old parts, inspection and photos shown to the customer. */
    @PostMapping("/{id}/results-shown")
    ResponseEntity<InvoiceView> showResults(DealerId dealer, @PathVariable String id,
                                            @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                            @Valid @RequestBody ResultsRequest request) {
        return change(dealer, id, ifMatch, invoice -> invoice.showResults(request.oldPartsShown(),
                request.inspectionShown(), request.photos(), request.shownBy(), clock.instant()));
    }

    /** The payment at the cash desk (S12.3): split across methods, exactly what is due; PaymentReceived. */
    @PostMapping("/{id}/payments")
    ResponseEntity<CashierView> pay(DealerId dealer, @PathVariable String id,
                                    @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                    @Valid @RequestBody PaymentRequest request) {
        Invoice invoice = invoices.load(dealer.value(), id);
        Versions.requireMatch(ifMatch, invoice.version());
        invoice.pay(request.cashierId(), request.payments().stream()
                .map(line -> new Invoice.PaymentPart(line.method(), line.amount().toMoney())).toList(), clock.instant());
        invoice = invoices.save(invoice);
        return Versions.ok(invoice.version(), CashierView.of(invoice));
    }

    /** S12.4: after payment the customer is thanked and the car handed over; VehicleDelivered. */
    @PostMapping("/{id}/delivery")
    ResponseEntity<InvoiceView> deliver(DealerId dealer, @PathVariable String id,
                                        @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                        @Valid @RequestBody DeliveryRequest request) {
        return change(dealer, id, ifMatch, invoice -> invoice.deliver(request.advisorId(), request.mileageKm(),
                request.thanked(), clock.instant()));
    }

    private ResponseEntity<InvoiceView> change(DealerId dealer, String id, String ifMatch, Consumer<Invoice> action) {
        Invoice invoice = invoices.loadPriced(dealer.value(), id);
        Versions.requireMatch(ifMatch, invoice.version());
        action.accept(invoice);
        invoice = invoices.save(invoice);
        return Versions.ok(invoice.version(), InvoiceView.of(invoice));
    }
}
