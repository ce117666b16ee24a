package com.aftersales.workshop.job;

import com.aftersales.platform.test.ServiceTest;
import com.aftersales.workshop.support.Workshop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;

import static com.aftersales.platform.test.ProblemMatchers.domainRule;
import static com.aftersales.platform.test.ProblemMatchers.illegalTransition;
import static com.aftersales.platform.test.ProblemMatchers.invalid;
import static com.aftersales.platform.test.ProblemMatchers.notFound;
import static com.aftersales.platform.test.ProblemMatchers.staleVersion;
import static com.aftersales.workshop.support.Workshop.CHECKLIST_DONE;
import static com.aftersales.workshop.support.Workshop.inHours;
import static com.aftersales.workshop.support.Workshop.labour;
import static com.aftersales.workshop.support.Workshop.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Jobs through HTTP (steps 7 and 8): board, dispatch, job clock, checklist, completion, findings, reports. */
@ServiceTest
class JobApiTest {

    @Autowired
    MockMvc http;

    Workshop dealer;
    String ro;
    String oil;
    String brakes;

    @BeforeEach
    void aRepairOrderWithTwoJobs() throws Exception {
        dealer = Workshop.fresh(http).staffed();
        ro = dealer.repairOrderWithJobs(inHours(8), labour("L1", "OIL", "1.5", "Oil and filter change"),
                labour("L2", "BRK", "2.0", "Brake pads front"));
        List<String> ids = dealer.jobIds(ro);
        oil = ids.get(0);
        brakes = ids.get(1);
    }

    @Test
    @DisplayName("S7.2, S7.3: the board proposes a skilled technician and an equipped bay with reasons; no ids accepts the proposal")
    void theBoardProposesAndTheForemanAccepts() throws Exception {
        dealer.get("/api/jobs/dispatch-board")
                .andExpect(jsonPath("$.jobs.length()").value(2))
                .andExpect(jsonPath("$.jobs[?(@.job.id == '" + brakes + "')].job.category").value(hasItems("REPAIR")))
                .andExpect(jsonPath("$.jobs[?(@.job.id == '" + brakes + "')].proposal.technicianId").value(hasItems("t-wang")))
                .andExpect(jsonPath("$.jobs[?(@.job.id == '" + brakes + "')].proposal.bayId").value(hasItems("b-lift")))
                .andExpect(jsonPath("$.jobs[0].proposal.reasons[0]").value(containsString("S7.3")))
                .andExpect(jsonPath("$.jobs[0].proposal.reasons[1]").value(containsString("S7.2")));

        dealer.post("/api/jobs/{id}/dispatch", "{\"dispatchedBy\":\"foreman\"}", brakes)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DISPATCHED"))
                .andExpect(jsonPath("$.technicianId").value("t-wang"))
                .andExpect(jsonPath("$.bayId").value("b-lift"))
                .andExpect(jsonPath("$.proposalOverridden").value(false));

        // t-wang now carries 2 h of 8 (-0.75), still ahead of the junior; the busy lift bay gives way to a free one
        // (b-align and b-diag both offer one piece beyond the lift: the tie goes by id)
        dealer.get("/api/jobs/dispatch-board").andExpect(jsonPath("$.jobs.length()").value(1))
                .andExpect(jsonPath("$.jobs[0].proposal.technicianId").value("t-wang"))
                .andExpect(jsonPath("$.jobs[0].proposal.reasons[0]").value(containsString("load 2.0 h of 8.00 h -0.75")))
                .andExpect(jsonPath("$.jobs[0].proposal.bayId").value("b-align"));
        dealer.get("/api/technicians/{id}/jobs", "t-wang").andExpect(jsonPath("$.items[0].id").value(brakes));
    }

    @Test
    @DisplayName("S7.3, S7.2: an override must fit: no skill or no equipment is a 422, unknown ids 404; a fitting override is marked")
    void overridesMustFit() throws Exception {
        dealer.bay("b-body", "BODY");
        String before = dealer.snapshot("/api/jobs/{id}", brakes);

        dealer.post("/api/jobs/{id}/dispatch", "{\"technicianId\":\"t-zhao\",\"dispatchedBy\":\"foreman\"}", brakes)
                .andExpect(domainRule("S7.3-skill", "technicianId"));
        dealer.post("/api/jobs/{id}/dispatch", "{\"bayId\":\"b-body\",\"dispatchedBy\":\"foreman\"}", brakes)
                .andExpect(domainRule("S7.2-equipment", "bayId"));
        dealer.post("/api/jobs/{id}/dispatch", "{\"technicianId\":\"t-nobody\",\"dispatchedBy\":\"foreman\"}", brakes)
                .andExpect(notFound("technician"));
        dealer.post("/api/jobs/{id}/dispatch", "{\"bayId\":\"b-nowhere\",\"dispatchedBy\":\"foreman\"}", brakes)
                .andExpect(notFound("bay"));
        dealer.post("/api/jobs/{id}/dispatch", "{\"technicianId\":\"t 1\"}", brakes)
                .andExpect(invalid("dispatchedBy")).andExpect(jsonPath("$.errors[*].field", hasItems("technicianId")));
        assertThat(dealer.snapshot("/api/jobs/{id}", brakes)).isEqualTo(before);

        dealer.post("/api/jobs/{id}/dispatch", "{\"technicianId\":\"t-zhao\",\"bayId\":\"b-align\",\"dispatchedBy\":\"adv-1\"}", oil)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.technicianId").value("t-zhao"))
                .andExpect(jsonPath("$.bayId").value("b-align"))
                .andExpect(jsonPath("$.proposalOverridden").value(true))
                .andExpect(jsonPath("$.dispatchedBy").value("adv-1"));
        dealer.post("/api/jobs/{id}/dispatch", "{\"dispatchedBy\":\"foreman\"}", "no-such-job").andExpect(notFound("job"));
    }

