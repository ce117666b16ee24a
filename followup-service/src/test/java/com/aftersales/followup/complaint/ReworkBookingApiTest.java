package com.aftersales.followup.complaint;

import com.aftersales.followup.support.AppointmentServiceStub;
import com.aftersales.followup.support.Dealership;
import com.aftersales.followup.support.Events;
import com.aftersales.platform.http.ResilientHttpClient;
import com.aftersales.platform.test.ServiceTest;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;

import static com.aftersales.followup.support.Dealership.PATIENCE;
import static com.aftersales.followup.support.Dealership.newRepairOrder;
import static com.aftersales.followup.support.Dealership.today;
import static com.aftersales.platform.test.ProblemMatchers.domainRule;
import static com.aftersales.platform.test.ProblemMatchers.illegalTransition;
import static com.aftersales.platform.test.ProblemMatchers.invalid;
import static com.aftersales.platform.test.ProblemMatchers.notFound;
import static com.aftersales.platform.test.ProblemMatchers.serviceUnavailable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * S13.1 through HTTP: the inspection or rework visit of a complaint is booked at appointment-service (a real
 * HTTP stub), also while it refuses or is down.
 */
@ServiceTest
class ReworkBookingApiTest {

    @Autowired
    MockMvc http;
    @Autowired
    ResilientHttpClient appointmentServiceClient;

    final Events events = new Events();
    final AppointmentServiceStub appointmentService = AppointmentServiceStub.instance();
    Dealership dealer;
    String ro;
    String complaint;

    @BeforeEach
    void anOpenComplaint() throws Exception {
        dealer = Dealership.fresh(http);
        ro = newRepairOrder();
        complaint = dealer.complaint(events, ro);
    }

    @AfterEach
    void closeTheBreaker() {
        appointmentServiceClient.circuitBreaker().reset();
    }

    String visit(String kind, String... codes) {
        return """
                {"date":"%s","time":"09:00","advisorId":"adv-2","labourOperationCodes":[%s],"kind":"%s"}"""
                .formatted(today().plusDays(2), codes.length == 0 ? "" : "\"" + String.join("\",\"", codes) + "\"", kind);
    }

    @Test
    @DisplayName("S13.1: the visit is booked at appointment-service for the RO's customer and vehicle, over capacity if need be, and recorded")
    void theVisitIsBookedAndRecorded() throws Exception {
        String appointmentId = Dealership.read(dealer.post("/api/complaints/{id}/rework-appointment", visit("REWORK", "BRAKE"), complaint)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.reworkAppointments[0].kind").value("REWORK"))
                .andExpect(jsonPath("$.reworkAppointments[0].date").value(today().plusDays(2).toString()))
                .andExpect(jsonPath("$.reworkAppointments[0].labourOperationCodes[0]").value("BRAKE")), "$.reworkAppointments[0].appointmentId");

        assertThat(appointmentId).startsWith("appt-stub-");
        List<AppointmentServiceStub.Received> received = appointmentService.bookingsOf(dealer.id());
        assertThat(received).hasSize(1);
        String sent = received.get(0).body();
        assertThat(JsonPath.<String>read(sent, "$.customerId")).isEqualTo("cust-" + ro);
        assertThat(JsonPath.<String>read(sent, "$.vehicleId")).isEqualTo("veh-" + ro);
        assertThat(JsonPath.<String>read(sent, "$.advisorId")).isEqualTo("adv-2");
        assertThat(JsonPath.<String>read(sent, "$.date")).isEqualTo(today().plusDays(2).toString());
        assertThat(JsonPath.<String>read(sent, "$.time")).isEqualTo("09:00");
        assertThat(JsonPath.<List<String>>read(sent, "$.labourOperationCodes")).containsExactly("BRAKE");
        assertThat(JsonPath.<String>read(sent, "$.customerRemarks")).startsWith("Complaint " + complaint + ": rework of RO " + ro);
        assertThat(JsonPath.<Boolean>read(sent, "$.forceOverCapacity")).isTrue();
        assertThat(JsonPath.<String>read(sent, "$.overCapacityReason")).isEqualTo("complaint rework (S13.1)");

        assertThat(events.probe().read("followup.events", r -> ro.equals(r.key()) && r.value().contains("ReworkAppointmentBooked"),
                found -> !found.isEmpty(), PATIENCE)).singleElement()
                .satisfies(r -> assertThat(JsonPath.<String>read(r.value(), "$.payload.appointmentId")).isEqualTo(appointmentId));
    }

