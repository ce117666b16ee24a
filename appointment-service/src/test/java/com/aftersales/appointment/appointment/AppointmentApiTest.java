package com.aftersales.appointment.appointment;

import com.aftersales.appointment.support.Dealership;
import com.aftersales.appointment.support.Vins;
import com.aftersales.platform.test.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;

import static com.aftersales.appointment.support.Dealership.bookingJson;
import static com.aftersales.appointment.support.Dealership.read;
import static com.aftersales.appointment.support.Dealership.today;
import static com.aftersales.appointment.support.JsonNumbers.number;
import static com.aftersales.platform.test.ProblemMatchers.domainRule;
import static com.aftersales.platform.test.ProblemMatchers.illegalTransition;
import static com.aftersales.platform.test.ProblemMatchers.invalid;
import static com.aftersales.platform.test.ProblemMatchers.notFound;
import static com.aftersales.platform.test.ProblemMatchers.staleVersion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Booking and the life of an appointment through HTTP (step 2: S2.1-S2.3 and the capacity rule). */
@ServiceTest
class AppointmentApiTest {

    static final LocalDate IN_TWO_DAYS = today().plusDays(2);

    @Autowired
    MockMvc http;

    Dealership dealer;
    String customer;
    String vehicle;

    /** A workshop of 8 hours a day; OIL 1.5 h with parts, BRAKE 3 h, ENGINE 6 h. */
    @BeforeEach
    void freshDealerWithWorkshopCatalogueCustomerAndVehicle() throws Exception {
        dealer = Dealership.fresh(http).withWorkshop(8).withCatalogue();
        customer = dealer.customer();
        vehicle = dealer.vehicle(customer, Vins.random(), "Passat", today().minusMonths(2), 2500, false);
    }

    String dayLoad(LocalDate date) throws Exception {
        return dealer.snapshot("/api/workshop-capacity/days?from=" + date + "&to=" + date);
    }

    String appointments(LocalDate date) throws Exception {
        return dealer.snapshot("/api/appointments?from=" + date + "&to=" + date);
    }

    String anotherVehicle() throws Exception {
        return dealer.vehicle(customer);
    }

    @Test
    @DisplayName("S2.1: a booking answers 201 with the briefing: parts, expected cost and time, bring the warranty booklet")
    void bookingAnswersWithTheBriefing() throws Exception {
        dealer.post("/api/appointments", bookingJson(customer, vehicle, IN_TWO_DAYS, "09:00", "OIL"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/appointments/")))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.status").value("BOOKED"))
                .andExpect(jsonPath("$.date").value(IN_TWO_DAYS.toString()))
                .andExpect(jsonPath("$.time").value(startsWith("09:00")))
                .andExpect(jsonPath("$.firstService").value(true))
                .andExpect(jsonPath("$.model").value("Passat"))
                .andExpect(jsonPath("$.expectedHours").value(number(1.5)))
                // 1.5 h x 300.00 + 45.00 + 4 x 60.00 = 735.00
                .andExpect(jsonPath("$.expectedCost.amount").value(73_500))
                .andExpect(jsonPath("$.expectedCost.currency").value("CNY"))
                .andExpect(jsonPath("$.briefing.bringWarrantyBooklet").value(true))
                .andExpect(jsonPath("$.briefing.parts[*].partNumber", contains("OF-100", "EO-5W30")))
                .andExpect(jsonPath("$.briefing.expectedCost.amount").value(73_500))
                .andExpect(jsonPath("$.briefing.expectedHours").value(number(1.5)))
                .andExpect(jsonPath("$.briefing.readyAround").value(startsWith("10:30")))
                .andExpect(jsonPath("$.briefing.careNotes", not(empty())))
                .andExpect(jsonPath("$.requestedWork[0].labourOperationCode").value("OIL"))
                .andExpect(jsonPath("$.customerRemarks").value("Noise from the front left wheel"));
    }

    @Test
    @DisplayName("S2.1: a booking that does not mention forcing is an ordinary booking (forceOverCapacity is optional)")
    void aBookingNeedNotMentionForcing() throws Exception {
        String withoutTheFlag = bookingJson(customer, vehicle, IN_TWO_DAYS, "09:00", "OIL")
                .replace(",\"forceOverCapacity\":false", "");

        dealer.post("/api/appointments", withoutTheFlag)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.forcedOverCapacity").value(false));
    }

