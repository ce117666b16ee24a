package com.aftersales.reception.diagnosis;

import com.aftersales.platform.test.ServiceTest;
import com.aftersales.reception.support.Dealership;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static com.aftersales.reception.support.Dealership.json;
import static com.aftersales.platform.test.ProblemMatchers.domainRule;
import static com.aftersales.platform.test.ProblemMatchers.illegalTransition;
import static com.aftersales.platform.test.ProblemMatchers.invalid;
import static com.aftersales.platform.test.ProblemMatchers.notFound;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Step 4 through HTTP: concerns verbatim (S4.1), confirmed together (S4.3), the bay (S4.2), help (S4.4), diagnosis. */
@ServiceTest
class DiagnosisApiTest {

    static final String WORDS = "  它 makes a \"tick-tick\" noise\nwhen cold…  ";

    @Autowired
    MockMvc http;

    Dealership dealer;
    String ro;

    @BeforeEach
    void freshDealerWithAnOrder() throws Exception {
        dealer = Dealership.fresh(http);
        ro = dealer.walkIn();
    }

    @Test
    @DisplayName("S4.1: a concern is recorded with 201 and the customer's words exactly as sent")
    void aConcernIsRecordedVerbatim() throws Exception {
        dealer.post("/api/repair-orders/{id}/concerns", "{\"customerWords\":%s,\"recordedBy\":\"adv-1\"}".formatted(json(WORDS)), ro)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", endsWith("/concerns/C1")))
                .andExpect(jsonPath("$.concerns[0].id").value("C1"))
                .andExpect(jsonPath("$.concerns[0].status").value("RECORDED"))
                .andExpect(jsonPath("$.concerns[0].customerWords").value(WORDS))
                .andExpect(jsonPath("$.concerns[0].recordedBy").value("adv-1"));
        dealer.get("/api/repair-orders/{id}", ro).andExpect(jsonPath("$.concerns[0].customerWords").value(WORDS));
    }

    @Test
    @DisplayName("S4.1: a correction is a new entry beside the old, which keeps its words")
    void aCorrectionIsANewEntry() throws Exception {
        dealer.concern(ro, WORDS);

        dealer.post("/api/repair-orders/{id}/concerns", """
                {"customerWords":"only on the left side","recordedBy":"adv-1","correctsConcernId":"C1"}""", ro)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.concerns[0].customerWords").value(WORDS))
                .andExpect(jsonPath("$.concerns[0].status").value("CORRECTED"))
                .andExpect(jsonPath("$.concerns[0].correctedByConcernId").value("C2"))
                .andExpect(jsonPath("$.concerns[1].correctsConcernId").value("C1"))
                .andExpect(jsonPath("$.concerns[1].customerWords").value("only on the left side"));
        dealer.post("/api/repair-orders/{id}/concerns", """
                {"customerWords":"x","recordedBy":"adv-1","correctsConcernId":"C1"}""", ro)
                .andExpect(domainRule("S4.1-correction", "correctsConcernId"));
        dealer.post("/api/repair-orders/{id}/concerns", """
                {"customerWords":"x","recordedBy":"adv-1","correctsConcernId":"C7"}""", ro)
                .andExpect(domainRule("S4.1-correction", "correctsConcernId"));
    }

