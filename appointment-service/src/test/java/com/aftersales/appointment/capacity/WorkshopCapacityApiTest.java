package com.aftersales.appointment.capacity;

import com.aftersales.appointment.support.Dealership;
import com.aftersales.platform.test.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;

import static com.aftersales.appointment.support.Dealership.today;
import static com.aftersales.appointment.support.JsonNumbers.number;
import static com.aftersales.platform.test.ProblemMatchers.domainRule;
import static com.aftersales.platform.test.ProblemMatchers.invalid;
import static com.aftersales.platform.test.ProblemMatchers.staleVersion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ServiceTest
class WorkshopCapacityApiTest {

    static final String SETTINGS = """
            {"labourRatePerHour":{"amount":30000,"currency":"CNY"},
             "technicians":[{"id":"t1","name":"Wang","dailyHours":8},{"id":"t2","name":"Zhao","dailyHours":7.5}],
             "bays":[{"id":"b1","name":"Lift 1","kind":"LIFT"},{"id":"b2","name":"Lift 2","kind":"LIFT"}],
             "advisors":[{"id":"adv-1","name":"Chen Jing"}],
             "bayHoursPerDay":10,
             "workingDays":["MONDAY","TUESDAY","WEDNESDAY","THURSDAY","FRIDAY","SATURDAY","SUNDAY"],
             "opensAt":"08:00","closesAt":"18:00"}""";

    @Autowired
    MockMvc http;

    Dealership dealer;

    @BeforeEach
    void freshDealer() {
        dealer = Dealership.fresh(http);
    }

    static String day(LocalDate date) {
        return "/api/workshop-capacity/days?from=" + date + "&to=" + date;
    }

    @Test
    @DisplayName("S2 capacity: before the workshop is set up, its capacity cannot be shown")
    void withoutSettingsThereIsNoCapacity() throws Exception {
        dealer.get("/api/workshop-capacity").andExpect(domainRule("S2-capacity-setup"));
        dealer.get("/api/workshop-capacity/days").andExpect(domainRule("S2-capacity-setup"));
    }

