package com.aftersales.billing.invoice;

import com.aftersales.billing.invoice.InvoiceFacts.ApprovedLine;
import com.aftersales.billing.invoice.InvoiceFacts.CompletedJob;
import com.aftersales.billing.invoice.InvoiceFacts.LineKind;
import com.aftersales.billing.invoice.InvoiceFacts.PartIssue;
import com.aftersales.billing.invoice.InvoiceFacts.PartReturn;
import com.aftersales.billing.invoice.InvoiceFacts.SourceKind;
import com.aftersales.billing.settings.BillingSettings;
import com.aftersales.billing.settings.LabourBasis;
import com.aftersales.contracts.DomainEvent;
import com.aftersales.contracts.Money;
import com.aftersales.contracts.billing.BillingEvents.InvoiceExplained;
import com.aftersales.contracts.billing.BillingEvents.InvoiceIssued;
import com.aftersales.contracts.billing.BillingEvents.PaymentReceived;
import com.aftersales.contracts.billing.BillingEvents.VehicleDelivered;
import com.aftersales.platform.domain.DomainRuleViolation;
import com.aftersales.platform.domain.IllegalTransitionException;
import com.aftersales.platform.domain.InvalidInputException;
import com.aftersales.platform.domain.NotFoundException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

class InvoiceTest {

    static final Instant NOW = Instant.parse("2026-11-27T06:00:00Z");
    static int events;

    static Money cny(long fen) {
        return new Money(fen, "CNY");
    }

    static ApprovedLine labour(String lineId, String code, String hours, long price) {
        return new ApprovedLine(SourceKind.ESTIMATE_LINE, lineId, LineKind.LABOUR, "Labour " + code, code,
                new BigDecimal(hours), null, 0, cny(price), NOW);
    }

    static ApprovedLine part(String lineId, String partNumber, int quantity, long price) {
        return new ApprovedLine(SourceKind.ESTIMATE_LINE, lineId, LineKind.PART, "Part " + partNumber, null, null,
                partNumber, quantity, cny(price), NOW);
    }

    static PartIssue issue(String partNumber, int quantity, long unitPrice) {
        return new PartIssue("issue-" + (++events), "job-1", partNumber, quantity, cny(unitPrice), "clerk-1", NOW);
    }

    static Invoice draft(ApprovedLine... approved) {
        Invoice invoice = Invoice.forRepairOrder("dealer-1", "ro-1", NOW);
        invoice.repairOrderOpened("RO-20261127-0001", "cust-1", "veh-1", "adv-1");
        invoice.linesApproved(List.of(approved));
        return invoice;
    }

    /** 1.5 h x CNY 300 labour (OIL) and 2 x CNY 68.00 oil filters, issued as approved. */
    static Invoice oilChange() {
        Invoice invoice = draft(labour("L1", "OIL", "1.5", 45_000), part("L2", "OF-100", 2, 13_600));
        invoice.partsIssued(issue("OF-100", 2, 6_800));
        return invoice;
    }

    static Invoice issued(Invoice invoice) {
        invoice.vehicleReady(NOW);
        invoice.issue(() -> "INV-20261127-0001", "adv-1", NOW);
        return invoice;
    }

    static <E extends DomainEvent> E event(Invoice invoice, Class<E> type) {
        return invoice.raisedEvents().stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }

    static BillingSettings clockedAt(long ratePerHour) {
        BillingSettings settings = new BillingSettings("dealer-1");
        settings.configure(null, LabourBasis.CLOCKED, cny(ratePerHour), NOW);
        return settings;
    }

    @Nested
    class Assembling {

        @Test
        @DisplayName("S11.1: 1.5 h x CNY 300 + 2 x CNY 68.00, 10% discount with reason, 13% tax: 586.00 - 58.60 = 527.40 + 68.56 = 596.96")
        void totalsComputedByHand() {
            Invoice invoice = oilChange();

            invoice.grantDiscount(null, new BigDecimal("10"), null, "loyal customer", "manager-1", NOW);

            assertThat(invoice.line("LAB-L1").orElseThrow().amount()).isEqualTo(cny(45_000));
            assertThat(invoice.line("PART-OF-100").orElseThrow().amount()).isEqualTo(cny(13_600));
            assertThat(invoice.totals().customerSubtotal()).isEqualTo(cny(58_600));
            assertThat(invoice.totals().invoiceDiscount()).isEqualTo(cny(5_860));
            assertThat(invoice.totals().customerNet()).isEqualTo(cny(52_740));
            // 52 740 x 0.13 = 6 856.2 fen -> 6 856
            assertThat(invoice.totals().customerTax()).isEqualTo(cny(6_856));
            assertThat(invoice.totals().customerTotal()).isEqualTo(cny(59_596));
            assertThat(invoice.totals().manufacturerTotal()).isEqualTo(cny(0));
        }

