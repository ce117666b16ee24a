package com.aftersales.appointment.solicitation;

import com.aftersales.appointment.support.Dealership;
import com.aftersales.appointment.support.Vins;
import com.aftersales.platform.test.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.List;

import static com.aftersales.appointment.support.Dealership.read;
import static com.aftersales.appointment.support.Dealership.today;
import static com.aftersales.platform.test.ProblemMatchers.domainRule;
import static com.aftersales.platform.test.ProblemMatchers.illegalTransition;
import static com.aftersales.platform.test.ProblemMatchers.invalid;
import static com.aftersales.platform.test.ProblemMatchers.notFound;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ServiceTest
class SolicitationApiTest {

    @Autowired
    MockMvc http;

    Dealership dealer;
    String owner;

    @BeforeEach
    void freshDealerWithACustomerReachableBySms() throws Exception {
        dealer = Dealership.fresh(http);
        owner = dealer.customer("Liu Yang", Dealership.randomPhone(), "SMS");
    }

    /** Bought four months ago, first maintenance (due after three months) not done yet. */
    String vehicleDueForFirstService() throws Exception {
        return dealer.vehicle(owner, Vins.random(), "Passat", today().minusMonths(4), 2_000, false);
    }

    String keyOf(String vehicleId, String kind) throws Exception {
        List<String> keys = read(dealer.perform(get("/api/solicitations").param("vehicleId", vehicleId).param("kind", kind)),
                "$.items[*].key");
        assertThat(keys).hasSize(1);
        return keys.get(0);
    }

    static String attempt(String channel, String outcome, String reason, String note) {
        return """
                {"channel":"%s","outcome":"%s","declineReason":%s,"note":%s,"agent":"agent-7"}"""
                .formatted(channel, outcome, reason == null ? "null" : "\"" + reason + "\"", note == null ? "null" : "\"" + note + "\"");
    }