    @Test
    @DisplayName("S4.1: a concern without words or recorder is refused and records nothing")
    void badConcernInputRecordsNothing() throws Exception {
        String before = dealer.snapshot("/api/repair-orders/{id}", ro);

        dealer.post("/api/repair-orders/{id}/concerns", "{\"customerWords\":\"   \"}", ro)
                .andExpect(invalid("customerWords"))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItem("recordedBy")));
        dealer.post("/api/repair-orders/{id}/concerns", "{\"customerWords\":\"x\",\"recordedBy\":\"a\"}", "nope")
                .andExpect(notFound("repair order"));

        assertThat(dealer.snapshot("/api/repair-orders/{id}", ro)).isEqualTo(before);
    }

    @Test
    @DisplayName("S4.3 then diagnosis: confirmed with the customer, then cause and correction; out of order is refused")
    void confirmationThenDiagnosis() throws Exception {
        dealer.concern(ro, WORDS);
        String diagnosis = "{\"cause\":\"loose heat shield\",\"correction\":\"refit the heat shield\",\"diagnosedBy\":\"tech-3\"}";

        dealer.post("/api/repair-orders/{id}/concerns/C1/diagnosis", diagnosis, ro).andExpect(illegalTransition("RECORDED"));
        dealer.post("/api/repair-orders/{id}/concerns/C1/confirmation", "{\"note\":\"heard it together\"}", ro)
                .andExpect(invalid("confirmedBy"));
        dealer.post("/api/repair-orders/{id}/concerns/C1/confirmation", "{\"note\":\"heard it together\",\"confirmedBy\":\"adv-1\"}", ro)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.concerns[0].status").value("CONFIRMED"))
                .andExpect(jsonPath("$.concerns[0].confirmation.note").value("heard it together"));
        dealer.post("/api/repair-orders/{id}/concerns/C1/confirmation", "{\"confirmedBy\":\"adv-1\"}", ro)
                .andExpect(illegalTransition("CONFIRMED"));
        dealer.post("/api/repair-orders/{id}/concerns/C1/diagnosis", "{\"cause\":\"x\"}", ro)
                .andExpect(invalid("correction"));
        dealer.post("/api/repair-orders/{id}/concerns/C1/diagnosis", diagnosis, ro)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.concerns[0].status").value("DIAGNOSED"))
                .andExpect(jsonPath("$.concerns[0].diagnosis.cause").value("loose heat shield"))
                .andExpect(jsonPath("$.concerns[0].diagnosis.correction").value("refit the heat shield"))
                .andExpect(jsonPath("$.concerns[0].diagnosis.diagnosedBy").value("tech-3"));
        dealer.post("/api/repair-orders/{id}/concerns/C9/confirmation", "{\"confirmedBy\":\"adv-1\"}", ro)
                .andExpect(notFound("concern"));
    }

    @Test
    @DisplayName("S4.2/S4.4: a technician is asked to help only once the vehicle is at a diagnosis bay")
    void assistanceAtTheDiagnosisBay() throws Exception {
        dealer.concern(ro, WORDS);
        String help = "{\"reason\":\"cannot reproduce the noise\",\"requestedBy\":\"adv-1\"}";

        dealer.post("/api/repair-orders/{id}/concerns/C1/assistance-requests", help, ro)
                .andExpect(domainRule("S4.4-diagnosis-bay"));
        dealer.post("/api/repair-orders/{id}/diagnosis-bay", "{\"movedBy\":\"adv-1\"}", ro).andExpect(invalid("bayId"));
        dealer.post("/api/repair-orders/{id}/diagnosis-bay", "{\"bayId\":\"D1\",\"movedBy\":\"adv-1\"}", ro)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.diagnosisBay").value("D1"))
                .andExpect(jsonPath("$.bayMoves[0].movedBy").value("adv-1"));
        dealer.post("/api/repair-orders/{id}/diagnosis-bay", "{\"bayId\":\"D1\",\"movedBy\":\"adv-1\"}", ro)
                .andExpect(domainRule("S4.2-diagnosis-bay", "bayId"));
        dealer.post("/api/repair-orders/{id}/concerns/C1/assistance-requests", "{\"reason\":\"\"}", ro)
                .andExpect(invalid("reason"));
        dealer.post("/api/repair-orders/{id}/concerns/C1/assistance-requests", help, ro)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.concerns[0].assistanceRequests[0].reason").value("cannot reproduce the noise"))
                .andExpect(jsonPath("$.concerns[0].assistanceRequests[0].requestedBy").value("adv-1"));
    }
}
