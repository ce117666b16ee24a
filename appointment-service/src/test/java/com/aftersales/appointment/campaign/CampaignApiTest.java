package com.aftersales.appointment.campaign;

import com.aftersales.appointment.support.Dealership;
import com.aftersales.platform.test.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;

import static com.aftersales.appointment.support.Dealership.read;
import static com.aftersales.appointment.support.Dealership.today;
import static com.aftersales.platform.test.ProblemMatchers.alreadyExists;
import static com.aftersales.platform.test.ProblemMatchers.illegalTransition;
import static com.aftersales.platform.test.ProblemMatchers.invalid;
import static com.aftersales.platform.test.ProblemMatchers.notFound;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ServiceTest
class CampaignApiTest {

    @Autowired
    MockMvc http;

    Dealership dealer;

    @BeforeEach
    void freshDealer() {
        dealer = Dealership.fresh(http);
    }

    static String campaignJson(String code, String kind, LocalDate startsOn, String eligibility) {
        return """
                {"code":"%s","title":"Winter check %s","kind":"%s",
                 "description":"Free check of battery, tyres and heating before winter.",
                 "customerScript":"Winter is coming: may we check your battery and tyres for free?",
                 "labourOperationCodes":["OIL"],"startsOn":"%s","endsOn":"%s","eligibility":%s}"""
                .formatted(code, code, kind, startsOn, startsOn.plusMonths(2), eligibility);
    }

    static String byModel(String model) {
        return "{\"models\":[\"" + model + "\"]}";
    }

    String launch(String code, String eligibility) throws Exception {
        return read(dealer.post("/api/campaigns", campaignJson(code, "MAINTENANCE_DRIVE", today().minusDays(1), eligibility))
                .andExpect(status().isCreated()), "$.id");
    }

    @Test
    @DisplayName("S1.3: a campaign is launched with its details and shows as OPEN")
    void aCampaignIsLaunched() throws Exception {
        String id = read(dealer.post("/api/campaigns", campaignJson("WINTER-26", "MAINTENANCE_DRIVE", today().minusDays(1),
                        byModel("Passat")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/campaigns/")))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.customerScript").value(startsWith("Winter is coming"))), "$.id");

        dealer.get("/api/campaigns/{id}", id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("WINTER-26"))
                .andExpect(jsonPath("$.eligibility.models[0]").value("Passat"));
    }

