package com.aftersales.workshop.workorder;

import com.aftersales.platform.test.ServiceTest;
import com.aftersales.workshop.promise.PromiseWatch;
import com.aftersales.workshop.support.Workshop;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static com.aftersales.platform.test.ProblemMatchers.domainRule;
import static com.aftersales.workshop.support.Workshop.PARTS;
import static com.aftersales.workshop.support.Workshop.PATIENCE;
import static com.aftersales.workshop.support.Workshop.RECEPTION;
import static com.aftersales.workshop.support.Workshop.inHours;
import static com.aftersales.workshop.support.Workshop.labour;
import static com.aftersales.workshop.support.Workshop.newId;
import static com.aftersales.workshop.support.Workshop.partLine;
import static com.aftersales.workshop.support.Workshop.payload;
import static com.aftersales.workshop.support.Workshop.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What the workshop hears from reception and parts, in the contracts' envelopes, and what it publishes in return. */
@ServiceTest
class WorkshopEventsKafkaTest {

    @Autowired
    MockMvc http;

    @Autowired
    PromiseWatch promiseWatch;

    Workshop dealer;

    @BeforeEach
    void freshDealer() throws Exception {
        dealer = Workshop.fresh(http).staffed();
    }

    @Test
    @DisplayName("S7.1: EstimateLinesApproved makes a job of each LABOUR line (not of parts); JobCreated keyed by the RO")
    void approvedLabourBecomesJobs() throws Exception {
        String ro = dealer.repairOrderWithJobs(inHours(8), labour("L1", "ALN", "1.0", "Wheel alignment"),
                partLine("L2", "OF-100"), labour("L3", "DIAG", "0.5", "Engine light diagnosis"));

        dealer.awaitJobs(ro, 2);
        dealer.get("/api/jobs?repairOrderId=" + ro)
                .andExpect(jsonPath("$.items[0].category").value("TYRES"))
                .andExpect(jsonPath("$.items[0].requiredEquipment[0]").value("ALIGNMENT_RIG"))
                .andExpect(jsonPath("$.items[1].category").value("DIAGNOSIS"))
                .andExpect(jsonPath("$.items[1].roadTest").value(true))
                .andExpect(jsonPath("$.items[1].promisedAt").isNotEmpty());
        List<ConsumerRecord<String, String>> created = dealer.workshopEvents(ro, "JobCreated", 2);
        assertThat(created).hasSize(2);
        assertThat(created).extracting(record -> payload(record, "estimateLineIds[0]")).containsExactlyInAnyOrder("L1", "L3");
        assertThat(payload(created.get(0), "repairOrderNumber")).startsWith("RO-");
    }

    @Test
    @DisplayName("Idempotency: the same EstimateLinesApproved delivered twice makes its jobs once")
    void aRedeliveredApprovalMakesJobsOnce() throws Exception {
        String ro = newId();
        String approval = dealer.estimateApproved(newId(), ro, labour("L1", "OIL", "1.5", "Oil change"));
        dealer.publish(RECEPTION, ro, dealer.repairOrderOpened(ro, null, inHours(8)));
        dealer.publish(RECEPTION, ro, approval);
        dealer.publish(RECEPTION, ro, approval);
        // same key, same partition: once the marker's job is there, both copies before it were handled
        dealer.publish(RECEPTION, ro, dealer.estimateApproved(newId(), ro, labour("L9", "BRK", "1.0", "Brake pads")));

        dealer.awaitJobs(ro, 2);
        dealer.get("/api/jobs?repairOrderId=" + ro).andExpect(jsonPath("$.items[*].labourOperationCode")
                .value(org.hamcrest.Matchers.contains("OIL", "BRK")));
    }