    @Test
    @DisplayName("S2 capacity: technicians, bays, opening hours and labour rate are set up")
    void theWorkshopIsSetUp() throws Exception {
        dealer.put("/api/workshop-capacity", SETTINGS)
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""));

        dealer.get("/api/workshop-capacity")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.labourRatePerHour.amount").value(30000))
                .andExpect(jsonPath("$.technicians.length()").value(2))
                .andExpect(jsonPath("$.bays.length()").value(2))
                .andExpect(jsonPath("$.advisors[0].id").value("adv-1"))
                .andExpect(jsonPath("$.workingDays.length()").value(7));
    }

    @Test
    @DisplayName("S2 capacity: the settings are changed with the current version; a stale one is refused")
    void settingsChangeWithTheCurrentVersionOnly() throws Exception {
        dealer.put("/api/workshop-capacity", SETTINGS).andExpect(status().isOk());
        dealer.putIfMatch("/api/workshop-capacity", "\"0\"", SETTINGS.replace("30000", "32000"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.labourRatePerHour.amount").value(32000));
        String before = dealer.snapshot("/api/workshop-capacity");

        dealer.putIfMatch("/api/workshop-capacity", "\"0\"", SETTINGS.replace("30000", "99000")).andExpect(staleVersion());

        assertThat(dealer.snapshot("/api/workshop-capacity")).isEqualTo(before);
    }

    @Test
    @DisplayName("S2 capacity: bad settings are refused field by field and change nothing")
    void badSettingsChangeNothing() throws Exception {
        dealer.put("/api/workshop-capacity", SETTINGS.replace("\"closesAt\":\"18:00\"", "\"closesAt\":\"07:00\""))
                .andExpect(invalid("closesAt"));
        dealer.put("/api/workshop-capacity", SETTINGS.replace("\"dailyHours\":8", "\"dailyHours\":20"))
                .andExpect(invalid("technicians[0].dailyHours"));
        dealer.put("/api/workshop-capacity", SETTINGS.replace("\"SUNDAY\"]", "\"SUNDAY\",\"HOLIDAY\"]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(org.hamcrest.Matchers.startsWith("workingDays")));
        dealer.get("/api/workshop-capacity").andExpect(domainRule("S2-capacity-setup"));

        dealer.put("/api/workshop-capacity", SETTINGS).andExpect(status().isOk());
        String before = dealer.snapshot("/api/workshop-capacity");
        dealer.put("/api/workshop-capacity", SETTINGS.replace("\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\",\"FRIDAY\",\"SATURDAY\",\"SUNDAY\"", ""))
                .andExpect(invalid("workingDays"));
        assertThat(dealer.snapshot("/api/workshop-capacity")).isEqualTo(before);
    }

    @Test
    @DisplayName("S2 capacity: the booking screen shows each day's capacity and load, 14 days from today by default")
    void theDaysShowCapacityAndLoad() throws Exception {
        dealer.put("/api/workshop-capacity", SETTINGS).andExpect(status().isOk());

        dealer.get("/api/workshop-capacity/days")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(14))
                .andExpect(jsonPath("$[0].date").value(today().toString()))
                // technicians 15.5 h, bays 2 x 10 h: 15.5 h
                .andExpect(jsonPath("$[0].capacityHours").value(number(15.5)))
                .andExpect(jsonPath("$[0].bookedHours").value(number(0)))
                .andExpect(jsonPath("$[0].freeHours").value(number(15.5)))
                .andExpect(jsonPath("$[0].loadPercent").value(0))
                .andExpect(jsonPath("$[0].status").value("OPEN"));
    }

    @Test
    @DisplayName("S2 capacity: after a booking the day shows the booked hours and what is free")
    void aBookingShowsInTheDayLoad() throws Exception {
        dealer.withWorkshop(8).withCatalogue();
        String customer = dealer.customer();
        String vehicle = dealer.vehicle(customer);
        LocalDate date = today().plusDays(2);

        dealer.book(customer, vehicle, date, "09:00", "ENGINE");

        dealer.get(day(date))
                .andExpect(jsonPath("$[0].capacityHours").value(number(8)))
                .andExpect(jsonPath("$[0].bookedHours").value(number(6)))
                .andExpect(jsonPath("$[0].appointments").value(1))
                .andExpect(jsonPath("$[0].loadPercent").value(75))
                .andExpect(jsonPath("$[0].freeHours").value(number(2)))
                .andExpect(jsonPath("$[0].status").value("OPEN"));
        dealer.get(day(date.plusDays(1))).andExpect(jsonPath("$[0].bookedHours").value(number(0)));

        dealer.book(customer, dealer.vehicle(customer), date, "13:00", "OIL");
        dealer.get(day(date))
                .andExpect(jsonPath("$[0].bookedHours").value(number(7.5)))
                .andExpect(jsonPath("$[0].appointments").value(2));
    }

    @Test
    @DisplayName("S2 capacity: a full day shows as FULL")
    void aFullDayShowsFull() throws Exception {
        dealer.withWorkshop(6).withCatalogue();
        String customer = dealer.customer();
        LocalDate date = today().plusDays(2);

        dealer.book(customer, dealer.vehicle(customer), date, "09:00", "ENGINE");

        dealer.get(day(date))
                .andExpect(jsonPath("$[0].status").value("FULL"))
                .andExpect(jsonPath("$[0].loadPercent").value(100))
                .andExpect(jsonPath("$[0].freeHours").value(number(0)));
    }

    @Test
    @DisplayName("S2 capacity: a day overridden as closed shows as CLOSED, takes no booking, and opens again when cleared")
    void aDayClosedByOverride() throws Exception {
        dealer.withWorkshop(8).withCatalogue();
        LocalDate holiday = today().plusDays(3);

        dealer.put("/api/workshop-capacity/days/{date}", """
                        {"closed":true,"note":"staff outing"}""", holiday)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dayOverrides['" + holiday + "'].closed").value(true));

        dealer.get(day(holiday))
                .andExpect(jsonPath("$[0].status").value("CLOSED"))
                .andExpect(jsonPath("$[0].capacityHours").value(number(0)))
                .andExpect(jsonPath("$[0].loadPercent").value(nullValue()));
        String customer = dealer.customer();
        dealer.post("/api/appointments", Dealership.bookingJson(customer, dealer.vehicle(customer), holiday, "09:00", "OIL"))
                .andExpect(domainRule("S2-capacity", "date"));
        dealer.get(day(holiday)).andExpect(jsonPath("$[0].appointments").value(0));

        dealer.delete("/api/workshop-capacity/days/{date}", holiday).andExpect(status().isOk());
        dealer.get(day(holiday)).andExpect(jsonPath("$[0].status").value("OPEN"))
                .andExpect(jsonPath("$[0].capacityHours").value(number(8)));
    }

    @Test
    @DisplayName("S2 capacity: a day with fewer technician hours shows the lower capacity")
    void aDayWithFewerTechnicians() throws Exception {
        dealer.withWorkshop(16);
        LocalDate training = today().plusDays(4);

        dealer.put("/api/workshop-capacity/days/{date}", """
                {"closed":false,"technicianHours":5,"note":"training"}""", training).andExpect(status().isOk());

        dealer.get(day(training)).andExpect(jsonPath("$[0].capacityHours").value(number(5)));
        dealer.get(day(training.plusDays(1))).andExpect(jsonPath("$[0].capacityHours").value(number(16)));
    }

    @Test
    @DisplayName("S2 capacity: an override that only gives the technician hours need not say the day is not closed")
    void closedIsOptionalInAnOverride() throws Exception {
        dealer.withWorkshop(16);
        LocalDate training = today().plusDays(4);

        dealer.put("/api/workshop-capacity/days/{date}", """
                {"technicianHours":5,"note":"training"}""", training).andExpect(status().isOk());

        dealer.get(day(training)).andExpect(jsonPath("$[0].capacityHours").value(number(5)));
    }

    @Test
    @DisplayName("S2 capacity: a bad day override is refused and changes nothing")
    void aBadOverrideChangesNothing() throws Exception {
        dealer.withWorkshop(8);
        String before = dealer.snapshot("/api/workshop-capacity");

        dealer.put("/api/workshop-capacity/days/{date}", """
                {"closed":false,"technicianHours":-2}""", today().plusDays(1)).andExpect(invalid("technicianHours"));
        dealer.put("/api/workshop-capacity/days/{date}", """
                {"closed":true}""", "next-friday").andExpect(invalid("date"));
        dealer.put("/api/workshop-capacity/days/{date}", """
                {"closed":"maybe"}""", today().plusDays(1)).andExpect(invalid("closed"));

        assertThat(dealer.snapshot("/api/workshop-capacity")).isEqualTo(before);
    }

    @Test
    @DisplayName("S2 capacity: a day range the wrong way round or too long is refused")
    void aBadRangeIsRefused() throws Exception {
        dealer.withWorkshop(8);

        dealer.get("/api/workshop-capacity/days?from=" + today().plusDays(5) + "&to=" + today()).andExpect(invalid("to"));
        dealer.get("/api/workshop-capacity/days?from=" + today() + "&to=" + today().plusDays(92)).andExpect(invalid("to"));
        dealer.get("/api/workshop-capacity/days?from=tomorrow").andExpect(invalid("from"));
        dealer.get("/api/workshop-capacity/days?from=" + today() + "&to=" + today().plusDays(91))
                .andExpect(jsonPath("$.length()").value(92));
    }
}
