package com.aftersales.parts.reservation;

import com.aftersales.parts.support.Dealership;
import com.aftersales.parts.support.Reception;
import com.aftersales.platform.test.ServiceTest;
import com.jayway.jsonpath.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static com.aftersales.parts.support.Dealership.today;
import static com.aftersales.parts.support.Reception.APPOINTMENTS;
import static com.aftersales.parts.support.Reception.PATIENCE;
import static com.aftersales.parts.support.Reception.RECEPTION;
import static com.aftersales.parts.support.Reception.newId;
import static com.aftersales.parts.support.Reception.part;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * Reservations made from the events of appointment-service (S2.2) and reception-service (S3.1, step 6), as
 * they arrive on Kafka in the contracts' envelopes; the events parts-service publishes in return.
 */
@ServiceTest
class ReservationEventsKafkaTest {

    @Autowired
    MockMvc http;

    Dealership dealer;
    Reception others;

    /** Oil filters: 5 in stock; engine oil: 2 in stock. */
    @BeforeEach
    void freshDealerWithStock() throws Exception {
        dealer = Dealership.fresh(http).withPart("OF-100", "Oil filter", 5, 0).withPart("EO-5W30", "Engine oil 5W-30", 2, 0);
        others = new Reception(dealer);
    }

    static String type(ConsumerRecord<String, String> record) {
        return JsonPath.read(record.value(), "$.type");
    }

    @Test
    @DisplayName("S2.2: AppointmentBooked pre-reserves the expected parts; what is short is backordered OUT_OF_STOCK with its script")
    void aBookingPreReservesItsParts() throws Exception {
        String appointment = others.book(today().plusDays(1), "09:00", part("OF-100", 1), part("EO-5W30", 4));

        others.reservations("appointmentId", appointment)
                .andExpect(jsonPath("$.items[0].status").value("PRE_RESERVED"))
                .andExpect(jsonPath("$.items[0].lines[?(@.partNumber == 'OF-100')].reserved").value(org.hamcrest.Matchers.contains(1)))
                .andExpect(jsonPath("$.items[0].lines[?(@.partNumber == 'EO-5W30')].requested").value(org.hamcrest.Matchers.contains(4)))
                .andExpect(jsonPath("$.items[0].lines[?(@.partNumber == 'EO-5W30')].reserved").value(org.hamcrest.Matchers.contains(2)))
                .andExpect(jsonPath("$.items[0].lines[?(@.partNumber == 'EO-5W30')].backordered").value(org.hamcrest.Matchers.contains(2)))
                .andExpect(jsonPath("$.items[0].lines[?(@.partNumber == 'EO-5W30')].backorderReason")
                        .value(org.hamcrest.Matchers.contains("OUT_OF_STOCK")))
                .andExpect(jsonPath("$.items[0].lines[?(@.partNumber == 'EO-5W30')].backorderScript")
                        .value(org.hamcrest.Matchers.contains(containsString("Engine oil 5W-30"))));
        assertThat(dealer.available("EO-5W30")).isZero();
        assertThat(dealer.onHand("EO-5W30")).isEqualTo(2);
        assertThat(dealer.reserved("OF-100")).isEqualTo(1);

        List<ConsumerRecord<String, String>> backordered = others.partsEvents(appointment, "PartsBackordered", 1);
        assertThat((String) JsonPath.read(backordered.get(0).value(), "$.payload.reason")).isEqualTo("OUT_OF_STOCK");
        assertThat((Integer) JsonPath.read(backordered.get(0).value(), "$.payload.quantity")).isEqualTo(2);
        assertThat(others.partsEvents(appointment, "PartsReserved", 1)).hasSize(1);
    }

    @Test
    @DisplayName("S2.2 idempotency: the same AppointmentBooked delivered twice reserves once")
    void aRedeliveredBookingReservesOnce() throws Exception {
        String appointment = newId();
        String eventId = newId();
        String booked = others.booked(eventId, appointment, today().plusDays(1), "09:00", part("OF-100", 2));

        others.publish(APPOINTMENTS, appointment, booked);
        others.publish(APPOINTMENTS, appointment, booked);
        // same key, so same partition: once the marker is in, both copies before it have been handled
        String marker = newId();
        others.publish(APPOINTMENTS, appointment, others.booked(newId(), marker, today().plusDays(1), "10:00", part("OF-100", 1)));
        others.awaitReservations("appointmentId", marker, 1);

        others.awaitReservations("appointmentId", appointment, 1);
        assertThat(dealer.reserved("OF-100")).isEqualTo(3);
        assertThat(dealer.available("OF-100")).isEqualTo(2);
    }

