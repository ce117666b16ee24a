package com.aftersales.billing.invoice;

import com.aftersales.billing.support.Dealership;
import com.aftersales.billing.support.RepairOrderFacts;
import com.aftersales.contracts.EventTopics;
import com.aftersales.contracts.parts.PartsEvents.PartsIssued;
import com.aftersales.platform.events.EventEnvelopes;
import com.aftersales.platform.test.KafkaProbe;
import com.aftersales.platform.test.ServiceTest;
import com.jayway.jsonpath.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static com.aftersales.billing.support.RepairOrderFacts.labour;
import static com.aftersales.billing.support.RepairOrderFacts.newId;
import static com.aftersales.billing.support.RepairOrderFacts.part;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Billing on the real broker: the invoice is assembled from reception's, parts' and workshop's contract envelopes
 * (S11.1); a redelivered event has one effect; InvoiceIssued, InvoiceExplained, PaymentReceived and
 * VehicleDelivered are published on billing.events keyed by the repair order.
 */
@ServiceTest
class BillingEventsKafkaTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final String INVOICE = "/api/invoices/{id}";

    @Autowired
    MockMvc http;
    @Autowired
    EventEnvelopes envelopes;

    final KafkaProbe kafka = KafkaProbe.onTestBroker();
    Dealership dealer;
    RepairOrderFacts ro;

    @BeforeEach
    void freshDealer() {
        dealer = Dealership.fresh(http);
        ro = new RepairOrderFacts(dealer);
    }

    @Test
    @DisplayName("S11.1: the invoice is built from the contract events; an issued part never approved is not charged")
    void invoiceBuiltFromEvents() throws Exception {
        ro.publish(kafka, envelopes,
                ro.opened(),
                ro.approved(labour("L1", "MAINT-10K", "1.5", 45_000), part("L2", "OF-100", 2, 13_600)),
                ro.issued("OF-100", 2, 6_800),
                ro.issued("WIPER-9", 1, 9_900),
                ro.completed("job-1", "MAINT-10K", "1.5", "1.4"),
                ro.inspected(),
                ro.ready());

        await().atMost(PATIENCE).untilAsserted(() -> dealer.get(INVOICE, ro.invoiceId())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("READY"))
                .andExpect(jsonPath("$.repairOrderNumber").value("RO-20261127-0042"))
                .andExpect(jsonPath("$.customerId").value("cust-7"))
                .andExpect(jsonPath("$.lines[*].lineId", contains("LAB-L1", "PART-OF-100")))
                .andExpect(jsonPath("$.lines[0].sources[*].id", hasItem("job-1")))
                .andExpect(jsonPath("$.notCharged[0].partNumber").value("WIPER-9"))
                .andExpect(jsonPath("$.inspection.inspectionId").value("insp-1"))
                .andExpect(jsonPath("$.totals.customerTotal.amount").value(66_218)));
    }

    @Test
    @DisplayName("S11.1 idempotency: the same PartsIssued delivered twice is charged once")
    void redeliveryHasOneEffect() throws Exception {
        ro.publish(kafka, envelopes, ro.opened(), ro.approved(part("L2", "OF-100", 4, 27_200)));
        String eventId = newId();
        PartsIssued issued = ro.issued("OF-100", 2, 6_800);

        ro.publish(kafka, envelopes, eventId, issued);
        ro.publish(kafka, envelopes, eventId, issued);
        // same topic and key, so same partition: once the marker is in, both copies before it were handled
        ro.publish(kafka, envelopes, ro.issued("MARKER-1", 1, 100));

        await().atMost(PATIENCE).untilAsserted(() -> dealer.get(INVOICE, ro.invoiceId())
                .andExpect(jsonPath("$.notCharged[*].partNumber", hasItem("MARKER-1"))));
        dealer.get(INVOICE, ro.invoiceId())
                .andExpect(jsonPath("$.lines[0].quantity").value(2))
                .andExpect(jsonPath("$.lines[0].amount.amount").value(13_600))
                .andExpect(jsonPath("$.lines[0].sources.length()").value(2));
    }

    @Test
    @DisplayName("Steps 11-12: InvoiceIssued, InvoiceExplained, PaymentReceived and VehicleDelivered are published keyed by the RO")
    void publishesTheBillingEvents() throws Exception {
        ro.publish(kafka, envelopes,
                ro.opened(),
                ro.approved(labour("L1", "MAINT-10K", "1.5", 45_000)),
                ro.ready());
        String id = ro.invoiceId();
        await().atMost(PATIENCE).untilAsserted(() -> dealer.get(INVOICE, id)
                .andExpect(jsonPath("$.status").value("READY"))
                .andExpect(jsonPath("$.customerId").value("cust-7"))
                .andExpect(jsonPath("$.totals.customerTotal.amount").value(50_850)));

        dealer.post(INVOICE + "/issue", "{\"issuedBy\":\"adv-1\"}", id).andExpect(status().isOk());
        dealer.post(INVOICE + "/explanation", "{\"advisorId\":\"adv-1\",\"customerUnderstood\":true}", id)
                .andExpect(status().isOk());
        dealer.post(INVOICE + "/payments", """
                {"cashierId":"cashier-1","payments":[{"method":"CASH","amount":{"amount":850,"currency":"CNY"}},
                 {"method":"CARD","amount":{"amount":50000,"currency":"CNY"}}]}""", id).andExpect(status().isOk());
        dealer.post(INVOICE + "/delivery", "{\"advisorId\":\"adv-1\",\"mileageKm\":10230,\"thanked\":true}", id)
                .andExpect(status().isOk());

        Map<String, ConsumerRecord<String, String>> published = billingEvents(ro.id(), 4);
        assertThat(published).containsOnlyKeys("InvoiceIssued", "InvoiceExplained", "PaymentReceived", "VehicleDelivered");
        published.values().forEach(record -> {
            assertThat(record.key()).isEqualTo(ro.id());
            assertThat(KafkaProbe.header(record, "dealerId")).isEqualTo(dealer.id());
        });
        String issued = published.get("InvoiceIssued").value();
        assertThat((String) JsonPath.read(issued, "$.payload.invoiceId")).isEqualTo(id);
        assertThat((String) JsonPath.read(issued, "$.payload.invoiceNumber")).startsWith("INV-");
        assertThat((Integer) JsonPath.read(issued, "$.payload.customerTotal.amount")).isEqualTo(50_850);
        assertThat((Integer) JsonPath.read(issued, "$.payload.tax.amount")).isEqualTo(5_850);
        String paid = published.get("PaymentReceived").value();
        assertThat((List<String>) JsonPath.read(paid, "$.payload.payments[*].method")).containsExactly("CASH", "CARD");
        assertThat((String) JsonPath.read(paid, "$.payload.cashierId")).isEqualTo("cashier-1");
        String delivered = published.get("VehicleDelivered").value();
        assertThat((String) JsonPath.read(delivered, "$.payload.customerId")).isEqualTo("cust-7");
        assertThat((String) JsonPath.read(delivered, "$.payload.vehicleId")).isEqualTo("veh-7");
        assertThat((Integer) JsonPath.read(delivered, "$.payload.mileageKm")).isEqualTo(10_230);
        assertThat((Boolean) JsonPath.read(delivered, "$.payload.maintenanceDone")).isTrue();
    }

    /** The first record of each event type published on billing.events with this key. */
    private Map<String, ConsumerRecord<String, String>> billingEvents(String key, int types) {
        List<ConsumerRecord<String, String>> found = kafka.read(EventTopics.BILLING, record -> key.equals(record.key()),
                records -> records.stream().map(r -> KafkaProbe.header(r, "eventType")).distinct().count() >= types,
                PATIENCE);
        Set<String> seen = new HashSet<>();
        return found.stream().filter(record -> seen.add(KafkaProbe.header(record, "eventType")))
                .collect(Collectors.toMap(record -> KafkaProbe.header(record, "eventType"), record -> record));
    }
}
