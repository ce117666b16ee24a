package com.aftersales.billing.invoice;

import com.aftersales.billing.support.Dealership;
import com.aftersales.billing.support.RepairOrderFacts;
import com.aftersales.platform.test.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.format.DateTimeFormatter;

import static com.aftersales.billing.support.Dealership.body;
import static com.aftersales.billing.support.Dealership.read;
import static com.aftersales.billing.support.Dealership.today;
import static com.aftersales.platform.test.ProblemMatchers.domainRule;
import static com.aftersales.platform.test.ProblemMatchers.illegalTransition;
import static com.aftersales.platform.test.ProblemMatchers.invalid;
import static com.aftersales.platform.test.ProblemMatchers.notFound;
import static com.aftersales.platform.test.ProblemMatchers.staleVersion;
import static com.aftersales.billing.support.RepairOrderFacts.labour;
import static com.aftersales.billing.support.RepairOrderFacts.part;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Invoices through HTTP (steps 11-12): reading, payers, discounts, issuing, explanation (S12.1), results (S12.2),
 * the cashier (S12.3), payment, receipt, delivery with thanks (S12.4). The invoices are assembled from contract
 * events applied as the listeners apply them (the Kafka path itself is in {@link BillingEventsKafkaTest}).
 */
@ServiceTest
class InvoiceApiTest {

    static final String INVOICE = "/api/invoices/{id}";

    @Autowired
    MockMvc http;
    @Autowired
    Invoices invoices;

    Dealership dealer;
    RepairOrderFacts ro;
    String id;

    @BeforeEach
    void readyOilChange() {
        dealer = Dealership.fresh(http);
        ro = new RepairOrderFacts(dealer).readyOilChange(invoices);
        id = ro.invoiceId();
    }

    String issue() throws Exception {
        return read(dealer.post(INVOICE + "/issue", "{\"issuedBy\":\"adv-1\"}", id).andExpect(status().isOk()),
                "$.invoiceNumber");
    }

    void explain() throws Exception {
        dealer.post(INVOICE + "/explanation", "{\"advisorId\":\"adv-1\",\"customerUnderstood\":true}", id)
                .andExpect(status().isOk());
    }

    void pay() throws Exception {
        dealer.post(INVOICE + "/payments", """
                {"cashierId":"cashier-1","payments":[{"method":"CARD","amount":{"amount":66218,"currency":"CNY"}}]}""", id)
                .andExpect(status().isOk());
    }

    @Test
    @DisplayName("S11.1: the invoice of an RO is read with its lines, their sources, what is not charged, and the totals")
    void anInvoiceIsReadBack() throws Exception {
        ro.apply(invoices, ro.issued("WIPER-9", 1, 9_900));

        dealer.get(INVOICE, id)
                .andExpect(status().isOk())
                .andExpect(header().exists("ETag"))
                .andExpect(jsonPath("$.status").value("READY"))
                .andExpect(jsonPath("$.repairOrderId").value(ro.id()))
                .andExpect(jsonPath("$.repairOrderNumber").value("RO-20261127-0042"))
                .andExpect(jsonPath("$.lines[*].lineId", contains("LAB-L1", "PART-OF-100")))
                .andExpect(jsonPath("$.lines[0].basis").value("FLAT_RATE"))
                .andExpect(jsonPath("$.lines[0].sources[0].kind").value("ESTIMATE_LINE"))
                .andExpect(jsonPath("$.lines[0].sources[0].id").value("L1"))
                .andExpect(jsonPath("$.lines[1].sources[1].kind").value("PARTS_ISSUE"))
                .andExpect(jsonPath("$.lines[1].payer").value("CUSTOMER"))
                .andExpect(jsonPath("$.notCharged[0].partNumber").value("WIPER-9"))
                .andExpect(jsonPath("$.notCharged[0].reason").value("NOT_APPROVED"))
                .andExpect(jsonPath("$.pricing.taxRatePercent").value(13))
                .andExpect(jsonPath("$.totals.customerNet.amount").value(58_600))
                .andExpect(jsonPath("$.totals.customerTax.amount").value(7_618))
                .andExpect(jsonPath("$.totals.customerTotal.amount").value(66_218))
                .andExpect(jsonPath("$.totals.customerTotal.currency").value("CNY"))
                .andExpect(jsonPath("$.inspection.inspectionId").value("insp-1"));
    }

