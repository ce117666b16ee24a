package com.aftersales.reception.additionalwork;

import com.aftersales.platform.test.ServiceTest;
import com.aftersales.reception.support.Dealership;
import com.aftersales.reception.support.Events;
import com.aftersales.reception.support.ReceptionEventsReader;
import com.jayway.jsonpath.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static com.aftersales.reception.support.Dealership.read;
import static com.aftersales.platform.test.ProblemMatchers.illegalTransition;
import static com.aftersales.platform.test.ProblemMatchers.invalid;
import static com.aftersales.platform.test.ProblemMatchers.notFound;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * S8.2: AdditionalWorkRequested from workshop.events waits on the RO; the advisor records the customer's
 * consent or refusal; only consent changes the estimate, the cost and the promised time.
 */
@ServiceTest
class AdditionalWorkKafkaTest {

    static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    MockMvc http;

    final Events events = new Events();
    final ReceptionEventsReader reception = new ReceptionEventsReader();

    Dealership dealer;
    String ro;
    Instant promised;

    @BeforeEach
    void anOrderWithApprovedWork() throws Exception {
        dealer = Dealership.fresh(http).withLabourRate().withPart("BP-300", "Brake pads rear", 20_000, 4);
        ro = dealer.walkIn();
        promised = Instant.parse(read(dealer.get("/api/repair-orders/{id}", ro), "$.promisedAt"));
        dealer.labourLine(ro, "Replace front brake pads", "1.5");
        dealer.timeRange(ro);
        dealer.present(ro);
        dealer.post("/api/repair-orders/{id}/estimate/decisions", """
                {"how":"IN_PERSON","recordedBy":"adv-1","decisions":[{"lineId":"L1","approved":true}]}""", ro)
                .andExpect(status().isOk());
    }

    String requested(String requestId, int extraMinutes) {
        return """
                {"repairOrderId":"%s","requestId":"%s","jobId":"job-1","technicianId":"tech-3","reason":"rear pads worn to 2 mm",
                 "lines":[{"description":"Replace rear brake pads","labourOperationCode":"BRAKE-R","standardHours":1,
                           "partNumber":"BP-300","quantity":1}],
                 "estimatedExtraCost":{"amount":50000,"currency":"CNY"},"estimatedExtraMinutes":%d,"requestedAt":"%s"}"""
                .formatted(ro, requestId, extraMinutes, Instant.now());
    }

    String request(String requestId, int extraMinutes) {
        return events.publish("workshop.events", ro, "AdditionalWorkRequested", dealer.id(), "workshop", requested(requestId, extraMinutes));
    }

