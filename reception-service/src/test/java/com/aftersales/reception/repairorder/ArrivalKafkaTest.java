package com.aftersales.reception.repairorder;

import com.aftersales.platform.test.ServiceTest;
import com.aftersales.reception.support.Dealership;
import com.aftersales.reception.support.Events;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static com.aftersales.reception.support.Dealership.customerArrived;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** S3.1: CustomerArrived on appointment.events opens the RO prepared from the appointment. */
@ServiceTest
class ArrivalKafkaTest {

    static final String TOPIC = "appointment.events";
    static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    MockMvc http;

    final Events events = new Events();

    Dealership dealer;
    String appointment;

    @BeforeEach
    void freshDealer() {
        dealer = Dealership.fresh(http);
        appointment = "appt-" + UUID.randomUUID();
    }

    void awaitOrderOfTheAppointment() {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                dealer.get("/api/repair-orders/by-appointment/{a}", appointment).andExpect(status().isOk()));
    }

    @Test
    @DisplayName("S3.1: the arrival opens an RO prepared with customer, vehicle, requested work and advisor, found by the appointment")
    void anArrivalOpensAPreparedRepairOrder() throws Exception {
        Instant arrivedAt = Instant.parse("2026-11-27T02:00:00Z");

        events.publish(TOPIC, appointment, "CustomerArrived", dealer.id(), "appointment", customerArrived(appointment, arrivedAt));

        awaitOrderOfTheAppointment();
        dealer.get("/api/repair-orders/by-appointment/{a}", appointment)
                .andExpect(jsonPath("$.appointmentId").value(appointment))
                .andExpect(jsonPath("$.walkIn").value(false))
                .andExpect(jsonPath("$.number").value("RO-20261127-0001"))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.customerId").value("cust-1"))
                .andExpect(jsonPath("$.vehicleId").value("veh-1"))
                .andExpect(jsonPath("$.vin").value("LSVAB2BM5NN123456"))
                .andExpect(jsonPath("$.model").value("Passat"))
                .andExpect(jsonPath("$.advisorId").value("adv-1"))
                .andExpect(jsonPath("$.requestedWork[0].labourOperationCode").value("OIL"))
                .andExpect(jsonPath("$.requestedWork[0].expectedParts[0].partNumber").value("OF-100"))
                .andExpect(jsonPath("$.expectedCost.amount").value(49_500))
                .andExpect(jsonPath("$.arrivedAt").value("2026-11-27T02:00:00Z"))
                .andExpect(jsonPath("$.greetedAt").doesNotExist());
        Dealership.fresh(http).get("/api/repair-orders/by-appointment/{a}", appointment).andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("S3.1: the same arrival delivered twice opens one RO with one number")
    void aRedeliveredArrivalOpensOneOrder() throws Exception {
        String eventId = UUID.randomUUID().toString();
        String payload = customerArrived(appointment, Instant.now());
        String marker = "appt-" + UUID.randomUUID();

        events.publish(TOPIC, appointment, eventId, "CustomerArrived", dealer.id(), "appointment", payload);
        events.publish(TOPIC, appointment, eventId, "CustomerArrived", dealer.id(), "appointment", payload);
        // the same arrival under another event id: the RO's id comes from the dealer and the appointment, so it opens nothing either
        events.publish(TOPIC, appointment, "CustomerArrived", dealer.id(), "appointment", payload);
        // same key, same partition: once the marker's RO is there, the copies before it were handled
        events.publish(TOPIC, appointment, "CustomerArrived", dealer.id(), "appointment", customerArrived(marker, Instant.now()));

        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                dealer.get("/api/repair-orders/by-appointment/{a}", marker).andExpect(status().isOk()));
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString().replace("-", "");
        dealer.get("/api/repair-orders")
                .andExpect(jsonPath("$.total").value(2));
        dealer.get("/api/repair-orders/by-appointment/{a}", appointment)
                .andExpect(jsonPath("$.number").value("RO-" + today + "-0001"));
        dealer.get("/api/repair-orders/by-appointment/{a}", marker)
                .andExpect(jsonPath("$.number").value(org.hamcrest.Matchers.equalTo("RO-" + today + "-0002")));
    }

    @Test
    @DisplayName("S3.2: the customer of an arrived appointment is greeted at the desk; the wait since arrival is measured")
    void theWaitSinceArrivalIsMeasured() throws Exception {
        events.publish(TOPIC, appointment, "CustomerArrived", dealer.id(), "appointment",
                customerArrived(appointment, Instant.now().minusSeconds(300)));
        awaitOrderOfTheAppointment();
        String id = Dealership.read(dealer.get("/api/repair-orders/by-appointment/{a}", appointment), "$.id");

        dealer.post("/api/repair-orders/{id}/greeting", "{\"advisorId\":\"adv-1\"}", id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.waitSeconds").value(org.hamcrest.Matchers.both(
                        org.hamcrest.Matchers.greaterThanOrEqualTo(300)).and(org.hamcrest.Matchers.lessThan(400))));
    }

    @Test
    @DisplayName("S3.1: other appointment events open nothing")
    void otherAppointmentEventsOpenNothing() throws Exception {
        events.publish(TOPIC, appointment, "AppointmentBooked", dealer.id(), "appointment",
                customerArrived(appointment, Instant.now()).replace("\"arrivedAt\"", "\"bookedAt\""));
        String marker = "appt-" + UUID.randomUUID();
        events.publish(TOPIC, appointment, "CustomerArrived", dealer.id(), "appointment", customerArrived(marker, Instant.now()));

        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                dealer.get("/api/repair-orders/by-appointment/{a}", marker).andExpect(status().isOk()));
        dealer.get("/api/repair-orders").andExpect(jsonPath("$.total").value(1));
    }
}