    @Test
    @DisplayName("S2.2: a cancellation releases the pre-reservation (ReservationReleased); a redelivered one releases nothing twice")
    void aCancellationReleasesTheParts() throws Exception {
        String appointment = others.book(today().plusDays(1), "09:00", part("OF-100", 2), part("EO-5W30", 1));
        String cancellation = others.cancelled(newId(), appointment);

        others.publish(APPOINTMENTS, appointment, cancellation);
        others.publish(APPOINTMENTS, appointment, cancellation);

        await().atMost(PATIENCE).untilAsserted(() -> others.reservations("appointmentId", appointment)
                .andExpect(jsonPath("$.items[0].status").value("RELEASED")));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(dealer.reserved("OF-100")).isZero());
        assertThat(dealer.available("OF-100")).isEqualTo(5);
        assertThat(dealer.available("EO-5W30")).isEqualTo(2);
        ConsumerRecord<String, String> released = others.partsEvents(appointment, "ReservationReleased", 1).get(0);
        assertThat((String) JsonPath.read(released.value(), "$.payload.reason")).isEqualTo("APPOINTMENT_CANCELLED");
        assertThat((List<String>) JsonPath.read(released.value(), "$.payload.lines[*].partNumber"))
                .containsExactlyInAnyOrder("OF-100", "EO-5W30");
    }

    @Test
    @DisplayName("S2.2: a no-show releases the pre-reservation too")
    void aNoShowReleasesTheParts() throws Exception {
        String appointment = others.book(today(), "09:00", part("OF-100", 3));

        others.publish(APPOINTMENTS, appointment, others.noShow(newId(), appointment));

        await().atMost(PATIENCE).untilAsserted(() -> others.reservations("appointmentId", appointment)
                .andExpect(jsonPath("$.items[0].status").value("RELEASED"))
                .andExpect(jsonPath("$.items[0].releaseReason").value("NO_SHOW")));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(dealer.available("OF-100")).isEqualTo(5));
    }

    @Test
    @DisplayName("S3.1: the repair order opened from an appointment takes over its pre-reservation; PartsReserved keyed by the RO")
    void theRepairOrderTakesOverThePreReservation() throws Exception {
        String appointment = others.book(today(), "09:00", part("OF-100", 1), part("EO-5W30", 3));
        Instant promised = Instant.now().plus(4, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

        String repairOrder = others.openRepairOrder(appointment, promised);

        others.reservations("repairOrderId", repairOrder)
                .andExpect(jsonPath("$.items[0].appointmentId").value(appointment))
                .andExpect(jsonPath("$.items[0].status").value("RESERVED"))
                .andExpect(jsonPath("$.items[0].promisedAt").value(promised.toString()));
        List<ConsumerRecord<String, String>> reserved = others.partsEvents(repairOrder, "PartsReserved", 1);
        assertThat((String) JsonPath.read(reserved.get(0).value(), "$.payload.appointmentId")).isEqualTo(appointment);
        assertThat(others.partsEvents(repairOrder, "PartsBackordered", 1)).hasSize(1);
    }

    @Test
    @DisplayName("Step 6: approved estimate lines count what the pre-reservation holds for the same part; nothing is reserved twice")
    void anApprovalCountsThePreReservation() throws Exception {
        dealer.stock("EO-5W30", 8, "delivery");
        String appointment = others.book(today(), "09:00", part("EO-5W30", 4));
        String repairOrder = others.openRepairOrder(appointment, Instant.now().plus(3, ChronoUnit.HOURS));

        others.approve(repairOrder, "EO-5W30", 5, "l1:EO-5W30:5", "l2:OF-100:1");

        others.reservations("repairOrderId", repairOrder)
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].lines[?(@.partNumber == 'EO-5W30')].reserved").value(org.hamcrest.Matchers.contains(5)))
                .andExpect(jsonPath("$.items[0].lines[?(@.partNumber == 'OF-100')].reserved").value(org.hamcrest.Matchers.contains(1)));
        assertThat(dealer.reserved("EO-5W30")).isEqualTo(5);
        assertThat(dealer.reserved("OF-100")).isEqualTo(1);
    }

    @Test
    @DisplayName("Step 6 idempotency: the same EstimateLinesApproved delivered twice reserves once; a walk-in RO gets its own reservation")
    void aRedeliveredApprovalReservesOnce() throws Exception {
        String repairOrder = others.openRepairOrder(null, Instant.now().plus(2, ChronoUnit.HOURS));
        String approval = others.estimateApproved(newId(), repairOrder, "l1:OF-100:2");

        others.publish(RECEPTION, repairOrder, approval);
        others.publish(RECEPTION, repairOrder, approval);
        others.approve(repairOrder, "EO-5W30", 1, "l2:EO-5W30:1");

        others.reservations("repairOrderId", repairOrder)
                .andExpect(jsonPath("$.items[0].appointmentId").doesNotExist())
                .andExpect(jsonPath("$.items[0].lines[?(@.partNumber == 'OF-100')].requested").value(org.hamcrest.Matchers.contains(2)));
        assertThat(dealer.reserved("OF-100")).isEqualTo(2);
    }

    @Test
    @DisplayName("Events of other types on the consumed topics are ignored")
    void otherEventTypesAreIgnored() throws Exception {
        String appointment = newId();
        others.publish(APPOINTMENTS, appointment, others.booked(newId(), appointment, today(), "09:00", part("OF-100", 1))
                .replace("\"type\":\"AppointmentBooked\"", "\"type\":\"AppointmentConfirmationRecorded\""));
        String marker = others.book(today(), "09:00", part("OF-100", 1));

        others.reservations("appointmentId", appointment).andExpect(jsonPath("$.total").value(0));
        others.reservations("appointmentId", marker).andExpect(jsonPath("$.total").value(1));
        assertThat(dealer.reserved("OF-100")).isEqualTo(1);
    }

    @Test
    @DisplayName("S8.2: the parts of additional work the customer consented to are reserved for the RO, on top of the estimate")
    void consentedAdditionalWorkReservesItsParts() throws Exception {
        String repairOrder = others.openRepairOrder(null, Instant.now().plus(2, ChronoUnit.HOURS));
        others.approve(repairOrder, "OF-100", 1, "l1:OF-100:1");

        others.publish(RECEPTION, repairOrder, others.additionalWorkConsented(newId(), repairOrder, "l7:OF-100:2", "l8:EO-5W30:3"));

        others.awaitLine(repairOrder, "EO-5W30", "backordered", 1);
        others.awaitLine(repairOrder, "OF-100", "reserved", 3);
        assertThat(dealer.reserved("EO-5W30")).isEqualTo(2);
    }
}
