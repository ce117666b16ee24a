package com.aftersales.reception.repairorder;

import com.aftersales.platform.test.ServiceTest;
import com.aftersales.reception.support.Dealership;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static com.aftersales.reception.support.Dealership.ADVISOR;
import static com.aftersales.reception.support.Dealership.inMinutes;
import static com.aftersales.reception.support.Dealership.read;
import static com.aftersales.reception.support.Dealership.walkInJson;
import static com.aftersales.platform.test.ProblemMatchers.domainRule;
import static com.aftersales.platform.test.ProblemMatchers.illegalTransition;
import static com.aftersales.platform.test.ProblemMatchers.invalid;
import static com.aftersales.platform.test.ProblemMatchers.notFound;
import static com.aftersales.platform.test.ProblemMatchers.staleVersion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Step 3 through HTTP: walk-ins, finding ROs, greeting (S3.2), one advisor (S3.4), check-in (S8.3), promise (G2). */
@ServiceTest
class RepairOrderApiTest {

    static final String TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString().replace("-", "");

    @Autowired
    MockMvc http;

    Dealership dealer;

    @BeforeEach
    void freshDealer() {
        dealer = Dealership.fresh(http);
    }

    @Test
    @DisplayName("S3.1: a walk-in RO is opened with 201, an RO number of the day, its advisor and the promised time")
    void aWalkInIsOpened() throws Exception {
        Instant promise = inMinutes(240);

        dealer.post("/api/repair-orders", walkInJson(ADVISOR, promise))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/repair-orders/")))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.number").value("RO-" + TODAY + "-0001"))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.walkIn").value(true))
                .andExpect(jsonPath("$.advisorId").value(ADVISOR))
                .andExpect(jsonPath("$.promisedAt").value(promise.toString()))
                .andExpect(jsonPath("$.arrivedAt").exists())
                .andExpect(jsonPath("$.requestedWork[0].name").value("Noise from the front left wheel"))
                .andExpect(jsonPath("$.estimate.version").value(1))
                .andExpect(jsonPath("$.estimate.status").value("DRAFT"));
        dealer.post("/api/repair-orders", walkInJson(ADVISOR, promise))
                .andExpect(jsonPath("$.number").value("RO-" + TODAY + "-0002"));
        Dealership.fresh(http).post("/api/repair-orders", walkInJson(ADVISOR, promise))
                .andExpect(jsonPath("$.number").value("RO-" + TODAY + "-0001"));
    }

    @Test
    @DisplayName("S3.1: requested work may be given as operations of the catalogue")
    void requestedWorkAsOperations() throws Exception {
        String json = walkInJson(ADVISOR, inMinutes(240)).replace("[\"Noise from the front left wheel\"]",
                "[{\"labourOperationCode\":\"OIL\",\"name\":\"Oil change\",\"standardHours\":1.5}]");

        dealer.post("/api/repair-orders", json)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.requestedWork[0].labourOperationCode").value("OIL"))
                .andExpect(jsonPath("$.requestedWork[0].standardHours").value(1.5));
    }

    @Test
    @DisplayName("S3.1: bad walk-in input is refused field by field and opens nothing, uses no RO number")
    void badWalkInInputOpensNothing() throws Exception {
        dealer.post("/api/repair-orders", "{}")
                .andExpect(invalid("customerId"))
                .andExpect(jsonPath("$.errors[*].field").value(hasItems("vehicleId", "vin", "plate", "advisorId", "promisedAt")));
        dealer.post("/api/repair-orders", walkInJson(ADVISOR, inMinutes(240)).replaceFirst("\"vin\":\"[A-Z0-9]+\"", "\"vin\":\"IOQ123\""))
                .andExpect(invalid("vin"));
        dealer.post("/api/repair-orders", walkInJson(ADVISOR, inMinutes(-5))).andExpect(invalid("promisedAt"));
        dealer.post("/api/repair-orders", walkInJson(ADVISOR, inMinutes(240)).replace("\"promisedAt\":\"", "\"promisedAt\":\"soon"))
                .andExpect(invalid("promisedAt"));
        dealer.post("/api/repair-orders", walkInJson(ADVISOR, inMinutes(240)).replace("[\"Noise from the front left wheel\"]",
                "[{\"standardHours\":-1}]")).andExpect(invalid("requestedWork[0].name"))
                .andExpect(jsonPath("$.errors[*].field").value(hasItems("requestedWork[0].standardHours")));
        dealer.post("/api/repair-orders", "{\"customerId\":").andExpect(invalid("body"));

        dealer.get("/api/repair-orders").andExpect(jsonPath("$.total").value(0));
        dealer.post("/api/repair-orders", walkInJson(ADVISOR, inMinutes(240)))
                .andExpect(jsonPath("$.number").value("RO-" + TODAY + "-0001"));
    }

    @Test
    @DisplayName("ROs are read back and listed, filtered by status and day, paged")
    void repairOrdersAreListed() throws Exception {
        String first = dealer.walkIn();
        String second = dealer.walkIn();

        dealer.get("/api/repair-orders/{id}", first).andExpect(status().isOk()).andExpect(jsonPath("$.id").value(first));
        dealer.get("/api/repair-orders")
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[*].id", contains(second, first)));
        dealer.get("/api/repair-orders?status=OPEN&date=" + LocalDate.now(ZoneId.of("Asia/Shanghai")))
                .andExpect(jsonPath("$.total").value(2));
        dealer.get("/api/repair-orders?status=APPROVED").andExpect(jsonPath("$.total").value(0));
        dealer.get("/api/repair-orders?date=2020-01-01").andExpect(jsonPath("$.total").value(0));
        dealer.get("/api/repair-orders?size=1&page=1")
                .andExpect(jsonPath("$.items[0].id").value(first))
                .andExpect(jsonPath("$.total").value(2));
        dealer.get("/api/repair-orders?status=FINE").andExpect(invalid("status"));
        dealer.get("/api/repair-orders?date=today").andExpect(invalid("date"));
        dealer.get("/api/repair-orders?size=0").andExpect(invalid("size"));
    }

    @Test
    @DisplayName("another dealer's RO, or no RO at all, is not found")
    void otherDealersRepairOrdersAreNotFound() throws Exception {
        String id = dealer.walkIn();

        Dealership.fresh(http).get("/api/repair-orders/{id}", id).andExpect(notFound("repair order"));
        dealer.get("/api/repair-orders/{id}", "nope").andExpect(notFound("repair order"));
        dealer.get("/api/repair-orders/by-appointment/{a}", "no-such-appointment").andExpect(notFound("repair order of appointment"));
        dealer.post("/api/repair-orders/{id}/greeting", "{\"advisorId\":\"adv-1\"}", "nope").andExpect(notFound("repair order"));
    }

    @Test
    @DisplayName("S3.2: the greeting records when and by whom, and the wait since arrival; a second greeting is refused")
    void theGreetingMeasuresTheWait() throws Exception {
        String id = dealer.walkIn();

        dealer.post("/api/repair-orders/{id}/greeting", "{\"advisorId\":\"adv-1\"}", id)
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.greetedAt").exists())
                .andExpect(jsonPath("$.greetedBy").value("adv-1"))
                .andExpect(jsonPath("$.waitSeconds").value(greaterThanOrEqualTo(0)));
        String after = dealer.snapshot("/api/repair-orders/{id}", id);

        dealer.post("/api/repair-orders/{id}/greeting", "{\"advisorId\":\"adv-1\"}", id).andExpect(illegalTransition("GREETED"));
        dealer.post("/api/repair-orders/{id}/greeting", "{}", id).andExpect(invalid("advisorId"));
        assertThat(dealer.snapshot("/api/repair-orders/{id}", id)).isEqualTo(after);
    }

    @Test
    @DisplayName("S3.4: a reassignment is recorded with its reason; without a reason, or to the same advisor, it is refused")
    void aReassignmentIsRecorded() throws Exception {
        String id = dealer.walkIn();

        dealer.post("/api/repair-orders/{id}/reassignment", "{\"advisorId\":\"adv-1\",\"reason\":\"x\"}", id)
                .andExpect(domainRule("S3.4-one-advisor", "advisorId"));
        dealer.post("/api/repair-orders/{id}/reassignment", "{\"advisorId\":\"adv-2\"}", id).andExpect(invalid("reason"));
        dealer.post("/api/repair-orders/{id}/reassignment", "{\"advisorId\":\"adv-2\",\"reason\":\"adv-1 went home ill\"}", id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.advisorId").value("adv-2"))
                .andExpect(jsonPath("$.advisorHistory[*].advisorId", contains("adv-1", "adv-2")))
                .andExpect(jsonPath("$.advisorHistory[1].reason").value("adv-1 went home ill"));
    }

    @Test
    @DisplayName("S8.3: the check-in walkaround is recorded once; bad values are refused and change nothing")
    void theCheckInIsRecorded() throws Exception {
        String id = dealer.walkIn();
        String before = dealer.snapshot("/api/repair-orders/{id}", id);

        dealer.post("/api/repair-orders/{id}/check-in", """
                {"odometerKm":-1,"fuelLevelPercent":120,"existingDamage":[""],"checkedInBy":""}""", id)
                .andExpect(invalid("odometerKm"))
                .andExpect(jsonPath("$.errors[*].field").value(hasItems("fuelLevelPercent", "existingDamage[0]", "checkedInBy")));
        assertThat(dealer.snapshot("/api/repair-orders/{id}", id)).isEqualTo(before);

        String walkaround = """
                {"odometerKm":42000,"fuelLevelPercent":35,"existingDamage":["scratch on the rear bumper"],
                 "valuables":["sunglasses in the glovebox"],"settingsToRestore":["seat position 3","radio 97.7 FM"],
                 "checkedInBy":"adv-1"}""";
        dealer.post("/api/repair-orders/{id}/check-in", walkaround, id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.checkIn.odometerKm").value(42_000))
                .andExpect(jsonPath("$.checkIn.fuelLevelPercent").value(35))
                .andExpect(jsonPath("$.checkIn.existingDamage[0]").value("scratch on the rear bumper"))
                .andExpect(jsonPath("$.checkIn.valuables[0]").value("sunglasses in the glovebox"))
                .andExpect(jsonPath("$.checkIn.settingsToRestore", contains("seat position 3", "radio 97.7 FM")))
                .andExpect(jsonPath("$.checkIn.checkedInAt").exists());
        dealer.post("/api/repair-orders/{id}/check-in", walkaround, id).andExpect(illegalTransition("CHECKED_IN"));
    }

    @Test
    @DisplayName("G2: the promised time is revised with who and why; a past promise is refused")
    void thePromiseIsRevisedWithARecord() throws Exception {
        String id = dealer.walkIn();
        Instant later = inMinutes(300);

        dealer.post("/api/repair-orders/{id}/promised-time", """
                {"promisedAt":"%s","reason":"waiting for the alignment bay","revisedBy":"adv-1"}""".formatted(inMinutes(-10)), id)
                .andExpect(invalid("promisedAt"));
        dealer.post("/api/repair-orders/{id}/promised-time", "{\"promisedAt\":\"%s\"}".formatted(later), id)
                .andExpect(invalid("reason"))
                .andExpect(jsonPath("$.errors[*].field").value(hasItems("revisedBy")));
        dealer.post("/api/repair-orders/{id}/promised-time", """
                {"promisedAt":"%s","reason":"waiting for the alignment bay","revisedBy":"adv-1"}""".formatted(later), id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.promisedAt").value(later.toString()))
                .andExpect(jsonPath("$.promiseRevisions[0].promisedAt").value(later.toString()))
                .andExpect(jsonPath("$.promiseRevisions[0].reason").value("waiting for the alignment bay"))
                .andExpect(jsonPath("$.promiseRevisions[0].revisedBy").value("adv-1"));
        dealer.get("/api/repair-orders").andExpect(jsonPath("$.items[0].promisedAt").value(later.toString()));
    }

    @Test
    @DisplayName("a change sent with an old version (If-Match) is refused with 409 and changes nothing")
    void aStaleChangeIsRefused() throws Exception {
        String id = dealer.walkIn();
        dealer.post("/api/repair-orders/{id}/greeting", "{\"advisorId\":\"adv-1\"}", id).andExpect(status().isOk());

        dealer.postIfMatch("/api/repair-orders/{id}/reassignment", "\"0\"", "{\"advisorId\":\"adv-2\",\"reason\":\"r\"}", id)
                .andExpect(staleVersion());
        dealer.postIfMatch("/api/repair-orders/{id}/reassignment", "\"1\"", "{\"advisorId\":\"adv-2\",\"reason\":\"r\"}", id)
                .andExpect(status().isOk());
        String number = read(dealer.get("/api/repair-orders/{id}", id), "$.number");
        assertThat(number).matches("RO-\\d{8}-\\d{4}");
    }

    @Test
    @DisplayName("RO numbers are human numbers apart from the opaque id")
    void numbersAreApartFromIds() throws Exception {
        String id = dealer.walkIn();

        dealer.get("/api/repair-orders/{id}", id)
                .andExpect(jsonPath("$.number").value(matchesPattern("RO-\\d{8}-0001")))
                .andExpect(jsonPath("$.id").value(matchesPattern("[0-9a-f-]{36}")));
    }
}
