package com.aftersales.workshop.inspection;

import com.aftersales.platform.test.ServiceTest;
import com.aftersales.workshop.support.Workshop;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import static com.aftersales.platform.test.ProblemMatchers.domainRule;
import static com.aftersales.platform.test.ProblemMatchers.illegalTransition;
import static com.aftersales.platform.test.ProblemMatchers.invalid;
import static com.aftersales.platform.test.ProblemMatchers.notFound;
import static com.aftersales.workshop.support.Workshop.RECEPTION;
import static com.aftersales.workshop.support.Workshop.inHours;
import static com.aftersales.workshop.support.Workshop.labour;
import static com.aftersales.workshop.support.Workshop.payload;
import static com.aftersales.workshop.support.Workshop.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Final inspection (S9.1-S9.6), rework (S9.5), the wash (S10.1-S10.3) and "vehicle ready" (G2), through HTTP and Kafka. */
@ServiceTest
class InspectionAndWashApiTest {

    @Autowired
    MockMvc http;

    Workshop dealer;
    String ro;
    String oil;
    String brakes;

    @BeforeEach
    void twoJobsAndAConcern() throws Exception {
        dealer = Workshop.fresh(http).staffed();
        ro = Workshop.newId();
        dealer.publish(RECEPTION, ro, dealer.repairOrderOpened(ro, null, inHours(8)));
        dealer.publish(RECEPTION, ro, dealer.concernRecorded(ro, "C1", "it squeaks when I brake"));
        dealer.publish(RECEPTION, ro, dealer.estimateApproved(Workshop.newId(), ro,
                labour("L1", "OIL", "1.5", "Oil and filter change"), labour("L2", "BRK", "2.0", "Brake pads front")));
        dealer.awaitJobs(ro, 2);
        List<String> ids = dealer.jobIds(ro);
        oil = ids.get(0);
        brakes = ids.get(1);
    }

    String inspectionId() throws Exception {
        List<String> pending = read(dealer.get("/api/inspections?repairOrderId=" + ro + "&status=PENDING"), "$.items[*].id");
        assertThat(pending).hasSize(1);
        return pending.get(0);
    }

    /** Every item ok, except those whose reference is given. */
    String result(String inspectionId, boolean roadTested, String... failing) throws Exception {
        List<String> itemIds = read(dealer.get("/api/inspections/{id}", inspectionId), "$.items[*].itemId");
        List<String> references = read(dealer.get("/api/inspections/{id}", inspectionId), "$.items[*].reference");
        List<String> failed = java.util.Arrays.asList(failing);
        String items = java.util.stream.IntStream.range(0, itemIds.size()).mapToObj(i -> {
            boolean ok = !failed.contains(references.get(i));
            return "{\"itemId\":\"%s\",\"ok\":%s%s}".formatted(itemIds.get(i), ok, ok ? "" : ",\"note\":\"still squeaks\"");
        }).collect(Collectors.joining(","));
        return "{\"inspectorId\":\"qc-1\",\"roadTested\":%s,\"items\":[%s]}".formatted(roadTested, items);
    }