        @Test
        @DisplayName("S11.1: tax is rounded half-up to the fen: 123.50 x 13% = 16.055 -> 16.06")
        void taxRoundsHalfUp() {
            Invoice invoice = draft(labour("L1", "BRAKE", "0.5", 12_350));

            assertThat(invoice.totals().customerTax()).isEqualTo(cny(1_606));
            assertThat(invoice.totals().customerTotal()).isEqualTo(cny(13_956));
        }

        @Test
        @DisplayName("S11.1: a percent discount on a line is rounded half-up to the fen: 5% of 13.70 = 0.685 -> 0.69")
        void lineDiscountRoundsHalfUp() {
            Invoice invoice = draft(part("L1", "WB-1", 1, 1_370));
            invoice.partsIssued(issue("WB-1", 1, 1_370));

            invoice.grantDiscount("PART-WB-1", new BigDecimal("5"), null, "scratched box", "manager-1", NOW);

            assertThat(invoice.line("PART-WB-1").orElseThrow().discount()).isEqualTo(cny(69));
            assertThat(invoice.line("PART-WB-1").orElseThrow().net()).isEqualTo(cny(1_301));
        }

        @Test
        @DisplayName("S11.1: every line points to its source: the estimate line, and for parts the issue event")
        void everyLineHasItsSource() {
            Invoice invoice = oilChange();

            assertThat(invoice.line("LAB-L1").orElseThrow().sources())
                    .extracting(InvoiceFacts.Source::kind, InvoiceFacts.Source::id)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(SourceKind.ESTIMATE_LINE, "L1"));
            assertThat(invoice.line("PART-OF-100").orElseThrow().sources()).extracting(InvoiceFacts.Source::kind)
                    .containsExactly(SourceKind.ESTIMATE_LINE, SourceKind.PARTS_ISSUE);
        }

        @Test
        @DisplayName("S11.1: an issued part no approved line asks for is listed as not chargeable and never charged")
        void unapprovedIssuedPartIsNeverCharged() {
            Invoice invoice = oilChange();

            invoice.partsIssued(issue("WIPER-9", 1, 9_900));

            assertThat(invoice.line("PART-WIPER-9")).isEmpty();
            assertThat(invoice.notCharged()).singleElement().satisfies(line -> {
                assertThat(line.partNumber()).isEqualTo("WIPER-9");
                assertThat(line.quantity()).isEqualTo(1);
                assertThat(line.reason()).isEqualTo(InvoicePricing.NOT_APPROVED);
            });
            assertThat(invoice.totals().customerSubtotal()).isEqualTo(cny(58_600));
        }

        @Test
        @DisplayName("S11.1: parts issued beyond the approved quantity are not charged; returned parts are not charged")
        void onlyApprovedQuantityOfNetIssuedIsCharged() {
            Invoice invoice = draft(part("L1", "SP-4", 4, 20_000));
            invoice.partsIssued(issue("SP-4", 3, 5_000));
            invoice.partsIssued(issue("SP-4", 3, 5_100));
            assertThat(invoice.line("PART-SP-4").orElseThrow().quantity()).isEqualTo(4);
            // 3 x 50.00 + 1 x 51.00: the earliest issues are charged first
            assertThat(invoice.line("PART-SP-4").orElseThrow().amount()).isEqualTo(cny(20_100));
            assertThat(invoice.notCharged()).singleElement()
                    .satisfies(line -> assertThat(line.reason()).isEqualTo(InvoicePricing.BEYOND_APPROVED_QUANTITY));

            invoice.partsReturned(new PartReturn("ret-1", "SP-4", 3, "tech-1", NOW));

            assertThat(invoice.line("PART-SP-4").orElseThrow().quantity()).isEqualTo(3);
            assertThat(invoice.line("PART-SP-4").orElseThrow().amount()).isEqualTo(cny(15_000));
            assertThat(invoice.notCharged()).singleElement()
                    .satisfies(line -> assertThat(line.reason()).isEqualTo(InvoicePricing.APPROVED_NOT_ISSUED));
        }