    @Test
    @DisplayName("S1.3: campaigns are listed, latest start first, with their status")
    void campaignsAreListed() throws Exception {
        dealer.post("/api/campaigns", campaignJson("OLD-1", "RECALL", today().minusDays(10), byModel("Passat")))
                .andExpect(status().isCreated());
        dealer.post("/api/campaigns", campaignJson("NEXT-1", "SERVICE_ACTION", today().plusDays(10), byModel("Passat")))
                .andExpect(status().isCreated());

        dealer.get("/api/campaigns")
                .andExpect(jsonPath("$[*].code", contains("NEXT-1", "OLD-1")))
                .andExpect(jsonPath("$[*].status", contains("PLANNED", "OPEN")));
        Dealership.fresh(http).get("/api/campaigns").andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    @DisplayName("S1.3: a campaign concerns the dealer's vehicles by model, VIN range (inclusive) and VIN list")
    void theVehiclesACampaignConcerns() throws Exception {
        String owner = dealer.customer();
        String passat = dealer.vehicle(owner, "LSVAA000000000001", "Passat", today().minusYears(1), 9000, true);
        String lowEnd = dealer.vehicle(owner, "LSVBB000000000100", "Lavida", today().minusYears(1), 9000, true);
        String highEnd = dealer.vehicle(owner, "LSVBB000000000199", "Lavida", today().minusYears(1), 9000, true);
        dealer.vehicle(owner, "LSVBB000000000200", "Lavida", today().minusYears(1), 9000, true);
        String listed = dealer.vehicle(owner, "LSVCC000000000007", "Tiguan L", today().minusYears(1), 9000, true);
        dealer.vehicle(owner, "LSVCC000000000008", "Tiguan L", today().minusYears(1), 9000, true);
        String id = launch("RECALL-1", """
                {"models":["passat"],"vinFrom":"LSVBB000000000100","vinTo":"LSVBB000000000199","vins":["LSVCC000000000007"]}""");

        dealer.get("/api/campaigns/{id}/vehicles", id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", containsInAnyOrder(passat, lowEnd, highEnd, listed)));
    }

    @Test
    @DisplayName("S1.3: a campaign of another dealer's vehicles shows none of them")
    void aCampaignOnlyConcernsItsDealersVehicles() throws Exception {
        Dealership other = Dealership.fresh(http);
        other.vehicle(other.customer(), "LSVAA000000000001", "Passat", today().minusYears(1), 9000, true);

        dealer.get("/api/campaigns/{id}/vehicles", launch("WINTER-26", byModel("Passat")))
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    @DisplayName("S1.3: a campaign is closed once; closing it again is refused naming the state CLOSED")
    void closingTwiceIsRefused() throws Exception {
        String id = launch("WINTER-26", byModel("Passat"));

        dealer.post("/api/campaigns/{id}/closure", """
                        {"note":"all vehicles done"}""", id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.closingNote").value("all vehicles done"));
        String before = dealer.snapshot("/api/campaigns/{id}", id);

        dealer.postWithoutBody("/api/campaigns/{id}/closure", id).andExpect(illegalTransition("CLOSED"));

        assertThat(dealer.snapshot("/api/campaigns/{id}", id)).isEqualTo(before);
    }

    @Test
    @DisplayName("S1.3: a closure with a note that is too long is refused and the campaign stays open")
    void aBadClosureChangesNothing() throws Exception {
        String id = launch("WINTER-26", byModel("Passat"));

        dealer.post("/api/campaigns/{id}/closure", "{\"note\":\"" + "x".repeat(501) + "\"}", id).andExpect(invalid("note"));

        dealer.get("/api/campaigns/{id}", id).andExpect(jsonPath("$.status").value("OPEN"));
    }

    @Test
    @DisplayName("S1.3: a campaign code is used once per dealership")
    void aDuplicateCodeIsRefused() throws Exception {
        launch("WINTER-26", byModel("Passat"));

        dealer.post("/api/campaigns", campaignJson("WINTER-26", "RECALL", today(), byModel("Lavida")))
                .andExpect(alreadyExists("code"));

        dealer.get("/api/campaigns").andExpect(jsonPath("$.length()").value(1));
    }

    @Test
    @DisplayName("S1.3: a campaign cannot be renamed to the code of another campaign")
    void renamingToAnExistingCodeIsRefused() throws Exception {
        launch("WINTER-26", byModel("Passat"));
        String second = launch("SPRING-27", byModel("Passat"));
        String before = dealer.snapshot("/api/campaigns/{id}", second);

        dealer.put("/api/campaigns/{id}", campaignJson("WINTER-26", "MAINTENANCE_DRIVE", today().minusDays(1),
                        byModel("Passat")), second)
                .andExpect(alreadyExists("code"));

        assertThat(dealer.snapshot("/api/campaigns/{id}", second)).isEqualTo(before);
    }

    @Test
    @DisplayName("S1.3: bad campaigns are refused field by field and nothing is launched")
    void badCampaignsAreRefused() throws Exception {
        dealer.post("/api/campaigns", campaignJson("WINTER-26", "MAINTENANCE_DRIVE", today(), """
                        {"vinFrom":"LSVBB000000000100"}""")).andExpect(invalid("eligibility.vinTo"));
        dealer.post("/api/campaigns", campaignJson("WINTER-26", "MAINTENANCE_DRIVE", today(), """
                        {"models":[]}""")).andExpect(invalid("eligibility"));
        dealer.post("/api/campaigns", campaignJson("WINTER-26", "MAINTENANCE_DRIVE", today(), """
                        {"vins":["LSVBB00000000010O"]}""")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(startsWith("eligibility.vins")));
        dealer.post("/api/campaigns", campaignJson("winter 26", "CAMPAIGN", today(), byModel("Passat")))
                .andExpect(invalid("kind"));
        dealer.post("/api/campaigns", """
                        {"code":"W","title":"","kind":"RECALL","description":"x","startsOn":"2026-13-01","eligibility":{"models":["Passat"]}}""")
                .andExpect(invalid("startsOn"));
        dealer.post("/api/campaigns", """
                        {"code":"W","title":"","kind":"RECALL","description":"","eligibility":{"models":["Passat"]}}""")
                .andExpect(invalid("code"))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("code", "title", "description", "startsOn")));
        String endsBeforeStart = campaignJson("WINTER-26", "RECALL", today(), byModel("Passat"))
                .replace("\"endsOn\":\"" + today().plusMonths(2) + "\"", "\"endsOn\":\"" + today().minusDays(1) + "\"");
        dealer.post("/api/campaigns", endsBeforeStart).andExpect(invalid("endsOn"));

        dealer.get("/api/campaigns").andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    @DisplayName("S1.3: a campaign's details are corrected; a bad correction changes nothing")
    void aCampaignIsCorrected() throws Exception {
        String id = launch("WINTER-26", byModel("Passat"));

        dealer.put("/api/campaigns/{id}", campaignJson("WINTER-26", "RECALL", today().minusDays(1), byModel("Lavida")), id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("RECALL"))
                .andExpect(jsonPath("$.eligibility.models[0]").value("Lavida"));
        String before = dealer.snapshot("/api/campaigns/{id}", id);

        dealer.put("/api/campaigns/{id}", campaignJson("WINTER-26", "RECALL", today(), "{}"), id).andExpect(invalid("eligibility"));

        assertThat(dealer.snapshot("/api/campaigns/{id}", id)).isEqualTo(before);
    }

    @Test
    @DisplayName("S1.3: an unknown campaign is a 404 problem detail")
    void anUnknownCampaignIsNotFound() throws Exception {
        dealer.get("/api/campaigns/{id}", "nope").andExpect(notFound("campaign"));
        dealer.get("/api/campaigns/{id}/vehicles", "nope").andExpect(notFound("campaign"));
        dealer.postWithoutBody("/api/campaigns/{id}/closure", "nope").andExpect(notFound("campaign"));
        dealer.put("/api/campaigns/{id}", campaignJson("X-1", "RECALL", today(), byModel("Passat")), "nope")
                .andExpect(notFound("campaign"));
        Dealership.fresh(http).get("/api/campaigns/{id}", launch("WINTER-26", byModel("Passat"))).andExpect(notFound("campaign"));
    }
}