    @Test
    @DisplayName("S9.1-S9.5, S10, G2: all jobs done -> inspection; fail -> rework dispatched again -> new inspection; pass -> wash -> ready")
    void fromLastJobToVehicleReady() throws Exception {
        dealer.get("/api/inspections?repairOrderId=" + ro).andExpect(jsonPath("$.total").value(0));
        dealer.doJob(oil, "t-wang");
        dealer.get("/api/inspections?repairOrderId=" + ro).andExpect(jsonPath("$.total").value(0));
        dealer.doJob(brakes, "t-wang");

        String first = inspectionId();
        dealer.get("/api/inspections/{id}", first)
                .andExpect(jsonPath("$.status").value("PENDING"))
                .andExpect(jsonPath("$.round").value(1))
                .andExpect(jsonPath("$.customerInvited").value(false))
                .andExpect(jsonPath("$.items[*].kind", contains("JOB", "JOB", "CONCERN", "ROAD_TEST", "NOTHING_LEFT_IN_CAR",
                        "NO_NEW_BODY_DAMAGE")))
                .andExpect(jsonPath("$.items[2].text").value(containsString("it squeaks when I brake")))
                .andExpect(jsonPath("$.items[3].requirement").value("S9.2"));

        // bad input and broken rules change nothing
        dealer.post("/api/inspections/{id}/result", "{\"items\":[]}", first).andExpect(invalid("inspectorId"))
                .andExpect(jsonPath("$.errors[*].field", hasItems("items")));
        dealer.post("/api/inspections/{id}/result", "{\"inspectorId\":\"qc-1\",\"items\":[{\"itemId\":\"I1\",\"ok\":true}]}", first)
                .andExpect(domainRule("S9.1-every-item", "items"));
        dealer.post("/api/inspections/{id}/result", result(first, false), first).andExpect(domainRule("S9.2-road-test", "roadTested"));
        dealer.post("/api/inspections/{id}/result", "{\"inspectorId\":\"qc-1\",\"items\":[{\"itemId\":\"I99\",\"ok\":true}]}", first)
                .andExpect(invalid("items[0].itemId"));
        dealer.get("/api/inspections/{id}", first).andExpect(jsonPath("$.status").value("PENDING"));

        // S9.5: the brake job fails and comes back as rework, to be dispatched again
        dealer.post("/api/inspections/{id}/result", result(first, true, brakes), first)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("FAILED"))
                .andExpect(jsonPath("$.reworkJobIds.length()").value(1));
        dealer.post("/api/inspections/{id}/result", result(first, true), first).andExpect(illegalTransition("FAILED"));
        String rework = read(dealer.get("/api/inspections/{id}", first), "$.reworkJobIds[0]");
        dealer.get("/api/jobs/{id}", rework).andExpect(jsonPath("$.rework").value(true))
                .andExpect(jsonPath("$.reworkOf").value(brakes))
                .andExpect(jsonPath("$.status").value("TO_DISPATCH"))
                .andExpect(jsonPath("$.reworkReason").value(containsString("still squeaks")));
        dealer.get("/api/jobs/dispatch-board").andExpect(jsonPath("$.jobs[0].job.id").value(rework));
        dealer.get("/api/inspections/statistics")
                .andExpect(jsonPath("$.inspections").value(1))
                .andExpect(jsonPath("$.failed").value(1))
                .andExpect(jsonPath("$.reworkJobs").value(1))
                .andExpect(jsonPath("$.reworkRate").value(1.0))
                .andExpect(jsonPath("$.reworkJobsByTechnician.t-wang").value(1));

        dealer.doJob(rework, "t-wang");
        String second = inspectionId();
        dealer.get("/api/inspections/{id}", second).andExpect(jsonPath("$.round").value(2))
                .andExpect(jsonPath("$.items[1].reference").value(rework));
        dealer.post("/api/inspections/{id}/result", result(second, true), second)
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PASSED"));