    @Test
    @DisplayName("S7.1: clock on (dispatched technician only), pause with a reason, clock on again; illegal steps are 409 naming the state")
    void theJobClock() throws Exception {
        dealer.post("/api/jobs/{id}/clock-on", "{\"technicianId\":\"t-wang\"}", brakes).andExpect(illegalTransition("TO_DISPATCH"));
        dealer.post("/api/jobs/{id}/dispatch", "{\"technicianId\":\"t-wang\",\"dispatchedBy\":\"foreman\"}", brakes);

        dealer.post("/api/jobs/{id}/clock-on", "{\"technicianId\":\"t-zhao\"}", brakes)
                .andExpect(domainRule("S7.1-assigned-technician", "technicianId"));
        dealer.post("/api/jobs/{id}/clock-on", "{}", brakes).andExpect(invalid("technicianId"));
        dealer.post("/api/jobs/{id}/clock-on", "{\"technicianId\":\"t-wang\"}", brakes).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"));
        dealer.post("/api/jobs/{id}/pause", "{\"technicianId\":\"t-wang\"}", brakes).andExpect(invalid("reason"));
        dealer.post("/api/jobs/{id}/pause", "{\"technicianId\":\"t-wang\",\"reason\":\"waiting for the parts counter\"}", brakes)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PAUSED"))
                .andExpect(jsonPath("$.clockSessions[0].pauseReason").value("waiting for the parts counter"));
        dealer.post("/api/jobs/{id}/pause", "{\"technicianId\":\"t-wang\",\"reason\":\"again\"}", brakes)
                .andExpect(illegalTransition("PAUSED"));
        dealer.post("/api/jobs/{id}/clock-on", "{\"technicianId\":\"t-wang\"}", brakes)
                .andExpect(jsonPath("$.clockSessions.length()").value(2));
        dealer.get("/api/jobs?status=IN_PROGRESS").andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].id").value(brakes));
        dealer.get("/api/jobs?status=SLEEPING").andExpect(invalid("status"));
    }

    @Test
    @DisplayName("S8.1, S8.3, S8.4: completion without the checklist is a 422 naming the rule; with it the job completes")
    void theChecklistBeforeCompletion() throws Exception {
        dealer.post("/api/jobs/{id}/dispatch", "{\"dispatchedBy\":\"foreman\"}", oil);
        String technician = read(dealer.get("/api/jobs/{id}", oil), "$.technicianId");
        dealer.post("/api/jobs/{id}/clock-on", "{\"technicianId\":\"%s\"}".formatted(technician), oil);

        dealer.post("/api/jobs/{id}/completion", "{\"technicianId\":\"%s\"}".formatted(technician), oil)
                .andExpect(domainRule("S8.1-covers", "checklist.coversOn"))
                .andExpect(jsonPath("$.detail").value(containsString("S8.4")));
        dealer.put("/api/jobs/{id}/checklist", """
                {"coversOn":true,"areaCleaned":true,"settingsRestored":true,"hingesLubricated":false,"oldParts":"DELIVERY_BAY"}""", oil)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.checklistMissing", org.hamcrest.Matchers.contains("S8.3: door hinges lubricated")));
        dealer.post("/api/jobs/{id}/completion", "{\"technicianId\":\"%s\"}".formatted(technician), oil)
                .andExpect(domainRule("S8.3-after-work", "checklist.hingesLubricated"));
        dealer.put("/api/jobs/{id}/checklist", "{\"coversOn\":true,\"oldParts\":\"BIN\"}", oil).andExpect(invalid("oldParts"));
        dealer.put("/api/jobs/{id}/checklist", "{\"coversOn\":true}", oil).andExpect(invalid("areaCleaned"))
                .andExpect(jsonPath("$.errors[*].field", hasItems("settingsRestored", "hingesLubricated")));
        dealer.get("/api/jobs/{id}", oil).andExpect(jsonPath("$.status").value("IN_PROGRESS"));

        dealer.put("/api/jobs/{id}/checklist", CHECKLIST_DONE, oil);
        dealer.post("/api/jobs/{id}/completion", "{\"technicianId\":\"%s\"}".formatted(technician), oil)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.completedAt").isNotEmpty());
        dealer.post("/api/jobs/{id}/completion", "{\"technicianId\":\"%s\"}".formatted(technician), oil)
                .andExpect(illegalTransition("COMPLETED"));
        dealer.put("/api/jobs/{id}/checklist", CHECKLIST_DONE, oil).andExpect(illegalTransition("COMPLETED"));
    }

    @Test
    @DisplayName("S8.2, S7.4: findings, a request for extra work with reason, cost and time, a report to the front desk; the job goes on")
    void findingsExtraWorkAndReports() throws Exception {
        dealer.post("/api/jobs/{id}/findings", "{\"text\":\"front pads at 2 mm\",\"technicianId\":\"t-wang\"}", brakes)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.findings[0].text").value("front pads at 2 mm"));
        dealer.post("/api/jobs/{id}/additional-work-requests", """
                        {"technicianId":"t-wang","reason":"rear discs scored","lines":[
                          {"description":"Rear discs","labourOperationCode":"BRK-R","standardHours":1.2,"partNumber":"BD-100","quantity":2}],
                         "estimatedExtraCost":{"amount":120000,"currency":"CNY"},"estimatedExtraMinutes":75}""", brakes)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.requestId").isNotEmpty())
                .andExpect(jsonPath("$.job.additionalWorkRequests[0].estimatedExtraMinutes").value(75))
                .andExpect(jsonPath("$.job.status").value("TO_DISPATCH"));
        dealer.post("/api/jobs/{id}/additional-work-requests", """
                        {"technicianId":"t-wang","lines":[{"quantity":-1}],"estimatedExtraCost":{"amount":-5,"currency":"yuan"}}""", brakes)
                .andExpect(invalid("reason"))
                .andExpect(jsonPath("$.errors[*].field", hasItems("lines[0].description", "lines[0].quantity",
                        "estimatedExtraCost.amount", "estimatedExtraCost.currency", "estimatedExtraMinutes")));
        dealer.post("/api/jobs/{id}/front-desk-reports", "{\"technicianId\":\"t-wang\",\"message\":\"30 minutes late\"}", brakes)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.frontDeskReports[0].message").value("30 minutes late"));
        dealer.post("/api/jobs/{id}/front-desk-reports", "{\"technicianId\":\"t-wang\"}", brakes).andExpect(invalid("message"));
        dealer.post("/api/jobs/{id}/findings", "{\"text\":\"\"}", brakes).andExpect(invalid("text"));

        dealer.get("/api/jobs/{id}", brakes).andExpect(jsonPath("$.findings.length()").value(1))
                .andExpect(jsonPath("$.additionalWorkRequests.length()").value(1))
                .andExpect(jsonPath("$.frontDeskReports.length()").value(1));
        dealer.get("/api/jobs/{id}", "nope").andExpect(notFound("job"));
        Workshop.fresh(http).get("/api/jobs/{id}", brakes).andExpect(notFound("job"));
    }

    @Test
    @DisplayName("A stale If-Match is refused with 409 and changes nothing")
    void aStaleVersionIsRefused() throws Exception {
        String etag = dealer.get("/api/jobs/{id}", brakes).andReturn().getResponse().getHeader("ETag");
        dealer.post("/api/jobs/{id}/dispatch", "{\"dispatchedBy\":\"foreman\"}", oil).andExpect(status().isOk());

        dealer.postIfMatch("/api/jobs/{id}/dispatch", etag, "{\"dispatchedBy\":\"foreman\"}", brakes).andExpect(staleVersion());
        dealer.get("/api/jobs/{id}", brakes).andExpect(jsonPath("$.status").value("TO_DISPATCH"));
    }

    @Test
    @DisplayName("G1: the RO's workshop state in one answer; jobs listed by RO; an unknown RO is a 404")
    void theRepairOrdersWorkshopState() throws Exception {
        dealer.get("/api/workshop/repair-orders/{id}", ro)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("IN_REPAIR"))
                .andExpect(jsonPath("$.jobs.length()").value(2))
                .andExpect(jsonPath("$.atRisk").value(false))
                .andExpect(jsonPath("$.expectedReadyAt").isNotEmpty())
                .andExpect(jsonPath("$.ready").value(false));
        dealer.get("/api/jobs?repairOrderId=" + ro + "&status=TO_DISPATCH").andExpect(jsonPath("$.total").value(2));
        dealer.get("/api/jobs?size=0").andExpect(invalid("size"));
        dealer.get("/api/workshop/repair-orders/{id}", "nope").andExpect(notFound("repair order"));
    }
}