    @Test
    @DisplayName("S6.2: a backordered part holds the RO's jobs; its arrival gives priority: the jobs move to the top of the board and can start")
    void anArrivedPartMovesTheJobsUp() throws Exception {
        String earlier = dealer.repairOrderWithJobs(inHours(3), labour("L1", "OIL", "1.0", "Oil change"));
        String waiting = dealer.repairOrderWithJobs(inHours(9), labour("L1", "BRK", "1.0", "Brake pads"));
        dealer.publish(PARTS, waiting, dealer.partsBackordered(waiting, "BP-200"));
        await().atMost(PATIENCE).untilAsserted(() -> dealer.get("/api/workshop/repair-orders/{id}", waiting)
                .andExpect(jsonPath("$.waitingForParts").value(true)));
        String job = dealer.jobIds(waiting).get(0);
        dealer.get("/api/jobs/dispatch-board").andExpect(jsonPath("$.jobs[0].job.repairOrderId").value(earlier))
                .andExpect(jsonPath("$.jobs[1].job.waitingForParts").value(true));
        dealer.post("/api/jobs/{id}/dispatch", "{\"technicianId\":\"t-wang\",\"dispatchedBy\":\"foreman\"}", job).andExpect(status().isOk());
        dealer.post("/api/jobs/{id}/clock-on", "{\"technicianId\":\"t-wang\"}", job).andExpect(domainRule("S6-parts-waiting"));

        String arrival = dealer.partArrived(newId(), waiting, "BP-200");
        dealer.publish(PARTS, waiting, arrival);
        dealer.publish(PARTS, waiting, arrival);

        await().atMost(PATIENCE).untilAsserted(() -> dealer.get("/api/workshop/repair-orders/{id}", waiting)
                .andExpect(jsonPath("$.priority").value(true)));
        dealer.get("/api/workshop/repair-orders/{id}", waiting)
                .andExpect(jsonPath("$.waitingForParts").value(false))
                .andExpect(jsonPath("$.priorityReasons.length()").value(1))
                .andExpect(jsonPath("$.priorityReasons[0].reason").value(containsString("BP-200")));
        String second = dealer.repairOrderWithJobs(inHours(9), labour("L1", "TYRE", "1.0", "Tyre change"));
        dealer.get("/api/jobs/dispatch-board").andExpect(jsonPath("$.jobs[0].job.repairOrderId").value(earlier))
                .andExpect(jsonPath("$.jobs[1].job.repairOrderId").value(second));
        String other = dealer.repairOrderWithJobs(inHours(12), labour("L1", "OIL", "0.2", "Top-up"));
        dealer.publish(PARTS, other, dealer.partArrived(newId(), other, "X-1"));
        await().atMost(PATIENCE).untilAsserted(() -> dealer.get("/api/jobs/dispatch-board")
                .andExpect(jsonPath("$.jobs[0].job.repairOrderId").value(other))
                .andExpect(jsonPath("$.jobs[0].job.priority").value(true)));
        dealer.post("/api/jobs/{id}/clock-on", "{\"technicianId\":\"t-wang\"}", job).andExpect(status().isOk());
        dealer.get("/api/technicians/{id}/jobs", "t-wang").andExpect(jsonPath("$.items[0].id").value(job));
    }

    @Test
    @DisplayName("S7.1, G2: an RO whose work cannot be done by the promise is flagged at risk before it is late, once per promise; again after a revision")
    void atRiskOncePerPromise() throws Exception {
        String ro = dealer.repairOrderWithJobs(Instant.now().plus(90, ChronoUnit.MINUTES), labour("L1", "BRK", "2.0", "Brake pads"));

        await().atMost(PATIENCE).untilAsserted(() -> dealer.get("/api/workshop/repair-orders/{id}", ro)
                .andExpect(jsonPath("$.atRisk").value(true))
                .andExpect(jsonPath("$.atRiskReason").value(containsString("1 job(s) open"))));
        promiseWatch.checkAll();
        ConsumerRecord<String, String> risk = dealer.workshopEvents(ro, "RepairOrderAtRisk", 1).get(0);
        assertThat(Instant.parse(payload(risk, "expectedReadyAt"))).isAfter(Instant.parse(payload(risk, "promisedAt")));

        dealer.publish(RECEPTION, ro, dealer.promiseRevised(ro, Instant.now().plus(2, ChronoUnit.HOURS)));
        assertThat(dealer.workshopEvents(ro, "RepairOrderAtRisk", 2)).hasSize(2);
        dealer.publish(RECEPTION, ro, dealer.promiseRevised(ro, inHours(8)));
        await().atMost(PATIENCE).untilAsserted(() -> dealer.get("/api/workshop/repair-orders/{id}", ro)
                .andExpect(jsonPath("$.atRisk").value(false)));
        promiseWatch.checkAll();
        assertThat(dealer.workshopEvents(ro, "RepairOrderAtRisk", 3, Duration.ofSeconds(3))).hasSize(2);
    }