    @Test
    @DisplayName("S1.2: a vehicle bought four months ago without its first maintenance is due for it")
    void aVehicleDueForItsFirstMaintenanceIsListed() throws Exception {
        String due = vehicleDueForFirstService();
        String notDue = dealer.vehicle(owner);

        dealer.get("/api/solicitations")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].kind").value("MAINTENANCE_DUE"))
                .andExpect(jsonPath("$.items[0].vehicle.id").value(due))
                .andExpect(jsonPath("$.items[0].firstService").value(true))
                .andExpect(jsonPath("$.items[0].dueDate").value(today().minusMonths(4).plusMonths(3).toString()))
                .andExpect(jsonPath("$.items[0].dueMileageKm").value(5000))
                .andExpect(jsonPath("$.items[0].customer.name").value("Liu Yang"))
                .andExpect(jsonPath("$.items[0].status").value("OPEN"))
                .andExpect(jsonPath("$.items[*].vehicle.id").value(not(hasItem(notDue))));
    }

    @Test
    @DisplayName("S1.2: a vehicle driven a lot is due by its estimated mileage before its due date")
    void aVehicleIsDueByEstimatedMileage() throws Exception {
        // 4200 km in the 30 days since purchase: 140 km a day, so about 8400 km in 30 days, past the 5000 km
        String vehicle = dealer.vehicle(owner, Vins.random(), "Passat", today().minusDays(30), 4_200, false);

        dealer.perform(get("/api/solicitations").param("vehicleId", vehicle))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].dueDate").value(today().minusDays(30).plusMonths(3).toString()))
                .andExpect(jsonPath("$.items[0].dueMileageKm").value(5000))
                .andExpect(jsonPath("$.items[0].estimatedMileageKm").value(8400));
    }

    @Test
    @DisplayName("S1.2: a maintenance due later than the horizon shows only when asked for that far ahead")
    void theHorizonIsRespected() throws Exception {
        LocalDate dueOn = today().plusDays(40);
        String vehicle = dealer.vehicle(owner, Vins.random(), "Passat", dueOn.minusMonths(3), 500, false);

        dealer.get("/api/solicitations").andExpect(jsonPath("$.total").value(0));
        dealer.get("/api/solicitations?dueBy=" + today().plusDays(45))
                .andExpect(jsonPath("$.items[0].vehicle.id").value(vehicle))
                .andExpect(jsonPath("$.items[0].dueDate").value(dueOn.toString()));
    }

    @Test
    @DisplayName("S1.3: a campaign concerning a vehicle shows with its description and the customer script")
    void aCampaignShowsWithItsDetails() throws Exception {
        String vehicle = dealer.vehicle(owner, Vins.random(), "Magotan", today().minusDays(20), 800, true);
        String campaign = read(dealer.post("/api/campaigns", """
                {"code":"AIRBAG-R1","title":"Airbag inflator recall","kind":"RECALL",
                 "description":"Replace the passenger airbag inflator (VW recall 69Q7).",
                 "customerScript":"Your car is part of a free safety recall; the work takes about one hour.",
                 "labourOperationCodes":["AIRBAG"],"startsOn":"%s","eligibility":{"models":["Magotan"]}}"""
                .formatted(today().minusDays(3))).andExpect(status().isCreated()), "$.id");

        dealer.perform(get("/api/solicitations").param("vehicleId", vehicle))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].kind").value("CAMPAIGN"))
                .andExpect(jsonPath("$.items[0].key").value("CAMPAIGN:" + campaign + ":" + vehicle))
                .andExpect(jsonPath("$.items[0].campaign.code").value("AIRBAG-R1"))
                .andExpect(jsonPath("$.items[0].campaign.kind").value("RECALL"))
                .andExpect(jsonPath("$.items[0].campaign.description").value("Replace the passenger airbag inflator (VW recall 69Q7)."))
                .andExpect(jsonPath("$.items[0].campaign.customerScript")
                        .value("Your car is part of a free safety recall; the work takes about one hour."))
                .andExpect(jsonPath("$.items[0].campaign.labourOperationCodes[0]").value("AIRBAG"));
    }

    @Test
    @DisplayName("S1.3: recalls come first in the list; a closed campaign leaves it")
    void recallsComeFirstAndClosedCampaignsLeave() throws Exception {
        vehicleDueForFirstService();
        dealer.vehicle(owner, Vins.random(), "Magotan", today().minusDays(20), 800, true);
        String recall = read(dealer.post("/api/campaigns", """
                {"code":"R-1","title":"Recall","kind":"RECALL","description":"Recall work","startsOn":"%s",
                 "eligibility":{"models":["Magotan"]}}""".formatted(today().minusDays(3))).andExpect(status().isCreated()), "$.id");

        dealer.get("/api/solicitations").andExpect(jsonPath("$.items[*].kind", contains("CAMPAIGN", "MAINTENANCE_DUE")));

        dealer.postWithoutBody("/api/campaigns/{id}/closure", recall).andExpect(status().isOk());
        dealer.get("/api/solicitations").andExpect(jsonPath("$.items[*].kind", contains("MAINTENANCE_DUE")));
    }

    @Test
    @DisplayName("S1.2: the list is filtered by kind")
    void theListIsFilteredByKind() throws Exception {
        vehicleDueForFirstService();
        dealer.vehicle(owner, Vins.random(), "Magotan", today().minusDays(20), 800, true);
        dealer.post("/api/campaigns", """
                {"code":"D-1","title":"Drive","kind":"MAINTENANCE_DRIVE","description":"Drive","startsOn":"%s",
                 "eligibility":{"models":["Magotan"]}}""".formatted(today())).andExpect(status().isCreated());

        dealer.get("/api/solicitations?kind=CAMPAIGN").andExpect(jsonPath("$.items[*].kind", contains("CAMPAIGN")));
        dealer.get("/api/solicitations?kind=MAINTENANCE_DUE").andExpect(jsonPath("$.items[*].kind", contains("MAINTENANCE_DUE")));
        dealer.get("/api/solicitations?kind=SOMETHING").andExpect(invalid("kind"));
    }

    @Test
    @DisplayName("G5: contact through a channel the customer did not consent to is refused and not recorded")
    void contactWithoutConsentIsRefused() throws Exception {
        String vehicle = vehicleDueForFirstService();
        String key = keyOf(vehicle, "MAINTENANCE_DUE");

        dealer.post("/api/solicitations/{key}/attempts", attempt("PHONE", "NO_ANSWER", null, null), key)
                .andExpect(domainRule("G5-consent", "channel"));

        dealer.perform(get("/api/solicitations").param("vehicleId", vehicle))
                .andExpect(jsonPath("$.items[0].attempts", empty()));
    }

    @Test
    @DisplayName("S1.2: an unanswered contact is recorded and the entry stays in the list with it")
    void anUnansweredContactIsRecorded() throws Exception {
        String vehicle = vehicleDueForFirstService();
        String key = keyOf(vehicle, "MAINTENANCE_DUE");

        dealer.post("/api/solicitations/{key}/attempts", attempt("SMS", "NO_ANSWER", null, null), key)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.kind").value("MAINTENANCE_DUE"))
                .andExpect(jsonPath("$.customerId").value(owner))
                .andExpect(jsonPath("$.attempts.length()").value(1));

        dealer.perform(get("/api/solicitations").param("vehicleId", vehicle))
                .andExpect(jsonPath("$.items[0].status").value("OPEN"))
                .andExpect(jsonPath("$.items[0].attempts[0].channel").value("SMS"))
                .andExpect(jsonPath("$.items[0].attempts[0].agent").value("agent-7"));
    }

    @Test
    @DisplayName("S1.4: a decline without a coded reason is refused and not recorded")
    void aDeclineWithoutReasonIsRefused() throws Exception {
        String vehicle = vehicleDueForFirstService();
        String key = keyOf(vehicle, "MAINTENANCE_DUE");

        dealer.post("/api/solicitations/{key}/attempts", attempt("SMS", "DECLINED", null, "too expensive"), key)
                .andExpect(invalid("declineReason"));
        dealer.post("/api/solicitations/{key}/attempts", attempt("SMS", "DECLINED", "OTHER", null), key)
                .andExpect(invalid("note"));

        dealer.perform(get("/api/solicitations").param("vehicleId", vehicle))
                .andExpect(jsonPath("$.items[0].status").value("OPEN"))
                .andExpect(jsonPath("$.items[0].attempts", empty()));
    }

    @Test
    @DisplayName("S1.4: malformed contacts are refused field by field and not recorded")
    void malformedContactsAreRefused() throws Exception {
        String vehicle = vehicleDueForFirstService();
        String key = keyOf(vehicle, "MAINTENANCE_DUE");

        dealer.post("/api/solicitations/{key}/attempts", """
                {"channel":"SMS","outcome":"MAYBE","agent":"agent-7"}""", key).andExpect(invalid("outcome"));
        dealer.post("/api/solicitations/{key}/attempts", """
                {"outcome":"NO_ANSWER"}""", key)
                .andExpect(invalid("channel"))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("agent")));

        dealer.perform(get("/api/solicitations").param("vehicleId", vehicle))
                .andExpect(jsonPath("$.items[0].attempts", empty()));
    }

    @Test
    @DisplayName("S1.4: after a decline the entry leaves the list; it is still there when closed entries are asked for")
    void aDeclinedEntryLeavesTheList() throws Exception {
        String vehicle = vehicleDueForFirstService();
        String key = keyOf(vehicle, "MAINTENANCE_DUE");

        dealer.post("/api/solicitations/{key}/attempts", attempt("SMS", "DECLINED", "SERVICED_ELSEWHERE", "uses a local garage"), key)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DECLINED"));

        dealer.perform(get("/api/solicitations").param("vehicleId", vehicle)).andExpect(jsonPath("$.total").value(0));
        dealer.perform(get("/api/solicitations").param("vehicleId", vehicle).param("includeClosed", "true"))
                .andExpect(jsonPath("$.items[0].status").value("DECLINED"))
                .andExpect(jsonPath("$.items[0].attempts[0].declineReason").value("SERVICED_ELSEWHERE"));
    }

    @Test
    @DisplayName("S1.4: no further contact is recorded after a decline")
    void noContactAfterADecline() throws Exception {
        String key = keyOf(vehicleDueForFirstService(), "MAINTENANCE_DUE");
        dealer.post("/api/solicitations/{key}/attempts", attempt("SMS", "DECLINED", "NO_TIME", null), key)
                .andExpect(status().isCreated());

        dealer.post("/api/solicitations/{key}/attempts", attempt("SMS", "NO_ANSWER", null, null), key)
                .andExpect(illegalTransition("DECLINED"));
    }

    @Test
    @DisplayName("S1.2: a vehicle with an open appointment leaves the maintenance list until the appointment is cancelled")
    void aBookedVehicleLeavesTheMaintenanceList() throws Exception {
        dealer.withWorkshop(8).withCatalogue();
        String vehicle = vehicleDueForFirstService();
        String appointment = dealer.book(owner, vehicle, today().plusDays(3), "10:00", "OIL");

        dealer.perform(get("/api/solicitations").param("vehicleId", vehicle)).andExpect(jsonPath("$.total").value(0));

        dealer.post("/api/appointments/{id}/cancellation", "{\"reason\":\"customer ill\"}", appointment).andExpect(status().isOk());
        dealer.perform(get("/api/solicitations").param("vehicleId", vehicle)).andExpect(jsonPath("$.total").value(1));
    }

    @Test
    @DisplayName("S1.4: declines are counted per reason, with percentages and the notes")
    void declinesAreCountedPerReason() throws Exception {
        for (String[] decline : new String[][]{{"PRICE_TOO_HIGH", null}, {"PRICE_TOO_HIGH", "quoted 20% less elsewhere"},
                {"OTHER", "moving to Chengdu"}}) {
            String key = keyOf(vehicleDueForFirstService(), "MAINTENANCE_DUE");
            dealer.post("/api/solicitations/{key}/attempts", attempt("SMS", "DECLINED", decline[0], decline[1]), key)
                    .andExpect(status().isCreated());
        }
        String key = keyOf(vehicleDueForFirstService(), "MAINTENANCE_DUE");
        dealer.post("/api/solicitations/{key}/attempts", attempt("SMS", "NO_ANSWER", null, null), key).andExpect(status().isCreated());

        dealer.get("/api/solicitations/decline-statistics")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value(today().minusDays(29).toString()))
                .andExpect(jsonPath("$.to").value(today().toString()))
                .andExpect(jsonPath("$.declines").value(3))
                .andExpect(jsonPath("$.byReason[0].reason").value("PRICE_TOO_HIGH"))
                .andExpect(jsonPath("$.byReason[0].count").value(2))
                .andExpect(jsonPath("$.byReason[0].percent").value(67))
                .andExpect(jsonPath("$.byReason[0].label").value("Price too high"))
                .andExpect(jsonPath("$.byReason[1].reason").value("OTHER"))
                .andExpect(jsonPath("$.byReason[1].count").value(1))
                .andExpect(jsonPath("$.byReason[1].percent").value(33))
                .andExpect(jsonPath("$.byKind.MAINTENANCE_DUE").value(3))
                .andExpect(jsonPath("$.notes.length()").value(2));
        dealer.get("/api/solicitations/decline-statistics?from=" + today().minusDays(60) + "&to=" + today().minusDays(31))
                .andExpect(jsonPath("$.declines").value(0));
        dealer.get("/api/solicitations/decline-statistics?from=" + today() + "&to=" + today().minusDays(1))
                .andExpect(invalid("to"));
        Dealership.fresh(http).get("/api/solicitations/decline-statistics").andExpect(jsonPath("$.declines").value(0));
    }

    @Test
    @DisplayName("S1.4: the coded decline reasons are listed with their labels")
    void theDeclineReasonsAreListed() throws Exception {
        dealer.get("/api/decline-reasons")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(8))
                .andExpect(jsonPath("$[0].code").value("PRICE_TOO_HIGH"))
                .andExpect(jsonPath("$[0].label").value("Price too high"))
                .andExpect(jsonPath("$[0].labelZh").value("价格太高"))
                .andExpect(jsonPath("$[*].code").value(hasItem("OTHER")));
    }

    @Test
    @DisplayName("S1.2: a contact under an unknown solicitation key is a 404 problem detail")
    void anUnknownKeyIsNotFound() throws Exception {
        String vehicle = vehicleDueForFirstService();
        for (String key : List.of("NOPE:abc", "MAINTENANCE_DUE", "MAINTENANCE_DUE:no-such-vehicle:2026-01-01",
                "CAMPAIGN:no-such-campaign:" + vehicle, "DECLINED_WORK:no-such-work")) {
            dealer.post("/api/solicitations/{key}/attempts", attempt("SMS", "NO_ANSWER", null, null), key)
                    .andExpect(notFound("solicitation"));
        }
        Dealership.fresh(http).post("/api/solicitations/{key}/attempts", attempt("SMS", "NO_ANSWER", null, null),
                keyOf(vehicle, "MAINTENANCE_DUE")).andExpect(notFound("solicitation"));
    }

    @Test
    @DisplayName("G5: another dealership's list does not show this dealer's vehicles")
    void anotherDealerSeesNothing() throws Exception {
        vehicleDueForFirstService();

        Dealership.fresh(http).get("/api/solicitations").andExpect(jsonPath("$.total").value(0));
    }
}