        // S10.1: the wash queue with the time told
        String washId = read(dealer.get("/api/washes?status=QUEUED"), "$.items[0].id");
        dealer.get("/api/washes?status=QUEUED").andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].repairOrderId").value(ro))
                .andExpect(jsonPath("$.items[0].expectedDoneAt").isNotEmpty());
        dealer.get("/api/washes?status=WET").andExpect(invalid("status"));

        // S10.2, S10.3
        dealer.post("/api/washes/{id}/completion", "{\"ashtrayEmptied\":true,\"tyresCleaned\":false,\"resultConfirmedBy\":\"adv-1\"}", washId)
                .andExpect(domainRule("S10.3-key-spots", "tyresCleaned"));
        dealer.post("/api/washes/{id}/completion", "{\"ashtrayEmptied\":true,\"tyresCleaned\":true}", washId)
                .andExpect(invalid("resultConfirmedBy"));
        dealer.get("/api/washes/{id}", washId).andExpect(jsonPath("$.status").value("QUEUED"));
        dealer.post("/api/washes/{id}/completion", "{\"ashtrayEmptied\":true,\"tyresCleaned\":true,\"resultConfirmedBy\":\"adv-1\"}", washId)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DONE"))
                .andExpect(jsonPath("$.confirmedBy").value("adv-1"));
        dealer.post("/api/washes/{id}/completion", "{\"ashtrayEmptied\":true,\"tyresCleaned\":true,\"resultConfirmedBy\":\"adv-1\"}", washId)
                .andExpect(illegalTransition("DONE"));
        dealer.post("/api/washes/{id}/completion", "{\"ashtrayEmptied\":true,\"tyresCleaned\":true,\"resultConfirmedBy\":\"adv-1\"}", "nope")
                .andExpect(notFound("wash"));

        dealer.get("/api/workshop/repair-orders/{id}", ro)
                .andExpect(jsonPath("$.stage").value("READY"))
                .andExpect(jsonPath("$.ready").value(true))
                .andExpect(jsonPath("$.promiseKept").value(true))
                .andExpect(jsonPath("$.inspections.length()").value(2));
        dealer.get("/api/inspections/statistics?from=2020-01-01")
                .andExpect(jsonPath("$.inspections").value(2))
                .andExpect(jsonPath("$.passed").value(1))
                .andExpect(jsonPath("$.reworkRate").value(0.5));

        // every step is on workshop.events, keyed by the RO
        assertThat(dealer.workshopEvents(ro, "JobCompleted", 3)).hasSize(3)
                .anySatisfy(record -> assertThat(payload(record, "rework")).isEqualTo("true"));
        assertThat(dealer.workshopEvents(ro, "RepairCompleted", 2)).hasSize(2);
        ConsumerRecord<String, String> failed = dealer.workshopEvents(ro, "FinalInspectionFailed", 1).get(0);
        assertThat(payload(failed, "reworkJobIds[0]")).isEqualTo(rework);
        assertThat(payload(failed, "findings[0]")).contains("still squeaks");
        assertThat(payload(dealer.workshopEvents(ro, "FinalInspectionPassed", 1).get(0), "roadTested")).isEqualTo("true");
        assertThat(dealer.workshopEvents(ro, "WashQueued", 1)).hasSize(1);
        assertThat(payload(dealer.workshopEvents(ro, "WashCompleted", 1).get(0), "confirmedBy")).isEqualTo("adv-1");
        ConsumerRecord<String, String> ready = dealer.workshopEvents(ro, "VehicleReady", 1).get(0);
        assertThat(payload(ready, "promiseKept")).isEqualTo("true");
        assertThat(Instant.parse(payload(ready, "readyAt"))).isBefore(Instant.parse(payload(ready, "promisedAt")));
    }

    @Test
    @DisplayName("S9.6: an RO opened from a first-maintenance appointment invites the customer to the final inspection")
    void aFirstMaintenanceInvitesTheCustomer() throws Exception {
        String appointment = Workshop.newId();
        String firstService = Workshop.newId();
        dealer.publish(Workshop.APPOINTMENTS, appointment, dealer.customerArrived(appointment, true));
        dealer.publish(RECEPTION, firstService, dealer.repairOrderOpened(firstService, appointment, inHours(6)));
        dealer.publish(RECEPTION, firstService, dealer.estimateApproved(Workshop.newId(), firstService,
                labour("L1", "FIRST-SVC", "1.0", "First maintenance")));
        dealer.awaitJobs(firstService, 1);
        String job = dealer.jobIds(firstService).get(0);
        dealer.get("/api/jobs/{id}", job).andExpect(jsonPath("$.category").value("MAINTENANCE"));

        dealer.doJob(job, "t-zhao");

        List<String> inspections = read(dealer.get("/api/inspections?repairOrderId=" + firstService), "$.items[*].id");
        dealer.get("/api/inspections/{id}", inspections.get(0)).andExpect(jsonPath("$.customerInvited").value(true));
        dealer.get("/api/workshop/repair-orders/{id}", firstService).andExpect(jsonPath("$.firstService").value(true));
        assertThat(payload(dealer.workshopEvents(firstService, "CustomerInvitedToInspection", 1).get(0), "inspectionId"))
                .isEqualTo(inspections.get(0));
    }

    @Test
    @DisplayName("S9.5: statistics of a period with nothing decided; a period the wrong way round is a 400; unknown ids are 404")
    void statisticsAndUnknownIds() throws Exception {
        dealer.get("/api/inspections/statistics?from=2020-01-01&to=2020-01-31")
                .andExpect(jsonPath("$.inspections").value(0)).andExpect(jsonPath("$.reworkRate").value(0.0));
        dealer.get("/api/inspections/statistics?from=2020-02-01&to=2020-01-31").andExpect(invalid("from"));
        dealer.get("/api/inspections/statistics?from=yesterday").andExpect(invalid("from"));
        dealer.get("/api/inspections/{id}", "nope").andExpect(notFound("inspection"));
        dealer.post("/api/inspections/{id}/result", "{\"inspectorId\":\"qc\",\"items\":[{\"itemId\":\"I1\",\"ok\":true}]}", "nope")
                .andExpect(notFound("inspection"));
        dealer.get("/api/washes/{id}", "nope").andExpect(notFound("wash"));
    }
}