    @Test
    @DisplayName("S13.1: appointment-service's refusal is passed on as 422 with its detail; nothing changes")
    void aRefusalIsPassedOn() throws Exception {
        String before = dealer.snapshot("/api/complaints/{id}", complaint);

        dealer.post("/api/complaints/{id}/rework-appointment", visit("INSPECTION", "UNKNOWN"), complaint)
                .andExpect(domainRule("S13.1-rework-booking", "labourOperationCodes[0]"))
                .andExpect(jsonPath("$.detail").value(containsString("labour operation UNKNOWN is not in the catalogue")));

        assertThat(dealer.snapshot("/api/complaints/{id}", complaint)).isEqualTo(before);
    }

    @Test
    @DisplayName("S13.1: while appointment-service is down the booking is 503 naming it, and nothing changes")
    void whileAppointmentServiceIsDown() throws Exception {
        String before = dealer.snapshot("/api/complaints/{id}", complaint);

        try (AppointmentServiceStub.Outage outage = appointmentService.outage()) {
            dealer.post("/api/complaints/{id}/rework-appointment", visit("INSPECTION", "BRAKE"), complaint)
                    .andExpect(serviceUnavailable("appointment-service"));
        }

        assertThat(dealer.snapshot("/api/complaints/{id}", complaint)).isEqualTo(before);
        assertThat(appointmentService.bookingsOf(dealer.id())).isEmpty();
        // back again: the booking goes through
        dealer.post("/api/complaints/{id}/rework-appointment", visit("INSPECTION", "BRAKE"), complaint)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reworkAppointments.length()").value(1));
    }

    @Test
    @DisplayName("S13.1: a resolved complaint books no visit (409) and appointment-service is not asked")
    void aResolvedComplaintBooksNothing() throws Exception {
        dealer.post("/api/complaints/{id}/resolution", "{\"customerSatisfied\":true,\"note\":\"ok\",\"recordedBy\":\"mgr-1\"}",
                complaint).andExpect(status().isOk());

        dealer.post("/api/complaints/{id}/rework-appointment", visit("REWORK", "BRAKE"), complaint)
                .andExpect(illegalTransition("RESOLVED"));
        assertThat(appointmentService.bookingsOf(dealer.id())).isEmpty();
    }

    @Test
    @DisplayName("S13.1: bad input is refused field by field before appointment-service is asked; an unknown complaint is 404")
    void badInputIsRefused() throws Exception {
        String before = dealer.snapshot("/api/complaints/{id}", complaint);

        dealer.post("/api/complaints/{id}/rework-appointment", visit("REWORK"), complaint).andExpect(invalid("labourOperationCodes"));
        dealer.post("/api/complaints/{id}/rework-appointment", visit("REPAINT", "BRAKE"), complaint).andExpect(invalid("kind"));
        dealer.post("/api/complaints/{id}/rework-appointment", visit("REWORK", "BRAKE").replace("09:00", "9 o'clock"), complaint)
                .andExpect(invalid("time"));
        dealer.post("/api/complaints/{id}/rework-appointment", "{\"kind\":\"REWORK\",\"labourOperationCodes\":[\"BRAKE\"]}", complaint)
                .andExpect(invalid("date")).andExpect(invalid("time")).andExpect(invalid("advisorId"));
        dealer.post("/api/complaints/{id}/rework-appointment", visit("REWORK", "BRAKE"), "nope").andExpect(notFound("complaint"));

        assertThat(dealer.snapshot("/api/complaints/{id}", complaint)).isEqualTo(before);
        assertThat(appointmentService.bookingsOf(dealer.id())).isEmpty();
    }
}
