package com.aftersales.reception.parts;

import com.aftersales.platform.test.ServiceTest;
import com.aftersales.reception.support.Dealership;
import com.aftersales.reception.support.Events;
import com.aftersales.reception.support.ReceptionEventsReader;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/** S6.2: when a backordered part arrives, the customer is told and the repair is given priority. */
@ServiceTest
class BackorderArrivalKafkaTest {

    static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    MockMvc http;

    final Events events = new Events();

    Dealership dealer;
    String ro;

    @BeforeEach
    void anOrder() throws Exception {
        dealer = Dealership.fresh(http);
        ro = dealer.walkIn();
    }

    String arrived(String partNumber) {
        return """
                {"reservationId":"res-1","repairOrderId":"%s","partNumber":"%s","quantity":2,"arrivedAt":"%s"}"""
                .formatted(ro, partNumber, Instant.now());
    }

    @Test
    @DisplayName("S6.2: BackorderedPartArrived flags the RO priority and records a message to the customer")
    void theCustomerIsToldAndTheRepairPrioritised() throws Exception {
        events.publish("parts.events", ro, "BackorderedPartArrived", dealer.id(), "parts", arrived("BP-200"));

        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                dealer.get("/api/repair-orders/{id}", ro).andExpect(jsonPath("$.priority").value(true)));
        dealer.get("/api/repair-orders/{id}", ro)
                .andExpect(jsonPath("$.priorityFlags[0].reason").value("backordered part BP-200 arrived"));
        dealer.get("/api/repair-orders/{id}/messages", ro)
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].channel").value("SMS"))
                .andExpect(jsonPath("$[0].sentBy").value("system"))
                .andExpect(jsonPath("$[0].delivery").value("RECORDED"))
                .andExpect(jsonPath("$[0].message").value(containsString("BP-200")));
        dealer.get("/api/repair-orders?size=5").andExpect(jsonPath("$.items[0].priority").value(true));
        String recorded = new ReceptionEventsReader().first(ro, "CustomerMessageRecorded").value();
        assertThat(JsonPath.<String>read(recorded, "$.payload.message")).contains("BP-200");
    }

    @Test
    @DisplayName("S6.2: the same arrival delivered twice tells the customer once")
    void aRedeliveredArrivalTellsOnce() throws Exception {
        String eventId = UUID.randomUUID().toString();
        events.publish("parts.events", ro, eventId, "BackorderedPartArrived", dealer.id(), "parts", arrived("BP-200"));
        events.publish("parts.events", ro, eventId, "BackorderedPartArrived", dealer.id(), "parts", arrived("BP-200"));
        events.publish("parts.events", ro, "BackorderedPartArrived", dealer.id(), "parts", arrived("BD-100"));

        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                dealer.get("/api/repair-orders/{id}/messages", ro).andExpect(jsonPath("$[-1].message").value(containsString("BD-100"))));
        dealer.get("/api/repair-orders/{id}/messages", ro).andExpect(jsonPath("$.length()").value(2));
        dealer.get("/api/repair-orders/{id}", ro).andExpect(jsonPath("$.priorityFlags.length()").value(2));
    }

    @Test
    @DisplayName("S6.2: an arrival for another dealer's RO changes nothing")
    void anotherDealersArrivalChangesNothing() throws Exception {
        events.publish("parts.events", ro, "BackorderedPartArrived", "dealer-someone-else", "parts", arrived("BP-200"));
        events.publish("parts.events", ro, "BackorderedPartArrived", dealer.id(), "parts", arrived("BD-100"));

        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                dealer.get("/api/repair-orders/{id}/messages", ro).andExpect(jsonPath("$.length()").value(1)));
        dealer.get("/api/repair-orders/{id}/messages", ro).andExpect(jsonPath("$[0].message").value(containsString("BD-100")));
    }
}
