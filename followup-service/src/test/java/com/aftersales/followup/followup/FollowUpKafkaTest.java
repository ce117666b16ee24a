package com.aftersales.followup.followup;

import com.aftersales.followup.support.Dealership;
import com.aftersales.followup.support.Events;
import com.aftersales.platform.test.ServiceTest;
import com.jayway.jsonpath.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static com.aftersales.followup.support.Dealership.PATIENCE;
import static com.aftersales.followup.support.Dealership.newRepairOrder;
import static com.aftersales.followup.support.Dealership.vehicleDelivered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/** Step 13: VehicleDelivered on billing.events schedules the follow-up call, once per RO. */
@ServiceTest
class FollowUpKafkaTest {

    static final String TOPIC = "billing.events";

    @Autowired
    MockMvc http;

    final Events events = new Events();
    Dealership dealer;
    String ro;

    @BeforeEach
    void freshDealer() {
        dealer = Dealership.fresh(http);
        ro = newRepairOrder();
    }

    @Test
    @DisplayName("Step 13: a delivery schedules the follow-up three days after the delivery day (dealer's zone), with customer and vehicle, and publishes FollowUpScheduled")
    void aDeliverySchedulesTheFollowUp() throws Exception {
        // 01:30 on 28 November in Shanghai, still the 27th in UTC
        String followUp = dealer.delivered(events, ro, Instant.parse("2026-11-27T17:30:00Z"));

        dealer.get("/api/follow-ups/{id}", followUp)
                .andExpect(jsonPath("$.repairOrderId").value(ro))
                .andExpect(jsonPath("$.customerId").value("cust-" + ro))
                .andExpect(jsonPath("$.vehicleId").value("veh-" + ro))
                .andExpect(jsonPath("$.invoiceId").value("inv-" + ro))
                .andExpect(jsonPath("$.deliveredOn").value("2026-11-28"))
                .andExpect(jsonPath("$.dueOn").value("2026-12-01"))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.attempts").isEmpty());

        List<ConsumerRecord<String, String>> published = events.probe().read("followup.events", r -> ro.equals(r.key()),
                found -> !found.isEmpty(), PATIENCE);
        assertThat(published).isNotEmpty();
        assertThat(JsonPath.<String>read(published.get(0).value(), "$.type")).isEqualTo("FollowUpScheduled");
        assertThat(JsonPath.<String>read(published.get(0).value(), "$.dealerId")).isEqualTo(dealer.id());
        assertThat(JsonPath.<String>read(published.get(0).value(), "$.payload.followUpId")).isEqualTo(followUp);
        assertThat(JsonPath.<String>read(published.get(0).value(), "$.payload.dueOn")).isEqualTo("2026-12-01");
    }

    @Test
    @DisplayName("Step 13: the same delivery delivered twice, or again under another event id, makes one follow-up")
    void aRedeliveredDeliveryMakesOneFollowUp() throws Exception {
        String eventId = UUID.randomUUID().toString();
        String payload = vehicleDelivered(ro, Instant.now());
        events.publish(TOPIC, ro, eventId, "VehicleDelivered", dealer.id(), "billing", payload);
        events.publish(TOPIC, ro, eventId, "VehicleDelivered", dealer.id(), "billing", payload);
        events.publish(TOPIC, ro, "VehicleDelivered", dealer.id(), "billing", payload);
        // same key, same partition: once the marker's follow-up is there, the copies before it were handled
        String marker = newRepairOrder();
        events.publish(TOPIC, ro, "VehicleDelivered", dealer.id(), "billing", vehicleDelivered(marker, Instant.now()));
        dealer.awaitFollowUpOf(marker);

        dealer.get("/api/follow-ups?repairOrderId={ro}", ro).andExpect(jsonPath("$.total").value(1));
        dealer.get("/api/follow-ups?status=OPEN&dueBy={d}", Dealership.today().plusDays(30)).andExpect(jsonPath("$.total").value(2));
    }

    @Test
    @DisplayName("Step 13: other billing events schedule nothing")
    void otherBillingEventsScheduleNothing() throws Exception {
        events.publish(TOPIC, ro, "InvoiceIssued", dealer.id(), "billing", """
                {"repairOrderId":"%s","invoiceId":"inv-1","invoiceNumber":"INV-1","issuedAt":"%s"}""".formatted(ro, Instant.now()));
        String marker = newRepairOrder();
        events.publish(TOPIC, ro, "VehicleDelivered", dealer.id(), "billing", vehicleDelivered(marker, Instant.now()));
        dealer.awaitFollowUpOf(marker);

        dealer.get("/api/follow-ups?repairOrderId={ro}", ro).andExpect(jsonPath("$.total").value(0));
    }
}