        @Test
        @DisplayName("S11.1: an approved part that was never issued is not charged")
        void approvedButNotIssuedIsNotCharged() {
            Invoice invoice = draft(labour("L1", "OIL", "1.5", 45_000), part("L2", "OF-100", 2, 13_600));

            assertThat(invoice.line("PART-OF-100")).isEmpty();
            assertThat(invoice.notCharged()).singleElement()
                    .satisfies(line -> assertThat(line.reason()).isEqualTo(InvoicePricing.APPROVED_NOT_ISSUED));
            assertThat(invoice.totals().customerSubtotal()).isEqualTo(cny(45_000));
        }

        @Test
        @DisplayName("S11.1: an approval delivered again (or the same line approved twice) is counted once")
        void approvedLineCountedOnce() {
            Invoice invoice = oilChange();

            invoice.linesApproved(List.of(labour("L1", "OIL", "1.5", 45_000)));

            assertThat(invoice.lines()).hasSize(2);
            assertThat(invoice.totals().customerSubtotal()).isEqualTo(cny(58_600));
        }

        @Test
        @DisplayName("S11.1 clocked basis: clocked hours of the job with the same operation code x the dealer's rate; rework is not charged")
        void clockedBasis() {
            Invoice invoice = draft(labour("L1", "OIL", "1.5", 45_000), labour("L2", "BRAKE", "2.0", 60_000));
            invoice.jobCompleted(new CompletedJob("job-1", "tech-1", "OIL", new BigDecimal("1.5"),
                    new BigDecimal("1.25"), false, NOW));
            invoice.jobCompleted(new CompletedJob("job-2", "tech-1", "OIL", new BigDecimal("1.5"),
                    new BigDecimal("0.75"), true, NOW));

            invoice.reprice(clockedAt(32_000));

            InvoiceFacts.Line oil = invoice.line("LAB-L1").orElseThrow();
            assertThat(oil.basis()).isEqualTo("CLOCKED");
            assertThat(oil.hours()).isEqualByComparingTo("1.25");
            assertThat(oil.amount()).isEqualTo(cny(40_000));
            assertThat(oil.sources()).extracting(InvoiceFacts.Source::id).containsExactly("L1", "job-1");
            // no completed job for BRAKE yet: it stays at its approved flat rate
            assertThat(invoice.line("LAB-L2").orElseThrow().amount()).isEqualTo(cny(60_000));
            assertThat(invoice.totals().customerSubtotal()).isEqualTo(cny(100_000));
        }

        @Test
        @DisplayName("S11.1 flat-rate basis (default): the approved price, whatever was clocked")
        void flatRateBasis() {
            Invoice invoice = draft(labour("L1", "OIL", "1.5", 45_000));
            invoice.jobCompleted(new CompletedJob("job-1", "tech-1", "OIL", new BigDecimal("1.5"),
                    new BigDecimal("2.5"), false, NOW));

            assertThat(invoice.line("LAB-L1").orElseThrow().amount()).isEqualTo(cny(45_000));
            assertThat(invoice.line("LAB-L1").orElseThrow().unitPrice()).isEqualTo(cny(30_000));
            assertThat(invoice.labourBasis()).isEqualTo(LabourBasis.FLAT_RATE);
        }