    @Test
    @DisplayName("S2: a rescheduling that does not mention forcing is an ordinary rescheduling (forceOverCapacity is optional)")
    void aReschedulingNeedNotMentionForcing() throws Exception {
        String id = dealer.book(customer, vehicle, IN_TWO_DAYS, "09:00", "OIL");

        dealer.post("/api/appointments/{id}/reschedule", "{\"date\":\"%s\",\"time\":\"10:00\"}".formatted(today().plusDays(3)), id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.date").value(today().plusDays(3).toString()));
    }

    @Test
    @DisplayName("S2.1: money is shown as { amount, currency } in minor units, nothing more")
    void moneyIsAmountAndCurrency() throws Exception {
        String id = dealer.book(customer, vehicle, IN_TWO_DAYS, "09:00", "OIL");

        java.util.Map<String, Object> cost = read(dealer.get("/api/appointments/{id}", id), "$.expectedCost");
        assertThat(cost).containsOnlyKeys("amount", "currency");
        java.util.Map<String, Object> partPrice = read(dealer.get("/api/appointments/{id}", id), "$.briefing.parts[0].unitPrice");
        assertThat(partPrice).containsOnlyKeys("amount", "currency");
    }

    @Test
    @DisplayName("S2.1: a booked appointment is read back and listed for its day")
    void aBookingIsReadBackAndListed() throws Exception {
        String id = dealer.book(customer, vehicle, IN_TWO_DAYS, "14:00", "OIL", "BRAKE");
        dealer.book(customer, anotherVehicle(), IN_TWO_DAYS, "08:30", "OIL");

        dealer.get("/api/appointments/{id}", id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.expectedHours").value(number(4.5)))
                .andExpect(jsonPath("$.requestedWork[*].labourOperationCode", contains("OIL", "BRAKE")));
        dealer.get("/api/appointments?from=" + IN_TWO_DAYS + "&to=" + IN_TWO_DAYS)
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[1].id").value(id));
        dealer.get("/api/appointments?from=" + IN_TWO_DAYS + "&to=" + IN_TWO_DAYS + "&status=CANCELLED")
                .andExpect(jsonPath("$.total").value(0));
        dealer.get("/api/appointments").andExpect(jsonPath("$.total").value(0));
        dealer.get("/api/appointments?from=" + IN_TWO_DAYS + "&to=" + today()).andExpect(invalid("to"));
    }

    @Test
    @DisplayName("S2 capacity: booking over capacity is refused with rule S2-capacity and leaves the day unchanged")
    void bookingOverCapacityIsRefusedAndLeavesTheDayUnchanged() throws Exception {
        dealer.book(customer, vehicle, IN_TWO_DAYS, "09:00", "ENGINE");
        String loadBefore = dayLoad(IN_TWO_DAYS);
        String listBefore = appointments(IN_TWO_DAYS);

        dealer.post("/api/appointments", bookingJson(customer, anotherVehicle(), IN_TWO_DAYS, "13:00", "BRAKE"))
                .andExpect(domainRule("S2-capacity", "date"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("6 of 8 hours")));

        assertThat(dayLoad(IN_TWO_DAYS)).isEqualTo(loadBefore);
        assertThat(appointments(IN_TWO_DAYS)).isEqualTo(listBefore);
    }

    @Test
    @DisplayName("S2 capacity: an advisor may force a booking over capacity with a reason")
    void aForcedBookingWithAReasonGoesThrough() throws Exception {
        dealer.book(customer, vehicle, IN_TWO_DAYS, "09:00", "ENGINE");

        dealer.post("/api/appointments", bookingJson(customer, anotherVehicle(), IN_TWO_DAYS, "13:00", "BRAKE")
                        .replace("\"forceOverCapacity\":false", "\"forceOverCapacity\":true,\"overCapacityReason\":\"fleet customer, contract\""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.forcedOverCapacity").value(true))
                .andExpect(jsonPath("$.overCapacityReason").value("fleet customer, contract"));

        dealer.get("/api/workshop-capacity/days?from=" + IN_TWO_DAYS + "&to=" + IN_TWO_DAYS)
                .andExpect(jsonPath("$[0].bookedHours").value(number(9)))
                .andExpect(jsonPath("$[0].status").value("FULL"))
                .andExpect(jsonPath("$[0].freeHours").value(number(0)));
    }

    @Test
    @DisplayName("S2 capacity: forcing a booking without a reason is refused and books nothing")
    void aForcedBookingWithoutAReasonIsRefused() throws Exception {
        dealer.book(customer, vehicle, IN_TWO_DAYS, "09:00", "ENGINE");
        String loadBefore = dayLoad(IN_TWO_DAYS);

        dealer.post("/api/appointments", bookingJson(customer, anotherVehicle(), IN_TWO_DAYS, "13:00", "BRAKE")
                        .replace("\"forceOverCapacity\":false", "\"forceOverCapacity\":true"))
                .andExpect(invalid("overCapacityReason"));

        assertThat(dayLoad(IN_TWO_DAYS)).isEqualTo(loadBefore);
        dealer.get("/api/appointments?from=" + IN_TWO_DAYS).andExpect(jsonPath("$.total").value(1));
    }

    @Test
    @DisplayName("S2: bad booking input is refused field by field and books nothing")
    void badBookingInputBooksNothing() throws Exception {
        String loadBefore = dayLoad(IN_TWO_DAYS);

        dealer.post("/api/appointments", bookingJson(customer, vehicle, IN_TWO_DAYS, "09:00", "OIL")
                .replace("\"" + IN_TWO_DAYS + "\"", "\"tomorrow\"")).andExpect(invalid("date"));
        dealer.post("/api/appointments", bookingJson(customer, vehicle, IN_TWO_DAYS, "9 o'clock", "OIL")).andExpect(invalid("time"));
        dealer.post("/api/appointments", bookingJson(customer, vehicle, IN_TWO_DAYS, "09:00")).andExpect(invalid("labourOperationCodes"));
        dealer.post("/api/appointments", "{\"customerId\":").andExpect(invalid("body"));
        dealer.post("/api/appointments", "{\"forceOverCapacity\":false}")
                .andExpect(invalid("customerId"))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems(
                        "vehicleId", "advisorId", "date", "time", "labourOperationCodes")));
        dealer.post("/api/appointments", bookingJson(customer, vehicle, today().minusDays(1), "09:00", "OIL")).andExpect(invalid("date"));

        assertThat(dayLoad(IN_TWO_DAYS)).isEqualTo(loadBefore);
        dealer.get("/api/appointments?from=" + today().minusDays(1) + "&to=" + today().plusDays(7))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    @DisplayName("S2.1: a booking must name this dealer's customer, their vehicle, an active operation, an advisor and an open hour")
    void aBookingAgainstTheRecordsIsRefused() throws Exception {
        String strangersVehicle = dealer.vehicle(dealer.customer());
        dealer.operation("OLD", "Retired operation", "REPAIR", "1", "[]");
        dealer.put("/api/labour-operations/OLD", """
                {"code":"OLD","name":"Retired","category":"REPAIR","standardHours":1,"active":false}""").andExpect(status().isOk());

        dealer.post("/api/appointments", bookingJson("no-such-customer", vehicle, IN_TWO_DAYS, "09:00", "OIL"))
                .andExpect(domainRule("S2.1-customer", "customerId"));
        dealer.post("/api/appointments", bookingJson(customer, "no-such-vehicle", IN_TWO_DAYS, "09:00", "OIL"))
                .andExpect(domainRule("S2.1-vehicle", "vehicleId"));
        dealer.post("/api/appointments", bookingJson(customer, strangersVehicle, IN_TWO_DAYS, "09:00", "OIL"))
                .andExpect(domainRule("S2.1-vehicle", "vehicleId"));
        dealer.post("/api/appointments", bookingJson(customer, vehicle, IN_TWO_DAYS, "09:00", "OIL", "NOPE"))
                .andExpect(domainRule("S2.1-catalogue", "labourOperationCodes[1]"));
        dealer.post("/api/appointments", bookingJson(customer, vehicle, IN_TWO_DAYS, "09:00", "OLD"))
                .andExpect(domainRule("S2.1-catalogue", "labourOperationCodes[0]"));
        dealer.post("/api/appointments", bookingJson(customer, vehicle, IN_TWO_DAYS, "18:00", "OIL"))
                .andExpect(domainRule("S2-opening-hours", "time"));
        dealer.post("/api/appointments", bookingJson(customer, vehicle, IN_TWO_DAYS, "09:00", "OIL").replace("adv-1", "adv-9"))
                .andExpect(domainRule("S3.4-advisor", "advisorId"));

        dealer.get("/api/appointments?from=" + IN_TWO_DAYS).andExpect(jsonPath("$.total").value(0));
        dealer.get("/api/workshop-capacity/days?from=" + IN_TWO_DAYS + "&to=" + IN_TWO_DAYS)
                .andExpect(jsonPath("$[0].bookedHours").value(number(0)));
    }

    @Test
    @DisplayName("S2 capacity: a dealer whose workshop is not set up cannot book")
    void noBookingWithoutWorkshopSettings() throws Exception {
        Dealership newDealer = Dealership.fresh(http).withCatalogue();
        String someone = newDealer.customer();

        newDealer.post("/api/appointments", bookingJson(someone, newDealer.vehicle(someone), IN_TWO_DAYS, "09:00", "OIL"))
                .andExpect(domainRule("S2-capacity-setup"));
    }

    @Test
    @DisplayName("S2.2: rescheduling moves the held hours to the new day")
    void reschedulingMovesTheHours() throws Exception {
        String id = dealer.book(customer, vehicle, IN_TWO_DAYS, "09:00", "BRAKE");
        LocalDate newDay = today().plusDays(5);

        dealer.postWithoutBody("/api/appointments/{id}/reschedule", id).andExpect(status().isBadRequest());
        dealer.post("/api/appointments/{id}/reschedule", """
                        {"date":"%s","time":"15:00","reason":"customer on a business trip","forceOverCapacity":false}""".formatted(newDay), id)
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.status").value("BOOKED"))
                .andExpect(jsonPath("$.date").value(newDay.toString()))
                .andExpect(jsonPath("$.time").value(startsWith("15:00")))
                .andExpect(jsonPath("$.reschedules[0].fromDate").value(IN_TWO_DAYS.toString()))
                .andExpect(jsonPath("$.reschedules[0].reason").value("customer on a business trip"));

        dealer.get("/api/workshop-capacity/days?from=" + IN_TWO_DAYS + "&to=" + newDay)
                .andExpect(jsonPath("$[0].bookedHours").value(number(0)))
                .andExpect(jsonPath("$[3].bookedHours").value(number(3)))
                .andExpect(jsonPath("$[3].appointments").value(1));
    }

    @Test
    @DisplayName("S2 capacity: a rescheduling forced over capacity keeps its reason, as a forced booking does")
    void aForcedReschedulingKeepsItsReason() throws Exception {
        String id = dealer.book(customer, vehicle, IN_TWO_DAYS, "09:00", "BRAKE");
        LocalDate fullDay = today().plusDays(4);
        dealer.book(customer, anotherVehicle(), fullDay, "09:00", "ENGINE");

        dealer.post("/api/appointments/{id}/reschedule", """
                        {"date":"%s","time":"10:00","forceOverCapacity":true,
                         "overCapacityReason":"the only day the customer can come"}""".formatted(fullDay), id)
                .andExpect(status().isOk());

        dealer.get("/api/workshop-capacity/days?from=" + fullDay + "&to=" + fullDay)
                .andExpect(jsonPath("$[0].bookedHours").value(number(9)));
        dealer.get("/api/appointments/{id}", id)
                .andExpect(jsonPath("$.forcedOverCapacity").value(true))
                .andExpect(jsonPath("$.overCapacityReason").value("the only day the customer can come"));
    }

    @Test
    @DisplayName("S2.3: rescheduling a confirmed appointment makes it due for confirmation again")
    void reschedulingAConfirmedAppointmentNeedsANewConfirmation() throws Exception {
        LocalDate tomorrow = today().plusDays(1);
        String id = dealer.book(customer, vehicle, IN_TWO_DAYS, "09:00", "OIL");
        dealer.post("/api/appointments/{id}/confirmation", "{\"outcome\":\"CONFIRMED\",\"byUser\":\"agent-7\"}", id)
                .andExpect(jsonPath("$.status").value("CONFIRMED"));

        dealer.post("/api/appointments/{id}/reschedule", "{\"date\":\"%s\",\"time\":\"11:00\",\"forceOverCapacity\":false}".formatted(tomorrow), id)
                .andExpect(jsonPath("$.status").value("BOOKED"));

        dealer.get("/api/appointments/confirmations-due").andExpect(jsonPath("$[*].id").value(hasItem(id)));
    }

    @Test
    @DisplayName("S2: a rescheduling that is stale, over capacity or into the past is refused and changes nothing")
    void badReschedulingChangesNothing() throws Exception {
        String id = dealer.book(customer, vehicle, IN_TWO_DAYS, "09:00", "BRAKE");
        LocalDate fullDay = today().plusDays(4);
        dealer.book(customer, anotherVehicle(), fullDay, "09:00", "ENGINE");
        dealer.post("/api/appointments/{id}/confirmation", "{\"outcome\":\"NOT_REACHED\",\"byUser\":\"agent-7\"}", id)
                .andExpect(status().isOk());
        String before = dealer.snapshot("/api/appointments/{id}", id);
        String fullDayBefore = dayLoad(fullDay);

        dealer.postIfMatch("/api/appointments/{id}/reschedule", "\"0\"",
                        "{\"date\":\"%s\",\"time\":\"10:00\",\"forceOverCapacity\":false}".formatted(today().plusDays(3)), id)
                .andExpect(staleVersion());
        dealer.post("/api/appointments/{id}/reschedule", "{\"date\":\"%s\",\"time\":\"10:00\",\"forceOverCapacity\":false}".formatted(fullDay), id)
                .andExpect(domainRule("S2-capacity", "date"));
        dealer.post("/api/appointments/{id}/reschedule", "{\"date\":\"%s\",\"time\":\"10:00\",\"forceOverCapacity\":true}"
                .formatted(fullDay), id).andExpect(invalid("overCapacityReason"));
        dealer.post("/api/appointments/{id}/reschedule", "{\"date\":\"%s\",\"time\":\"10:00\",\"forceOverCapacity\":false}".formatted(today().minusDays(1)), id)
                .andExpect(invalid("date"));
        dealer.post("/api/appointments/{id}/reschedule", "{\"date\":\"%s\",\"time\":\"07:00\",\"forceOverCapacity\":false}".formatted(today().plusDays(3)), id)
                .andExpect(domainRule("S2-opening-hours", "time"));
        dealer.post("/api/appointments/{id}/reschedule", "{\"date\":\"next week\",\"time\":\"10:00\",\"forceOverCapacity\":false}", id)
                .andExpect(invalid("date"));

        assertThat(dealer.snapshot("/api/appointments/{id}", id)).isEqualTo(before);
        assertThat(dayLoad(fullDay)).isEqualTo(fullDayBefore);
        dealer.get("/api/workshop-capacity/days?from=" + IN_TWO_DAYS + "&to=" + IN_TWO_DAYS)
                .andExpect(jsonPath("$[0].bookedHours").value(number(3)));
    }

    @Test
    @DisplayName("S2.3: the confirmation call list shows tomorrow's appointments that are not confirmed yet")
    void confirmationsDueListsTomorrowsUnconfirmed() throws Exception {
        LocalDate tomorrow = today().plusDays(1);
        String late = dealer.book(customer, vehicle, tomorrow, "15:00", "OIL");
        String early = dealer.book(customer, anotherVehicle(), tomorrow, "08:00", "OIL");
        String confirmed = dealer.book(customer, anotherVehicle(), tomorrow, "10:00", "OIL");
        String dayAfter = dealer.book(customer, anotherVehicle(), IN_TWO_DAYS, "10:00", "OIL");
        dealer.post("/api/appointments/{id}/confirmation", "{\"outcome\":\"CONFIRMED\",\"byUser\":\"agent-7\"}", confirmed)
                .andExpect(status().isOk());

        dealer.get("/api/appointments/confirmations-due").andExpect(jsonPath("$[*].id", contains(early, late)));
        dealer.get("/api/appointments/confirmations-due?date=" + IN_TWO_DAYS).andExpect(jsonPath("$[*].id", contains(dayAfter)));
    }

    @Test
    @DisplayName("S2.3: a confirmation is recorded; a CONFIRMED answer takes the appointment off the call list")
    void aConfirmationIsRecorded() throws Exception {
        LocalDate tomorrow = today().plusDays(1);
        String id = dealer.book(customer, vehicle, tomorrow, "09:00", "OIL");

        dealer.post("/api/appointments/{id}/confirmation", "{\"outcome\":\"NOT_REACHED\",\"byUser\":\"agent-7\"}", id)
                .andExpect(jsonPath("$.status").value("BOOKED"));
        dealer.get("/api/appointments/confirmations-due").andExpect(jsonPath("$[*].id", contains(id)));

        dealer.post("/api/appointments/{id}/confirmation", """
                        {"outcome":"CONFIRMED","note":"will come at 9","byUser":"agent-7"}""", id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CONFIRMED"))
                .andExpect(jsonPath("$.confirmations[*].outcome", contains("NOT_REACHED", "CONFIRMED")))
                .andExpect(jsonPath("$.confirmations[1].note").value("will come at 9"));
        dealer.get("/api/appointments/confirmations-due").andExpect(jsonPath("$", empty()));
    }

    @Test
    @DisplayName("S2.3: a bad confirmation is refused and changes nothing")
    void aBadConfirmationChangesNothing() throws Exception {
        String id = dealer.book(customer, vehicle, today().plusDays(1), "09:00", "OIL");
        String before = dealer.snapshot("/api/appointments/{id}", id);

        dealer.post("/api/appointments/{id}/confirmation", "{\"outcome\":\"PERHAPS\",\"byUser\":\"agent-7\"}", id)
                .andExpect(invalid("outcome"));
        dealer.post("/api/appointments/{id}/confirmation", "{\"outcome\":\"CONFIRMED\"}", id).andExpect(invalid("byUser"));

        assertThat(dealer.snapshot("/api/appointments/{id}", id)).isEqualTo(before);
    }

    @Test
    @DisplayName("S2.2: cancelling frees the day's hours")
    void cancellationFreesTheDaysHours() throws Exception {
        String id = dealer.book(customer, vehicle, IN_TWO_DAYS, "09:00", "ENGINE");

        dealer.post("/api/appointments/{id}/cancellation", "{\"reason\":\"car sold\"}", id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CANCELLED"))
                .andExpect(jsonPath("$.cancellationReason").value("car sold"));

        dealer.get("/api/workshop-capacity/days?from=" + IN_TWO_DAYS + "&to=" + IN_TWO_DAYS)
                .andExpect(jsonPath("$[0].bookedHours").value(number(0)))
                .andExpect(jsonPath("$[0].appointments").value(0));
        dealer.book(customer, anotherVehicle(), IN_TWO_DAYS, "09:00", "ENGINE");
    }

    @Test
    @DisplayName("S2: a cancellation without a reason is refused and changes nothing; a cancelled one cannot be cancelled again")
    void badCancellationsChangeNothing() throws Exception {
        String id = dealer.book(customer, vehicle, IN_TWO_DAYS, "09:00", "ENGINE");
        String before = dealer.snapshot("/api/appointments/{id}", id);

        dealer.post("/api/appointments/{id}/cancellation", "{\"reason\":\" \"}", id).andExpect(invalid("reason"));
        assertThat(dealer.snapshot("/api/appointments/{id}", id)).isEqualTo(before);

        dealer.post("/api/appointments/{id}/cancellation", "{\"reason\":\"car sold\"}", id).andExpect(status().isOk());
        dealer.post("/api/appointments/{id}/cancellation", "{\"reason\":\"again\"}", id).andExpect(illegalTransition("CANCELLED"));
        dealer.postWithoutBody("/api/appointments/{id}/arrival", id).andExpect(illegalTransition("CANCELLED"));
    }

    @Test
    @DisplayName("S2: a no-show before the day of the appointment is refused and changes nothing")
    void aNoShowBeforeTheDayIsRefused() throws Exception {
        String id = dealer.book(customer, vehicle, IN_TWO_DAYS, "09:00", "OIL");
        String before = dealer.snapshot("/api/appointments/{id}", id);

        dealer.postWithoutBody("/api/appointments/{id}/no-show", id).andExpect(domainRule("S2-no-show"));

        assertThat(dealer.snapshot("/api/appointments/{id}", id)).isEqualTo(before);
    }

    @Test
    @DisplayName("S2: a no-show on the day is recorded and frees the day's hours")
    void aNoShowOnTheDayFreesTheHours() throws Exception {
        String id = dealer.book(customer, vehicle, today(), "09:00", "BRAKE");

        dealer.postWithoutBody("/api/appointments/{id}/no-show", id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("NO_SHOW"));

        dealer.get("/api/workshop-capacity/days?from=" + today() + "&to=" + today())
                .andExpect(jsonPath("$[0].bookedHours").value(number(0)));
        dealer.postWithoutBody("/api/appointments/{id}/no-show", id).andExpect(illegalTransition("NO_SHOW"));
    }

    @Test
    @DisplayName("S3.1: the customer's arrival is recorded; a second arrival is refused naming the state ARRIVED")
    void arrivalTwiceIsRefused() throws Exception {
        String id = dealer.book(customer, vehicle, today(), "09:00", "OIL");

        dealer.postWithoutBody("/api/appointments/{id}/arrival", id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ARRIVED"))
                .andExpect(jsonPath("$.closedAt").exists());
        String before = dealer.snapshot("/api/appointments/{id}", id);

        dealer.postWithoutBody("/api/appointments/{id}/arrival", id)
                .andExpect(illegalTransition("ARRIVED"))
                .andExpect(jsonPath("$.attemptedAction").value("record the arrival"));

        assertThat(dealer.snapshot("/api/appointments/{id}", id)).isEqualTo(before);
        dealer.post("/api/appointments/{id}/reschedule", "{\"date\":\"%s\",\"time\":\"10:00\",\"forceOverCapacity\":false}".formatted(IN_TWO_DAYS), id)
                .andExpect(illegalTransition("ARRIVED"));
        dealer.post("/api/appointments/{id}/cancellation", "{\"reason\":\"x\"}", id).andExpect(illegalTransition("ARRIVED"));
        dealer.post("/api/appointments/{id}/confirmation", "{\"outcome\":\"CONFIRMED\",\"byUser\":\"a\"}", id)
                .andExpect(illegalTransition("ARRIVED"));
    }

    @Test
    @DisplayName("S2: an unknown appointment is a 404 problem detail for every action")
    void anUnknownAppointmentIsNotFound() throws Exception {
        dealer.get("/api/appointments/{id}", "nope").andExpect(notFound("appointment"));
        dealer.postWithoutBody("/api/appointments/{id}/arrival", "nope").andExpect(notFound("appointment"));
        dealer.postWithoutBody("/api/appointments/{id}/no-show", "nope").andExpect(notFound("appointment"));
        dealer.post("/api/appointments/{id}/cancellation", "{\"reason\":\"x\"}", "nope").andExpect(notFound("appointment"));
        dealer.post("/api/appointments/{id}/confirmation", "{\"outcome\":\"CONFIRMED\",\"byUser\":\"a\"}", "nope")
                .andExpect(notFound("appointment"));
        dealer.post("/api/appointments/{id}/reschedule", "{\"date\":\"%s\",\"time\":\"10:00\",\"forceOverCapacity\":false}".formatted(IN_TWO_DAYS), "nope")
                .andExpect(notFound("appointment"));
    }

    @Test
    @DisplayName("G5: another dealership cannot see or change an appointment")
    void anotherDealerCannotTouchTheAppointment() throws Exception {
        String id = dealer.book(customer, vehicle, IN_TWO_DAYS, "09:00", "OIL");
        Dealership other = Dealership.fresh(http);

        other.get("/api/appointments/{id}", id).andExpect(notFound("appointment"));
        other.postWithoutBody("/api/appointments/{id}/arrival", id).andExpect(notFound("appointment"));

        dealer.get("/api/appointments/{id}", id).andExpect(jsonPath("$.status").value("BOOKED"));
    }

    @Test
    @DisplayName("S2.1: a booking may be made for a campaign and from a solicitation entry")
    void aBookingKeepsItsCampaignAndSolicitation() throws Exception {
        String key = "MAINTENANCE_DUE:" + vehicle + ":" + today();
        String id = read(dealer.post("/api/appointments", bookingJson(customer, vehicle, IN_TWO_DAYS, "09:00", "OIL")
                        .replace("}", ",\"campaignId\":\"camp-1\",\"solicitationKey\":\"" + key + "\"}"))
                .andExpect(status().isCreated()), "$.id");

        dealer.get("/api/appointments/{id}", id)
                .andExpect(jsonPath("$.campaignId").value("camp-1"))
                .andExpect(jsonPath("$.solicitationKey").value(key));
    }
}