    void awaitRequests(int count) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                dealer.get("/api/repair-orders/{id}/additional-work", ro).andExpect(jsonPath("$.length()").value(count)));
    }

    @Test
    @DisplayName("S8.2: AdditionalWorkRequested arrives as a pending request; nothing else changes yet")
    void aRequestArrivesPending() throws Exception {
        request("R1", 45);

        awaitRequests(1);
        dealer.get("/api/repair-orders/{id}/additional-work", ro)
                .andExpect(jsonPath("$[0].requestId").value("R1"))
                .andExpect(jsonPath("$[0].status").value("PENDING"))
                .andExpect(jsonPath("$[0].technicianId").value("tech-3"))
                .andExpect(jsonPath("$[0].reason").value("rear pads worn to 2 mm"))
                .andExpect(jsonPath("$[0].lines[0].partNumber").value("BP-300"))
                .andExpect(jsonPath("$[0].estimatedExtraCost.amount").value(50_000))
                .andExpect(jsonPath("$[0].estimatedExtraMinutes").value(45));
        dealer.get("/api/repair-orders/{id}", ro)
                .andExpect(jsonPath("$.pendingAdditionalWork").value(1))
                .andExpect(jsonPath("$.promisedAt").value(promised.toString()))
                .andExpect(jsonPath("$.estimate.version").value(1));
    }

    @Test
    @DisplayName("S8.2: the same request delivered twice is one request")
    void aRedeliveredRequestIsOne() throws Exception {
        String eventId = UUID.randomUUID().toString();
        events.publish("workshop.events", ro, eventId, "AdditionalWorkRequested", dealer.id(), "workshop", requested("R1", 45));
        events.publish("workshop.events", ro, eventId, "AdditionalWorkRequested", dealer.id(), "workshop", requested("R1", 45));
        request("R2", 10);

        awaitRequests(2);
        dealer.get("/api/repair-orders/{id}/additional-work", ro).andExpect(jsonPath("$[*].requestId", contains("R1", "R2")));
    }

    @Test
    @DisplayName("S8.2: consent adds the work to the estimate as approved lines and changes cost and promised time")
    void consentChangesEstimateCostAndPromise() throws Exception {
        request("R1", 45);
        awaitRequests(1);

        dealer.post("/api/repair-orders/{id}/additional-work/R1/decision", """
                {"consent":true,"recordedBy":"adv-1","how":"PHONE"}""", ro)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CONSENTED"))
                .andExpect(jsonPath("$.outcome.addedLineIds", contains("L2", "L3")))
                .andExpect(jsonPath("$.outcome.promisedAt").value(promised.plusSeconds(45 * 60).toString()));

        dealer.get("/api/repair-orders/{id}/estimate", ro)
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.lines[1].additionalWorkRequestId").value("R1"))
                .andExpect(jsonPath("$.lines[1].decision.approved").value(true))
                .andExpect(jsonPath("$.lines[2].availability").value("IN_STOCK"))
                // 450.00 approved before + 300.00 labour + 200.00 part
                .andExpect(jsonPath("$.approvedTotal.amount").value(95_000));
        dealer.get("/api/repair-orders/{id}", ro)
                .andExpect(jsonPath("$.promisedAt").value(promised.plusSeconds(45 * 60).toString()))
                .andExpect(jsonPath("$.promiseRevisions[0].reason").value("additional work R1 consented"))
                .andExpect(jsonPath("$.pendingAdditionalWork").value(0));

        List<ConsumerRecord<String, String>> published = reception.eventsOf(ro, "PromisedTimeRevised");
        ConsumerRecord<String, String> consented = published.stream()
                .filter(r -> ReceptionEventsReader.type(r).equals("AdditionalWorkConsented")).findFirst().orElseThrow();
        assertThat(consented.key()).isEqualTo(ro);
        assertThat((Integer) JsonPath.read(consented.value(), "$.payload.extraCost.amount")).isEqualTo(50_000);
        assertThat((List<String>) JsonPath.read(consented.value(), "$.payload.lines[*].lineId")).containsExactly("L2", "L3");

        dealer.post("/api/repair-orders/{id}/additional-work/R1/decision", "{\"consent\":false,\"reason\":\"no\",\"recordedBy\":\"adv-1\"}", ro)
                .andExpect(illegalTransition("CONSENTED"));
    }

    @Test
    @DisplayName("S8.2: refusal is recorded and changes neither the estimate, nor the cost, nor the promised time")
    void refusalChangesNothingButTheRecord() throws Exception {
        request("R1", 45);
        awaitRequests(1);
        String estimateBefore = dealer.snapshot("/api/repair-orders/{id}/estimate", ro).replaceAll("\"repairOrderVersion\":\\d+", "");

        dealer.post("/api/repair-orders/{id}/additional-work/R1/decision",
                        "{\"consent\":false,\"reason\":\"next visit\",\"recordedBy\":\"adv-1\",\"how\":\"PHONE\"}", ro)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REFUSED"))
                .andExpect(jsonPath("$.outcome.reason").value("next visit"));

        assertThat(dealer.snapshot("/api/repair-orders/{id}/estimate", ro).replaceAll("\"repairOrderVersion\":\\d+", ""))
                .isEqualTo(estimateBefore);
        dealer.get("/api/repair-orders/{id}", ro)
                .andExpect(jsonPath("$.promisedAt").value(promised.toString()))
                .andExpect(jsonPath("$.promiseRevisions.length()").value(0));
        assertThat(JsonPath.<String>read(reception.first(ro, "AdditionalWorkRefused").value(), "$.payload.reason")).isEqualTo("next visit");
    }

    @Test
    @DisplayName("S8.2: a decision without consent or recorder, a refusal without reason, an unknown request are refused")
    void badDecisionsChangeNothing() throws Exception {
        request("R1", 45);
        awaitRequests(1);
        String before = dealer.snapshot("/api/repair-orders/{id}", ro);

        dealer.post("/api/repair-orders/{id}/additional-work/R1/decision", "{\"recordedBy\":\"adv-1\"}", ro).andExpect(invalid("consent"));
        dealer.post("/api/repair-orders/{id}/additional-work/R1/decision", "{\"consent\":true}", ro).andExpect(invalid("recordedBy"));
        dealer.post("/api/repair-orders/{id}/additional-work/R1/decision", "{\"consent\":false,\"recordedBy\":\"adv-1\"}", ro)
                .andExpect(invalid("reason"));
        dealer.post("/api/repair-orders/{id}/additional-work/R1/decision", """
                {"consent":true,"recordedBy":"adv-1","promisedAt":"%s"}""".formatted(Instant.now().minusSeconds(60)), ro)
                .andExpect(invalid("promisedAt"));
        dealer.post("/api/repair-orders/{id}/additional-work/R9/decision", "{\"consent\":true,\"recordedBy\":\"adv-1\"}", ro)
                .andExpect(notFound("additional-work request"));

        org.assertj.core.api.Assertions.assertThat(dealer.snapshot("/api/repair-orders/{id}", ro)).isEqualTo(before);
    }
}