        @Test
        @DisplayName("S11.1: the dealer's tax rate is used (here 6%)")
        void dealerTaxRate() {
            Invoice invoice = oilChange();
            BillingSettings settings = new BillingSettings("dealer-1");
            settings.configure(new BigDecimal("6"), null, null, NOW);

            invoice.reprice(settings);

            assertThat(invoice.totals().customerTax()).isEqualTo(cny(3_516));
        }
    }

    @Nested
    class PayersAndDiscounts {

        @Test
        @DisplayName("S11.1: a warranty line is billed to the manufacturer (with tax), not to the customer")
        void warrantyLineExcludedFromCustomerTotal() {
            Invoice invoice = oilChange();

            invoice.choosePayer("LAB-L1", Payer.WARRANTY, "WC-2026-77", NOW);

            assertThat(invoice.line("LAB-L1").orElseThrow().payer()).isEqualTo(Payer.WARRANTY);
            assertThat(invoice.line("LAB-L1").orElseThrow().claimReference()).isEqualTo("WC-2026-77");
            assertThat(invoice.totals().customerNet()).isEqualTo(cny(13_600));
            assertThat(invoice.totals().customerTax()).isEqualTo(cny(1_768));
            assertThat(invoice.totals().customerTotal()).isEqualTo(cny(15_368));
            assertThat(invoice.totals().manufacturerNet()).isEqualTo(cny(45_000));
            assertThat(invoice.totals().manufacturerTax()).isEqualTo(cny(5_850));
            assertThat(invoice.totals().manufacturerTotal()).isEqualTo(cny(50_850));
        }

        @Test
        @DisplayName("S11.1: a warranty or campaign line needs its claim reference; an unknown line is not found")
        void manufacturerPayerNeedsClaimReference() {
            Invoice invoice = oilChange();

            assertThatThrownBy(() -> invoice.choosePayer("LAB-L1", Payer.CAMPAIGN, " ", NOW))
                    .isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> invoice.choosePayer("LAB-X", Payer.CUSTOMER, null, NOW))
                    .isInstanceOf(NotFoundException.class);
            assertThat(invoice.totals().customerSubtotal()).isEqualTo(cny(58_600));
        }

        @Test
        @DisplayName("S11.1: a discount without the one who approved it is refused")
        void discountNeedsApprover() {
            Invoice invoice = oilChange();

            assertThatThrownBy(() -> invoice.grantDiscount(null, new BigDecimal("10"), null, "loyal", null, NOW))
                    .asInstanceOf(type(DomainRuleViolation.class))
                    .satisfies(e -> assertThat(e.rule()).isEqualTo("S11.1-discount-approval"));
            assertThat(invoice.discounts()).isEmpty();
        }

        @Test
        @DisplayName("S11.1: a discount never takes a line or the total below zero")
        void discountNeverBelowZero() {
            Invoice invoice = oilChange();

            assertThatThrownBy(() -> invoice.grantDiscount("PART-OF-100", null, cny(13_601), "goodwill", "manager-1", NOW))
                    .asInstanceOf(type(DomainRuleViolation.class))
                    .satisfies(e -> assertThat(e.rule()).isEqualTo("S11.1-discount-below-zero"));
            invoice.grantDiscount("PART-OF-100", null, cny(13_600), "goodwill", "manager-1", NOW);
            assertThat(invoice.line("PART-OF-100").orElseThrow().net()).isEqualTo(cny(0));
            invoice.grantDiscount(null, new BigDecimal("100"), null, "free", "manager-1", NOW);
            assertThat(invoice.totals().customerTotal()).isEqualTo(cny(0));
            assertThatThrownBy(() -> invoice.grantDiscount(null, null, cny(1), "more", "manager-1", NOW))
                    .isInstanceOf(DomainRuleViolation.class);
        }
    }

    @Nested
    class IssuingAndDelivery {

        @Test
        @DisplayName("S11.1: the invoice is issued only after VehicleReady; before, 409 naming DRAFT")
        void issueOnlyWhenReady() {
            Invoice invoice = oilChange();

            assertThatThrownBy(() -> invoice.issue(() -> "INV-1", "adv-1", NOW))
                    .asInstanceOf(type(IllegalTransitionException.class))
                    .satisfies(e -> assertThat(e.currentState()).isEqualTo("DRAFT"));

            issued(invoice);
            InvoiceIssued event = event(invoice, InvoiceIssued.class);
            assertThat(event.invoiceNumber()).isEqualTo("INV-20261127-0001");
            assertThat(event.repairOrderId()).isEqualTo("ro-1");
            assertThat(event.customerTotal()).isEqualTo(cny(66_218));
            assertThat(event.tax()).isEqualTo(cny(7_618));
            assertThat(event.manufacturerTotal()).isEqualTo(cny(0));
        }

        @Test
        @DisplayName("S11.1: an issued invoice is immutable: payer, discount and late facts change nothing")
        void issuedIsImmutable() {
            Invoice invoice = issued(oilChange());

            assertThatThrownBy(() -> invoice.choosePayer("LAB-L1", Payer.WARRANTY, "WC-1", NOW))
                    .asInstanceOf(type(IllegalTransitionException.class))
                    .satisfies(e -> assertThat(e.currentState()).isEqualTo("ISSUED"));
            assertThatThrownBy(() -> invoice.grantDiscount(null, BigDecimal.ONE, null, "late", "manager-1", NOW))
                    .isInstanceOf(IllegalTransitionException.class);
            invoice.partsIssued(issue("OF-100", 1, 6_800));
            invoice.reprice(clockedAt(1));
            assertThat(invoice.totals().customerTotal()).isEqualTo(cny(66_218));
        }

        @Test
        @DisplayName("S12.1: payment before the explanation is refused; the customer must have understood")
        void explanationBeforePayment() {
            Invoice invoice = issued(oilChange());
            List<Invoice.PaymentPart> all = List.of(new Invoice.PaymentPart(PaymentMethod.CARD, cny(66_218)));

            assertThatThrownBy(() -> invoice.pay("cashier-1", all, NOW))
                    .asInstanceOf(type(DomainRuleViolation.class))
                    .satisfies(e -> assertThat(e.rule()).isEqualTo("S12.1"));
            assertThatThrownBy(() -> invoice.explain("adv-1", false, NOW))
                    .asInstanceOf(type(DomainRuleViolation.class))
                    .satisfies(e -> assertThat(e.rule()).isEqualTo("S12.1"));

            invoice.explain("adv-1", true, NOW);
            invoice.pay("cashier-1", all, NOW);

            assertThat(event(invoice, InvoiceExplained.class).advisorId()).isEqualTo("adv-1");
            assertThat(invoice.status()).isEqualTo(Invoice.Status.PAID);
        }

        @Test
        @DisplayName("S12.3: a split payment must add up to exactly what is due")
        void splitPaymentMustMatchTheDue() {
            Invoice invoice = issued(oilChange());
            invoice.explain("adv-1", true, NOW);

            assertThatThrownBy(() -> invoice.pay("cashier-1", List.of(new Invoice.PaymentPart(PaymentMethod.CASH, cny(66_217))), NOW))
                    .asInstanceOf(type(DomainRuleViolation.class))
                    .satisfies(e -> assertThat(e.rule()).isEqualTo("S12-payment-sum"));
            assertThatThrownBy(() -> invoice.pay("cashier-1", List.of(new Invoice.PaymentPart(PaymentMethod.CASH, cny(66_219))), NOW))
                    .isInstanceOf(DomainRuleViolation.class);

            invoice.pay("cashier-1", List.of(new Invoice.PaymentPart(PaymentMethod.CASH, cny(20_000)),
                    new Invoice.PaymentPart(PaymentMethod.CARD, cny(46_218))), NOW);

            PaymentReceived received = event(invoice, PaymentReceived.class);
            assertThat(received.payments()).extracting(p -> p.method()).containsExactly("CASH", "CARD");
            assertThat(invoice.due()).isEqualTo(cny(0));
            assertThatThrownBy(() -> invoice.pay("cashier-1", List.of(), NOW))
                    .asInstanceOf(type(IllegalTransitionException.class))
                    .satisfies(e -> assertThat(e.currentState()).isEqualTo("PAID"));
        }

        @Test
        @DisplayName("S12.4: the vehicle is delivered only when paid, with thanks; VehicleDelivered tells whether maintenance was done")
        void deliveryAfterPaymentWithThanks() {
            Invoice invoice = issued(draft(labour("L1", "MAINT-10K", "1.5", 45_000)));
            assertThatThrownBy(() -> invoice.deliver("adv-1", 10_230, true, NOW))
                    .asInstanceOf(type(IllegalTransitionException.class))
                    .satisfies(e -> assertThat(e.currentState()).isEqualTo("ISSUED"));
            invoice.explain("adv-1", true, NOW);
            invoice.pay("cashier-1", List.of(new Invoice.PaymentPart(PaymentMethod.TRANSFER, cny(50_850))), NOW);

            assertThatThrownBy(() -> invoice.deliver("adv-1", 10_230, false, NOW))
                    .asInstanceOf(type(DomainRuleViolation.class))
                    .satisfies(e -> assertThat(e.rule()).isEqualTo("S12.4"));
            invoice.deliver("adv-1", 10_230, true, NOW);

            VehicleDelivered delivered = event(invoice, VehicleDelivered.class);
            assertThat(delivered.customerId()).isEqualTo("cust-1");
            assertThat(delivered.vehicleId()).isEqualTo("veh-1");
            assertThat(delivered.mileageKm()).isEqualTo(10_230);
            assertThat(delivered.maintenanceDone()).isTrue();
            assertThat(invoice.status()).isEqualTo(Invoice.Status.DELIVERED);
        }

        @Test
        @DisplayName("S12.2: results are shown once the invoice is issued, not on a draft")
        void resultsShownAfterIssue() {
            Invoice draft = oilChange();
            assertThatThrownBy(() -> draft.showResults(true, true, List.of(), "adv-1", NOW))
                    .isInstanceOf(IllegalTransitionException.class);

            Invoice invoice = issued(oilChange());
            invoice.showResults(true, true, List.of("photos/brake-pads-old.jpg"), "adv-1", NOW);

            assertThat(invoice.results().oldPartsShown()).isTrue();
            assertThat(invoice.results().photos()).containsExactly("photos/brake-pads-old.jpg");
        }
    }
}