    @Test
    @DisplayName("S8.2: AdditionalWorkConsented makes jobs of its LABOUR lines and moves the promise; AdditionalWorkRequested is published")
    void consentedWorkBecomesJobs() throws Exception {
        String ro = dealer.repairOrderWithJobs(inHours(8), labour("L1", "BRK", "1.0", "Brake pads"));
        String job = dealer.jobIds(ro).get(0);
        String requestId = read(dealer.post("/api/jobs/{id}/additional-work-requests", """
                        {"technicianId":"t-wang","reason":"discs scored","lines":[{"description":"Discs","quantity":2,"partNumber":"BD-1"}],
                         "estimatedExtraCost":{"amount":90000,"currency":"CNY"},"estimatedExtraMinutes":60}""", job)
                .andExpect(status().isCreated()), "$.requestId");
        ConsumerRecord<String, String> requested = dealer.workshopEvents(ro, "AdditionalWorkRequested", 1).get(0);
        assertThat(payload(requested, "requestId")).isEqualTo(requestId);
        assertThat(payload(requested, "estimatedExtraCost.amount")).isEqualTo("90000");
        assertThat(payload(requested, "jobId")).isEqualTo(job);

        Instant newPromise = inHours(10);
        dealer.publish(RECEPTION, ro, dealer.envelope(newId(), "AdditionalWorkConsented", ro, "reception", """
                {"repairOrderId":"%s","requestId":"%s","lines":[%s,%s],"extraCost":{"amount":90000,"currency":"CNY"},
                 "promisedAt":"%s","recordedBy":"adv-1","consentedAt":"%s"}""".formatted(ro, requestId,
                labour("A1", "BRK-D", "1.0", "Brake discs"), partLine("A2", "BD-1"), newPromise, Instant.now())));

        dealer.awaitJobs(ro, 2);
        dealer.get("/api/workshop/repair-orders/{id}", ro).andExpect(jsonPath("$.promisedAt").value(newPromise.toString()));
    }

    @Test
    @DisplayName("S4.4, S7.4: a technician-assistance request shows on the board; a front-desk report is published")
    void assistanceOnTheBoardAndReportsPublished() throws Exception {
        String ro = dealer.repairOrderWithJobs(inHours(8), labour("L1", "DIAG", "1.0", "Diagnosis"));
        dealer.publish(RECEPTION, ro, dealer.envelope(newId(), "TechnicianAssistanceRequested", ro, "reception", """
                {"repairOrderId":"%s","concernId":"C1","reason":"intermittent stall","requestedBy":"adv-1","requestedAt":"%s"}"""
                .formatted(ro, Instant.now())));
        await().atMost(PATIENCE).untilAsserted(() -> dealer.get("/api/jobs/dispatch-board")
                .andExpect(jsonPath("$.assistanceRequests[0].reason").value("intermittent stall")));

        String job = dealer.jobIds(ro).get(0);
        dealer.post("/api/jobs/{id}/front-desk-reports", "{\"technicianId\":\"t-wang\",\"message\":\"needs a new sensor\"}", job)
                .andExpect(status().isCreated());
        assertThat(payload(dealer.workshopEvents(ro, "FrontDeskNotified", 1).get(0), "message")).isEqualTo("needs a new sensor");
    }

    @Test
    @DisplayName("S7.3: JobCompleted teaches the technician's speed factor, once per event")
    void completedJobsTeachTheSpeedFactor() throws Exception {
        String ro = dealer.repairOrderWithJobs(inHours(8), labour("L1", "BRK", "2.0", "Brake pads"));
        String job = dealer.jobIds(ro).get(0);
        dealer.doJob(job, "t-wang");

        await().atMost(PATIENCE).untilAsserted(() -> dealer.get("/api/technicians/{id}", "t-wang")
                .andExpect(jsonPath("$.completedJobs").value(1))
                .andExpect(jsonPath("$.completedStandardHours").value(2.0)));
        // a few milliseconds clocked (0.00 h) teach nothing yet: the factor stays at the standard 1.0
        dealer.get("/api/technicians/{id}", "t-wang").andExpect(jsonPath("$.speedFactor").value(1.0));
        ConsumerRecord<String, String> completed = dealer.workshopEvents(ro, "JobCompleted", 1).get(0);
        dealer.publish(Workshop.WORKSHOP, ro, completed.value());
        await().pollDelay(Duration.ofMillis(500)).atMost(PATIENCE).untilAsserted(() ->
                dealer.get("/api/technicians/{id}", "t-wang").andExpect(jsonPath("$.completedJobs").value(1)));
    }
}
