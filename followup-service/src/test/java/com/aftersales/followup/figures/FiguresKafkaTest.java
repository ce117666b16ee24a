package com.aftersales.followup.figures;

import com.aftersales.followup.support.Dealership;
import com.aftersales.followup.support.Events;
import com.aftersales.platform.test.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.aftersales.followup.support.Dealership.PATIENCE;
import static com.aftersales.followup.support.Dealership.newRepairOrder;
import static com.aftersales.followup.support.Dealership.today;
import static com.aftersales.platform.test.ProblemMatchers.invalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/** G3: the service manager's figures and metrics from a sequence of events of every service, each counted once. */
@ServiceTest
class FiguresKafkaTest {

    @Autowired
    MockMvc http;

    final Events events = new Events();
    Dealership dealer;
    String ro;
    /** Five hours ago, to the second. */
    Instant t0;

    @BeforeEach
    void freshDealer() {
        dealer = Dealership.fresh(http);
        ro = newRepairOrder();
        t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(5));
    }

    Instant at(int minutes) {
        return t0.plus(Duration.ofMinutes(minutes));
    }

    void publish(String topic, String key, String type, String payload) {
        events.publish(topic, key, type, dealer.id(), topic.substring(0, topic.indexOf('.')), payload);
    }

    String prometheus() throws Exception {
        return Dealership.body(http.perform(get("/actuator/prometheus")));
    }

    static Pattern metric(String name, String dealer, String tag, String value, String amount) {
        return Pattern.compile(Pattern.quote(name) + "\\{[^}]*dealer=\"" + Pattern.quote(dealer) + "\"[^}]*" + tag + "=\""
                + Pattern.quote(value) + "\"[^}]*} " + Pattern.quote(amount) + "\\b");
    }

    @Test
    @DisplayName("G3: one RO's journey through every service gives step times, promises, rework, first-time fix, satisfaction, declines, efficiency, fill rate, appointments; and the same as Prometheus metrics")
    void figuresFromEveryService() throws Exception {
        String appointment = "appt-" + UUID.randomUUID();
        String greeted = """
                {"repairOrderId":"%s","advisorId":"adv-1","arrivedAt":"%s","greetedAt":"%s","waitSeconds":180}"""
                .formatted(ro, at(0), at(3));
        String greetedId = UUID.randomUUID().toString();
        publish("appointment.events", appointment, "CustomerArrived",
                "{\"appointmentId\":\"%s\",\"arrivedAt\":\"%s\",\"preparation\":null}".formatted(appointment, at(0)));
        publish("appointment.events", "appt-2", "CustomerArrived",
                "{\"appointmentId\":\"appt-2\",\"arrivedAt\":\"%s\",\"preparation\":null}".formatted(at(10)));
        publish("appointment.events", "appt-3", "AppointmentNoShowRecorded",
                "{\"appointmentId\":\"appt-3\",\"date\":\"%s\",\"releasedParts\":[],\"recordedAt\":\"%s\"}".formatted(today(), at(20)));
        publish("reception.events", ro, "RepairOrderOpened", """
                {"repairOrderId":"%s","repairOrderNumber":"RO-1","appointmentId":"%s","customerId":"c","vehicleId":"v",
                 "advisorId":"adv-1","walkIn":false,"promisedAt":"%s","openedAt":"%s"}""".formatted(ro, appointment, at(300), at(0)));
        events.publish("reception.events", ro, greetedId, "CustomerGreeted", dealer.id(), "reception", greeted);
        events.publish("reception.events", ro, greetedId, "CustomerGreeted", dealer.id(), "reception", greeted);
        publish("reception.events", ro, "EstimatePresented", """
                {"repairOrderId":"%s","estimateVersion":1,"lines":[],"presentedBy":"adv-1","presentedAt":"%s"}""".formatted(ro, at(33)));
        publish("reception.events", ro, "EstimateLinesApproved", """
                {"repairOrderId":"%s","estimateVersion":1,"lines":[],"how":"IN_PERSON","recordedBy":"adv-1","approvedAt":"%s"}"""
                .formatted(ro, at(43)));
        publish("reception.events", ro, "EstimateLinesDeclined", """
                {"repairOrderId":"%s","estimateVersion":1,"lines":[{"lineId":"L2","description":"Wipers","reason":"PRICE"},
                 {"lineId":"L3","description":"Cabin filter","reason":null}],"advisorId":"adv-1","declinedAt":"%s"}""".formatted(ro, at(43)));
        publish("parts.events", ro, "PartsReserved", """
                {"reservationId":"r1","repairOrderId":"%s","lines":[{"partNumber":"BP-1","quantity":1},{"partNumber":"OF-1","quantity":1}],
                 "reservedAt":"%s"}""".formatted(ro, at(45)));
        publish("parts.events", ro, "PartsBackordered", """
                {"reservationId":"r1","repairOrderId":"%s","partNumber":"BD-1","quantity":1,"reason":"out of stock",
                 "backorderedAt":"%s"}""".formatted(ro, at(45)));
        publish("workshop.events", ro, "JobCompleted", """
                {"repairOrderId":"%s","jobId":"j1","technicianId":"tech-1","labourOperationCode":"BRAKE","standardHours":1.5,
                 "clockedHours":1.2,"rework":false,"completedAt":"%s"}""".formatted(ro, at(120)));
        publish("workshop.events", ro, "FinalInspectionFailed", """
                {"repairOrderId":"%s","inspectionId":"i1","inspectorId":"qc-1","reworkJobIds":["j1"],"findings":["squeal"],
                 "failedAt":"%s"}""".formatted(ro, at(130)));
        publish("workshop.events", ro, "FinalInspectionPassed", """
                {"repairOrderId":"%s","inspectionId":"i2","inspectorId":"qc-1","roadTested":true,"customerPresent":false,
                 "passedAt":"%s"}""".formatted(ro, at(150)));
        publish("workshop.events", ro, "VehicleReady", """
                {"repairOrderId":"%s","promisedAt":"%s","readyAt":"%s","promiseKept":true}""".formatted(ro, at(300), at(163)));
        publish("billing.events", ro, "VehicleDelivered", Dealership.vehicleDelivered(ro, at(193)));
        publish("followup.events", ro, "FollowUpCompleted", """
                {"repairOrderId":"%s","followUpId":"f1","satisfied":true,"scores":{"overall":4,"price":3},"agentId":"agent-1",
                 "completedAt":"%s"}""".formatted(ro, at(200)));

        String period = "/api/figures?from=" + today().minusDays(1) + "&to=" + today();
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> dealer.get(period)
                .andExpect(jsonPath("$.appointments.kept").value(2))
                .andExpect(jsonPath("$.satisfaction.surveys").value(1))
                .andExpect(jsonPath("$.stepTimes[3].count").value(1))
                .andExpect(jsonPath("$.stepTimes[2].count").value(1))
                .andExpect(jsonPath("$.firstTimeFix.repairOrders").value(1))
                .andExpect(jsonPath("$.partsFillRate.linesBackordered").value(1))
                .andExpect(jsonPath("$.technicians.length()").value(1))
                .andExpect(jsonPath("$.declineReasons.PRICE").value(1)));

        dealer.get(period)
                .andExpect(jsonPath("$.stepTimes[0].step").value("arrival_to_greeting"))
                .andExpect(jsonPath("$.stepTimes[0].count").value(1))
                .andExpect(jsonPath("$.stepTimes[0].averageMinutes").value(3.0))
                .andExpect(jsonPath("$.stepTimes[1].step").value("ro_opened_to_estimate_presented"))
                .andExpect(jsonPath("$.stepTimes[1].averageMinutes").value(33.0))
                .andExpect(jsonPath("$.stepTimes[2].step").value("approval_to_ready"))
                .andExpect(jsonPath("$.stepTimes[2].averageMinutes").value(120.0))
                .andExpect(jsonPath("$.stepTimes[3].step").value("ready_to_delivered"))
                .andExpect(jsonPath("$.stepTimes[3].averageMinutes").value(30.0))
                .andExpect(jsonPath("$.promises.kept").value(1))
                .andExpect(jsonPath("$.promises.keptShare").value(1.0))
                .andExpect(jsonPath("$.rework.inspections").value(2))
                .andExpect(jsonPath("$.rework.reworkRate").value(0.5))
                .andExpect(jsonPath("$.firstTimeFix.fixedFirstTime").value(0))
                .andExpect(jsonPath("$.satisfaction.averageOverall").value(4.0))
                .andExpect(jsonPath("$.satisfaction.satisfiedShare").value(1.0))
                .andExpect(jsonPath("$.declineReasons.UNSPECIFIED").value(1))
                .andExpect(jsonPath("$.technicians[0].technicianId").value("tech-1"))
                .andExpect(jsonPath("$.technicians[0].efficiency").value(1.25))
                .andExpect(jsonPath("$.productivity.available").value(false))
                .andExpect(jsonPath("$.partsFillRate.linesReserved").value(2))
                .andExpect(jsonPath("$.partsFillRate.fillRate").value(0.67))
                .andExpect(jsonPath("$.appointments.noShows").value(1))
                .andExpect(jsonPath("$.appointments.keptShare").value(0.67));
        Dealership.fresh(http).get(period).andExpect(jsonPath("$.appointments.kept").value(0));

        String metrics = prometheus();
        String id = dealer.id();
        assertThat(metrics).containsPattern(metric("aftersales_step_duration_seconds_count", id, "step", "arrival_to_greeting", "1"));
        assertThat(metrics).containsPattern(metric("aftersales_step_duration_seconds_count", id, "step", "ro_opened_to_estimate_presented", "1"));
        assertThat(metrics).containsPattern(metric("aftersales_step_duration_seconds_count", id, "step", "approval_to_ready", "1"));
        assertThat(metrics).containsPattern(metric("aftersales_step_duration_seconds_count", id, "step", "ready_to_delivered", "1"));
        assertThat(metrics).containsPattern(metric("aftersales_step_duration_seconds_sum", id, "step", "arrival_to_greeting", "180.0"));
        assertThat(metrics).containsPattern(metric("aftersales_promises_total", id, "outcome", "kept", "1.0"));
        assertThat(metrics).containsPattern(metric("aftersales_inspections_total", id, "result", "failed", "1.0"));
        assertThat(metrics).containsPattern(metric("aftersales_appointments_total", id, "outcome", "no_show", "1.0"));
        assertThat(metrics).containsPattern(metric("aftersales_declined_lines_total", id, "reason", "PRICE", "1.0"));
        assertThat(metrics).containsPattern(metric("aftersales_parts_lines_total", id, "outcome", "reserved", "2.0"));
        assertThat(metrics).containsPattern(metric("aftersales_technician_standard_hours_total", id, "technician", "tech-1", "1.5"));
        assertThat(metrics).containsPattern(metric("aftersales_follow_ups_completed_total", id, "satisfied", "true", "1.0"));
        assertThat(metrics).contains("aftersales_satisfaction_overall_count{");
    }

    @Test
    @DisplayName("G3: a figure's event delivered twice counts once; a complaint spoils the first-time fix")
    void eachEventCountsOnce() throws Exception {
        String eventId = UUID.randomUUID().toString();
        String ready = """
                {"repairOrderId":"%s","promisedAt":"%s","readyAt":"%s","promiseKept":false}""".formatted(ro, at(10), at(20));
        events.publish("workshop.events", ro, eventId, "VehicleReady", dealer.id(), "workshop", ready);
        events.publish("workshop.events", ro, eventId, "VehicleReady", dealer.id(), "workshop", ready);
        publish("workshop.events", ro, "FinalInspectionPassed", """
                {"repairOrderId":"%s","inspectionId":"i1","inspectorId":"qc-1","passedAt":"%s"}""".formatted(ro, at(15)));
        publish("followup.events", ro, "ComplaintOpened", """
                {"repairOrderId":"%s","complaintId":"c1","category":"PRICE","ownerId":"mgr-1","openedAt":"%s"}""".formatted(ro, at(60)));

        String period = "/api/figures?from=" + today().minusDays(1) + "&to=" + today();
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> dealer.get(period)
                .andExpect(jsonPath("$.promises.broken").value(1))
                .andExpect(jsonPath("$.complaintsPerCategory.PRICE").value(1))
                .andExpect(jsonPath("$.firstTimeFix.repairOrders").value(1)));
        dealer.get(period)
                .andExpect(jsonPath("$.promises.kept").value(0))
                .andExpect(jsonPath("$.promises.keptShare").value(0.0))
                .andExpect(jsonPath("$.firstTimeFix.fixedFirstTime").value(0));
        assertThat(prometheus()).containsPattern(metric("aftersales_promises_total", dealer.id(), "outcome", "broken", "1.0"));
    }

    @Test
    @DisplayName("G3: a period the wrong way round is refused")
    void aBadPeriodIsRefused() throws Exception {
        dealer.get("/api/figures?from={f}&to={t}", today(), today().minusDays(3)).andExpect(invalid("to"));
        dealer.get("/api/figures?to=someday").andExpect(invalid("to"));
    }
}