    @Test
    @DisplayName("The invoices are listed by repair order and status; unknown ids and other dealers' invoices are not found")
    void listAndNotFound() throws Exception {
        RepairOrderFacts first = new RepairOrderFacts(dealer);
        RepairOrderFacts second = new RepairOrderFacts(dealer);
        first.apply(invoices, first.opened());
        second.apply(invoices, second.opened());

        dealer.get("/api/invoices?repairOrderId={ro}", ro.id())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(id))
                .andExpect(jsonPath("$.items[0].customerTotal.amount").value(66_218));
        dealer.get("/api/invoices?status=READY").andExpect(jsonPath("$.items[*].id", contains(id)));
        dealer.get("/api/invoices?status=DRAFT").andExpect(jsonPath("$.total").value(2));
        dealer.get("/api/invoices?status=LOST").andExpect(invalid("status"));
        dealer.get(INVOICE, "nope").andExpect(notFound("invoice"));
        Dealership.fresh(http).get(INVOICE, id).andExpect(notFound("invoice"));
    }

    @Test
    @DisplayName("S11.1: a line marked WARRANTY with its claim goes to the manufacturer total, not the customer's")
    void warrantyLine() throws Exception {
        dealer.put(INVOICE + "/lines/{lineId}/payer", "{\"payer\":\"WARRANTY\",\"claimReference\":\"WC-2026-77\"}", id, "LAB-L1")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[0].payer").value("WARRANTY"))
                .andExpect(jsonPath("$.lines[0].claimReference").value("WC-2026-77"))
                .andExpect(jsonPath("$.totals.customerTotal.amount").value(15_368))
                .andExpect(jsonPath("$.totals.manufacturerNet.amount").value(45_000))
                .andExpect(jsonPath("$.totals.manufacturerTotal.amount").value(50_850));
    }

    @Test
    @DisplayName("S11.1: a bad payer request is refused field by field and changes nothing; an unknown line is a 404")
    void badPayerRequests() throws Exception {
        String before = dealer.snapshot(INVOICE, id);

        dealer.put(INVOICE + "/lines/{lineId}/payer", "{}", id, "LAB-L1").andExpect(invalid("payer"));
        dealer.put(INVOICE + "/lines/{lineId}/payer", "{\"payer\":\"INSURER\"}", id, "LAB-L1").andExpect(invalid("payer"));
        dealer.put(INVOICE + "/lines/{lineId}/payer", "{\"payer\":\"CAMPAIGN\"}", id, "LAB-L1").andExpect(invalid("claimReference"));
        dealer.put(INVOICE + "/lines/{lineId}/payer", "{\"payer\":\"CUSTOMER\"}", id, "LAB-9").andExpect(notFound("invoice line"));

        assertThat(dealer.snapshot(INVOICE, id)).isEqualTo(before);
    }

    @Test
    @DisplayName("S11.1: a 10% discount with reason and approver: 586.00 - 58.60 = 527.40, tax 68.56, total 596.96")
    void discount() throws Exception {
        dealer.post(INVOICE + "/discounts", """
                {"percent":10,"reason":"loyal customer","approvedBy":"manager-1"}""", id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.discounts[0].reason").value("loyal customer"))
                .andExpect(jsonPath("$.discounts[0].approvedBy").value("manager-1"))
                .andExpect(jsonPath("$.totals.invoiceDiscount.amount").value(5_860))
                .andExpect(jsonPath("$.totals.customerTax.amount").value(6_856))
                .andExpect(jsonPath("$.totals.customerTotal.amount").value(59_596));
        dealer.post(INVOICE + "/discounts", """
                {"lineId":"PART-OF-100","amount":{"amount":1000,"currency":"CNY"},"reason":"box damaged","approvedBy":"manager-1"}""", id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[1].discount.amount").value(1_000))
                .andExpect(jsonPath("$.lines[1].net.amount").value(12_600));
    }

    @Test
    @DisplayName("S11.1: a discount without reason is a 400, without approver a 422, below zero a 422; nothing changes")
    void badDiscounts() throws Exception {
        String before = dealer.snapshot(INVOICE, id);

        dealer.post(INVOICE + "/discounts", "{\"percent\":10,\"approvedBy\":\"manager-1\"}", id).andExpect(invalid("reason"));
        dealer.post(INVOICE + "/discounts", "{\"percent\":150,\"reason\":\"x\",\"approvedBy\":\"m\"}", id).andExpect(invalid("percent"));
        dealer.post(INVOICE + "/discounts", """
                {"percent":5,"amount":{"amount":100,"currency":"CNY"},"reason":"x","approvedBy":"m"}""", id)
                .andExpect(status().isBadRequest());
        dealer.post(INVOICE + "/discounts", "{\"percent\":10,\"reason\":\"loyal customer\"}", id)
                .andExpect(domainRule("S11.1-discount-approval", "approvedBy"));
        dealer.post(INVOICE + "/discounts", """
                {"lineId":"PART-OF-100","amount":{"amount":13601,"currency":"CNY"},"reason":"x","approvedBy":"m"}""", id)
                .andExpect(domainRule("S11.1-discount-below-zero"));
        dealer.post(INVOICE + "/discounts", "{\"lineId\":\"LAB-9\",\"percent\":5,\"reason\":\"x\",\"approvedBy\":\"m\"}", id)
                .andExpect(domainRule("S11.1-unknown-line", "lineId"));

        assertThat(dealer.snapshot(INVOICE, id)).isEqualTo(before);
    }

    @Test
    @DisplayName("S11.1: issuing before VehicleReady is a 409 naming DRAFT")
    void issueBeforeReady() throws Exception {
        RepairOrderFacts working = new RepairOrderFacts(dealer);
        working.apply(invoices, working.opened(), working.approved(labour("L1", "OIL", "1.5", 45_000)));

        dealer.post(INVOICE + "/issue", "{\"issuedBy\":\"adv-1\"}", working.invoiceId()).andExpect(illegalTransition("DRAFT"));
        dealer.post(INVOICE + "/issue", "{}", id).andExpect(invalid("issuedBy"));
        dealer.get(INVOICE, id).andExpect(jsonPath("$.status").value("READY"));
    }

    @Test
    @DisplayName("S11.1: issuing numbers invoices per dealer and day; an issued invoice is immutable (409)")
    void issueAndImmutability() throws Exception {
        String day = today().format(DateTimeFormatter.BASIC_ISO_DATE);
        String number = issue();
        RepairOrderFacts second = new RepairOrderFacts(dealer).readyOilChange(invoices);

        assertThat(number).isEqualTo("INV-" + day + "-0001");
        assertThat((String) read(dealer.post(INVOICE + "/issue", "{\"issuedBy\":\"adv-1\"}", second.invoiceId())
                .andExpect(status().isOk()), "$.invoiceNumber")).isEqualTo("INV-" + day + "-0002");
        dealer.get(INVOICE, id).andExpect(jsonPath("$.status").value("ISSUED"))
                .andExpect(jsonPath("$.issuedBy").value("adv-1"));
        String before = dealer.snapshot(INVOICE, id);

        dealer.put(INVOICE + "/lines/{lineId}/payer", "{\"payer\":\"WARRANTY\",\"claimReference\":\"WC-1\"}", id, "LAB-L1")
                .andExpect(illegalTransition("ISSUED"));
        dealer.post(INVOICE + "/discounts", "{\"percent\":10,\"reason\":\"x\",\"approvedBy\":\"m\"}", id)
                .andExpect(illegalTransition("ISSUED"));
        dealer.post(INVOICE + "/issue", "{\"issuedBy\":\"adv-1\"}", id).andExpect(illegalTransition("ISSUED"));
        ro.apply(invoices, ro.issued("OF-100", 1, 6_800));

        assertThat(dealer.snapshot(INVOICE, id).replaceAll("\"version\":\\d+", ""))
                .isEqualTo(before.replaceAll("\"version\":\\d+", ""));
    }

    @Test
    @DisplayName("A stale If-Match is a 409 and changes nothing")
    void staleIfMatch() throws Exception {
        dealer.postIfMatch(INVOICE + "/issue", "\"99\"", "{\"issuedBy\":\"adv-1\"}", id).andExpect(staleVersion());
        dealer.get(INVOICE, id).andExpect(jsonPath("$.status").value("READY"));
    }

    @Test
    @DisplayName("S12.1: payment before the explanation is a 422; the customer must have understood; then the payment is taken")
    void explanationBeforePayment() throws Exception {
        issue();
        String payment = """
                {"cashierId":"cashier-1","payments":[{"method":"CASH","amount":{"amount":66218,"currency":"CNY"}}]}""";

        dealer.post(INVOICE + "/payments", payment, id).andExpect(domainRule("S12.1"));
        dealer.post(INVOICE + "/explanation", "{\"advisorId\":\"adv-1\",\"customerUnderstood\":false}", id)
                .andExpect(domainRule("S12.1", "customerUnderstood"));
        dealer.post(INVOICE + "/explanation", "{\"customerUnderstood\":true}", id).andExpect(invalid("advisorId"));
        dealer.get(INVOICE, id).andExpect(jsonPath("$.explanation").isEmpty());

        dealer.post(INVOICE + "/explanation", "{\"advisorId\":\"adv-1\",\"customerUnderstood\":true}", id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.explanation.advisorId").value("adv-1"))
                .andExpect(jsonPath("$.explanation.explainedAt").isNotEmpty());
        dealer.post(INVOICE + "/payments", payment, id).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PAID"));
    }

    @Test
    @DisplayName("S12.1: the explanation needs an issued invoice (409 on a draft)")
    void explanationNeedsIssue() throws Exception {
        dealer.post(INVOICE + "/explanation", "{\"advisorId\":\"adv-1\",\"customerUnderstood\":true}", id)
                .andExpect(illegalTransition("READY"));
    }

    @Test
    @DisplayName("S12.2: old parts and the inspection shown to the customer are recorded, with photos")
    void resultsShown() throws Exception {
        dealer.post(INVOICE + "/results-shown", "{\"oldPartsShown\":true,\"inspectionShown\":true}", id)
                .andExpect(illegalTransition("READY"));
        issue();
        dealer.post(INVOICE + "/results-shown", "{\"inspectionShown\":true}", id).andExpect(invalid("oldPartsShown"));

        dealer.post(INVOICE + "/results-shown", """
                {"oldPartsShown":true,"inspectionShown":true,"photos":["photos/old-filter.jpg"],"shownBy":"adv-1"}""", id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results.oldPartsShown").value(true))
                .andExpect(jsonPath("$.results.inspectionShown").value(true))
                .andExpect(jsonPath("$.results.photos[0]").value("photos/old-filter.jpg"))
                .andExpect(jsonPath("$.inspection.inspectorId").value("qc-1"));
    }

    @Test
    @DisplayName("S12.3: the cashier sees totals and payment only: no line descriptions, no rates")
    void cashierView() throws Exception {
        dealer.get(INVOICE + "/cashier-view", id).andExpect(illegalTransition("READY"));
        String number = issue();

        String view = body(dealer.get(INVOICE + "/cashier-view", id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.invoiceNumber").value(number))
                .andExpect(jsonPath("$.customerTotal.amount").value(66_218))
                .andExpect(jsonPath("$.tax.amount").value(7_618))
                .andExpect(jsonPath("$.paid.amount").value(0))
                .andExpect(jsonPath("$.due.amount").value(66_218))
                .andExpect(jsonPath("$.paymentMethods", contains("CASH", "CARD", "TRANSFER")))
                .andExpect(jsonPath("$.lines").doesNotExist())
                .andExpect(jsonPath("$.pricing").doesNotExist()));

        assertThat(view).doesNotContain("Labour", "OIL", "OF-100", "description", "labourRatePerHour", "unitPrice",
                "hours", "cust-7");
    }

    @Test
    @DisplayName("S12.3: a payment that does not add up to what is due is a 422; bad input a 400; nothing changes")
    void wrongPayments() throws Exception {
        issue();
        explain();
        String before = dealer.snapshot(INVOICE, id);

        dealer.post(INVOICE + "/payments", """
                {"cashierId":"cashier-1","payments":[{"method":"CASH","amount":{"amount":66000,"currency":"CNY"}}]}""", id)
                .andExpect(domainRule("S12-payment-sum", "payments"));
        dealer.post(INVOICE + "/payments", """
                {"cashierId":"cashier-1","payments":[{"method":"CASH","amount":{"amount":40000,"currency":"CNY"}},
                 {"method":"CARD","amount":{"amount":40000,"currency":"CNY"}}]}""", id)
                .andExpect(domainRule("S12-payment-sum"));
        dealer.post(INVOICE + "/payments", """
                {"cashierId":"cashier-1","payments":[{"method":"CHEQUE","amount":{"amount":66218,"currency":"CNY"}}]}""", id)
                .andExpect(invalid("payments[0].method"));
        dealer.post(INVOICE + "/payments", """
                {"payments":[{"method":"CASH","amount":{"amount":0,"currency":"CNY"}}]}""", id)
                .andExpect(invalid("cashierId"))
                .andExpect(invalid("payments[0].amount.amount"));

        assertThat(dealer.snapshot(INVOICE, id)).isEqualTo(before);
        dealer.get(INVOICE + "/receipt", id).andExpect(illegalTransition("ISSUED"));
    }

    @Test
    @DisplayName("S12.3: a split payment (cash + card + transfer) settles the invoice; the receipt shows it")
    void splitPaymentAndReceipt() throws Exception {
        String number = issue();
        explain();

        dealer.post(INVOICE + "/payments", """
                {"cashierId":"cashier-1","payments":[{"method":"CASH","amount":{"amount":10000,"currency":"CNY"}},
                 {"method":"CARD","amount":{"amount":50000,"currency":"CNY"}},
                 {"method":"TRANSFER","amount":{"amount":6218,"currency":"CNY"}}]}""", id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PAID"))
                .andExpect(jsonPath("$.paid.amount").value(66_218))
                .andExpect(jsonPath("$.due.amount").value(0))
                .andExpect(jsonPath("$.payments[*].method", contains("CASH", "CARD", "TRANSFER")));

        dealer.get(INVOICE + "/receipt", id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.invoiceNumber").value(number))
                .andExpect(jsonPath("$.customerTotal.amount").value(66_218))
                .andExpect(jsonPath("$.tax.amount").value(7_618))
                .andExpect(jsonPath("$.paid.amount").value(66_218))
                .andExpect(jsonPath("$.cashierId").value("cashier-1"))
                .andExpect(jsonPath("$.payments.length()").value(3));
        dealer.post(INVOICE + "/payments", """
                {"cashierId":"cashier-1","payments":[{"method":"CASH","amount":{"amount":1,"currency":"CNY"}}]}""", id)
                .andExpect(illegalTransition("PAID"));
    }

    @Test
    @DisplayName("S12.4: delivery before payment is a 409; without thanks a 422; after payment and thanks the car is delivered")
    void delivery() throws Exception {
        String delivery = "{\"advisorId\":\"adv-1\",\"mileageKm\":10230,\"thanked\":true}";
        issue();
        dealer.post(INVOICE + "/delivery", delivery, id).andExpect(illegalTransition("ISSUED"));
        explain();
        pay();

        dealer.post(INVOICE + "/delivery", "{\"advisorId\":\"adv-1\",\"thanked\":true}", id).andExpect(invalid("mileageKm"));
        dealer.post(INVOICE + "/delivery", "{\"advisorId\":\"adv-1\",\"mileageKm\":10230,\"thanked\":false}", id)
                .andExpect(domainRule("S12.4", "thanked"));
        dealer.get(INVOICE, id).andExpect(jsonPath("$.status").value("PAID"));

        dealer.post(INVOICE + "/delivery", delivery, id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DELIVERED"))
                .andExpect(jsonPath("$.delivery.mileageKm").value(10_230))
                .andExpect(jsonPath("$.delivery.thanked").value(true));
        dealer.post(INVOICE + "/delivery", delivery, id).andExpect(illegalTransition("DELIVERED"));
    }

    @Test
    @DisplayName("S11.1: with the dealer's CLOCKED basis, a draft charges the clocked hours x the dealer's rate")
    void clockedBasisFromSettings() throws Exception {
        ro.apply(invoices, ro.completed("job-1", "OIL", "1.5", "1.25"));
        dealer.put("/api/billing-settings", """
                {"taxRatePercent":13,"labourBasis":"CLOCKED","labourRatePerHour":{"amount":32000,"currency":"CNY"}}""")
                .andExpect(status().isOk());

        dealer.get(INVOICE, id)
                .andExpect(jsonPath("$.pricing.labourBasis").value("CLOCKED"))
                .andExpect(jsonPath("$.lines[0].basis").value("CLOCKED"))
                .andExpect(jsonPath("$.lines[0].hours").value(1.25))
                .andExpect(jsonPath("$.lines[0].amount.amount").value(40_000))
                .andExpect(jsonPath("$.lines[0].sources[1].id").value("job-1"))
                .andExpect(jsonPath("$.totals.customerNet.amount").value(53_600));
    }
}
