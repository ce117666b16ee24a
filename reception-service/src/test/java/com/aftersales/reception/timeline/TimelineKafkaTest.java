package com.aftersales.reception.timeline;

import com.aftersales.platform.test.ServiceTest;
import com.aftersales.reception.support.Dealership;
import com.aftersales.reception.support.Events;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static com.aftersales.reception.support.Dealership.customerArrived;
import static com.aftersales.reception.support.Dealership.read;
import static com.aftersales.platform.test.ProblemMatchers.notFound;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** G1: every step of an RO, who and when, from every service's events (the appointment's before the RO too), in one call. */
@ServiceTest
class TimelineKafkaTest {

    static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    MockMvc http;

    final Events events = new Events();

    Dealership dealer;
    String appointment;

    @BeforeEach
    void freshDealer() {
        dealer = Dealership.fresh(http);
        appointment = "appt-" + UUID.randomUUID();
    }

    void awaitTimelineWith(String ro, String type) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(150)).untilAsserted(() ->
                dealer.get("/api/repair-orders/{id}/timeline", ro).andExpect(jsonPath("$.entries[*].type").value(hasItem(type))));
    }

    @Test
    @DisplayName("G1: the timeline lists the steps of every service in time order, with who did them")
    void theTimelineListsEveryStepInOrder() throws Exception {
        events.publish("appointment.events", appointment, "AppointmentBooked", dealer.id(), "appointment",
                customerArrived(appointment, Instant.now()).replace("\"arrivedAt\"", "\"bookedAt\""));
        String ro = dealer.arrivedAppointment(events, appointment);
        dealer.post("/api/repair-orders/{id}/greeting", "{\"advisorId\":\"adv-2\"}", ro).andExpect(status().isOk());
        dealer.post("/api/repair-orders/{id}/concerns", "{\"customerWords\":\"It pulls to the left\",\"recordedBy\":\"adv-2\"}", ro)
                .andExpect(status().isCreated());
        awaitTimelineWith(ro, "ConcernRecorded");
        events.publish("parts.events", ro, "PartsReserved", dealer.id(), "parts", """
                {"reservationId":"res-1","repairOrderId":"%s","appointmentId":null,
                 "lines":[{"partNumber":"OF-100","quantity":1}],"reservedAt":"%s"}""".formatted(ro, Instant.now()));
        events.publish("workshop.events", ro, "AdditionalWorkRequested", dealer.id(), "workshop", """
                {"repairOrderId":"%s","requestId":"R1","jobId":"job-1","technicianId":"tech-3","reason":"worn tie rod",
                 "lines":[],"estimatedExtraCost":{"amount":30000,"currency":"CNY"},"estimatedExtraMinutes":30,
                 "requestedAt":"%s"}""".formatted(ro, Instant.now()));
        // billing has not written its contract yet: any envelope keyed by the RO is on the timeline
        events.publish("billing.events", ro, "InvoiceIssued", dealer.id(), "billing", """
                {"invoiceId":"inv-1","cashierId":"cash-1","total":{"amount":49500,"currency":"CNY"}}""");

        awaitTimelineWith(ro, "InvoiceIssued");
        List<String> types = read(dealer.get("/api/repair-orders/{id}/timeline", ro), "$.entries[*].type");
        assertThat(types).containsExactly("AppointmentBooked", "CustomerArrived", "RepairOrderOpened", "CustomerGreeted",
                "ConcernRecorded", "PartsReserved", "AdditionalWorkRequested", "InvoiceIssued");
        List<String> who = read(dealer.get("/api/repair-orders/{id}/timeline", ro), "$.entries[*].who");
        assertThat(who).containsExactly("adv-1", "adv-1", "adv-1", "adv-2", "adv-2", "parts-service", "tech-3", "cash-1");
        List<String> sources = read(dealer.get("/api/repair-orders/{id}/timeline", ro), "$.entries[*].source");
        assertThat(sources).containsExactly("appointment", "appointment", "reception", "reception", "reception", "parts",
                "workshop", "billing");
        dealer.get("/api/repair-orders/{id}/timeline", ro)
                .andExpect(jsonPath("$.repairOrderNumber").exists())
                .andExpect(jsonPath("$.appointmentId").value(appointment))
                .andExpect(jsonPath("$.entries[4].summary").value("Concern C1 in the customer's words: \"It pulls to the left\""))
                .andExpect(jsonPath("$.entries[7].summary").value("Invoice issued"))
                .andExpect(jsonPath("$.entries[0].at").exists());
        List<String> times = read(dealer.get("/api/repair-orders/{id}/timeline", ro), "$.entries[*].at");
        assertThat(times.stream().map(Instant::parse).toList()).isSorted();
    }

    @Test
    @DisplayName("G1: an event delivered twice is one step; other ROs' and other dealers' steps are not shown")
    void eachStepOnceAndOnlyThisOrders() throws Exception {
        String ro = dealer.walkIn();
        String other = dealer.walkIn();
        String eventId = UUID.randomUUID().toString();
        String payload = "{\"repairOrderId\":\"%s\",\"inspectedBy\":\"qc-1\",\"result\":\"PASSED\"}".formatted(ro);

        events.publish("workshop.events", ro, eventId, "FinalInspectionPassed", dealer.id(), "workshop", payload);
        events.publish("workshop.events", ro, eventId, "FinalInspectionPassed", dealer.id(), "workshop", payload);
        events.publish("workshop.events", other, "FinalInspectionPassed", dealer.id(), "workshop",
                "{\"repairOrderId\":\"%s\",\"inspectedBy\":\"qc-2\"}".formatted(other));
        events.publish("workshop.events", ro, "FinalInspectionPassed", "dealer-someone-else", "workshop",
                "{\"repairOrderId\":\"%s\",\"inspectedBy\":\"qc-3\"}".formatted(ro));
        events.publish("followup.events", ro, "FollowUpCompleted", dealer.id(), "followup",
                "{\"repairOrderId\":\"%s\",\"agentId\":\"agent-7\",\"satisfied\":true}".formatted(ro));

        awaitTimelineWith(ro, "FollowUpCompleted");
        List<String> types = read(dealer.get("/api/repair-orders/{id}/timeline", ro), "$.entries[*].type");
        assertThat(types).containsExactly("RepairOrderOpened", "FinalInspectionPassed", "FollowUpCompleted");
        dealer.get("/api/repair-orders/{id}/timeline", ro)
                .andExpect(jsonPath("$.entries[1].who").value("qc-1"))
                .andExpect(jsonPath("$.entries[1].summary").value("Final inspection passed"))
                .andExpect(jsonPath("$.entries[2].who").value("agent-7"));
        Dealership.fresh(http).get("/api/repair-orders/{id}/timeline", ro).andExpect(notFound("repair order"));
    }
}
