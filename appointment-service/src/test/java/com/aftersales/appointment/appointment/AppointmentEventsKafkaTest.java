package com.aftersales.appointment.appointment;

import com.aftersales.appointment.support.Dealership;
import com.aftersales.appointment.support.Vins;
import com.aftersales.platform.test.KafkaProbe;
import com.aftersales.platform.test.ServiceTest;
import com.jayway.jsonpath.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static com.aftersales.appointment.support.Dealership.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** S2.2: once booked, the information goes to the people concerned, as events on appointment.events. */
@ServiceTest
class AppointmentEventsKafkaTest {

    static final String TOPIC = "appointment.events";
    static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    MockMvc http;

    final KafkaProbe kafka = KafkaProbe.onTestBroker();

    Dealership dealer;
    String customer;
    String vehicle;

    @BeforeEach
    void freshDealer() throws Exception {
        dealer = Dealership.fresh(http).withWorkshop(8).withCatalogue();
        customer = dealer.customer();
        vehicle = dealer.vehicle(customer, Vins.random(), "Passat", today().minusMonths(2), 2500, false);
    }

    static String type(ConsumerRecord<String, String> record) {
        return JsonPath.read(record.value(), "$.type");
    }

    /** The events of one appointment, in the order of the partition, each event once (delivery is at least once). */
    List<ConsumerRecord<String, String>> eventsOf(String appointmentId, String untilType) {
        List<ConsumerRecord<String, String>> records = kafka.read(TOPIC, record -> appointmentId.equals(record.key()),
                found -> found.stream().anyMatch(record -> type(record).equals(untilType)), PATIENCE);
        Set<String> seen = new LinkedHashSet<>();
        List<ConsumerRecord<String, String>> distinct = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            if (seen.add(JsonPath.read(record.value(), "$.eventId"))) {
                distinct.add(record);
            }
        }
        return distinct;
    }

    @Test
    @DisplayName("S2.2: a booking publishes AppointmentBooked, keyed by the appointment, with the work and the expected parts")
    void bookingPublishesAppointmentBooked() throws Exception {
        String id = dealer.book(customer, vehicle, today().plusDays(2), "09:00", "OIL");

        List<ConsumerRecord<String, String>> events = eventsOf(id, "AppointmentBooked");

        assertThat(events).extracting(AppointmentEventsKafkaTest::type).containsExactly("AppointmentBooked");
        ConsumerRecord<String, String> booked = events.get(0);
        String envelope = booked.value();
        assertThat(booked.key()).isEqualTo(id);
        assertThat(KafkaProbe.header(booked, "eventType")).isEqualTo("AppointmentBooked");
        assertThat(KafkaProbe.header(booked, "dealerId")).isEqualTo(dealer.id());
        assertThat(KafkaProbe.eventId(booked)).isEqualTo(JsonPath.read(envelope, "$.eventId"));
        assertThat((String) JsonPath.read(envelope, "$.type")).isEqualTo("AppointmentBooked");
        assertThat((String) JsonPath.read(envelope, "$.dealerId")).isEqualTo(dealer.id());
        assertThat((String) JsonPath.read(envelope, "$.aggregateKey")).isEqualTo(id);
        assertThat((String) JsonPath.read(envelope, "$.source")).isEqualTo("appointment");
        assertThat((Integer) JsonPath.read(envelope, "$.schemaVersion")).isEqualTo(1);
        assertThat((String) JsonPath.read(envelope, "$.payload.appointmentId")).isEqualTo(id);
        assertThat((String) JsonPath.read(envelope, "$.payload.preparation.vehicleId")).isEqualTo(vehicle);
        assertThat((String) JsonPath.read(envelope, "$.payload.preparation.date")).isEqualTo(today().plusDays(2).toString());
        assertThat((String) JsonPath.read(envelope, "$.payload.preparation.requestedWork[0].labourOperationCode")).isEqualTo("OIL");
        List<String> parts = JsonPath.read(envelope, "$.payload.preparation.requestedWork[0].expectedParts[*].partNumber");
        assertThat(parts).containsExactly("OF-100", "EO-5W30");
        assertThat((Integer) JsonPath.read(envelope, "$.payload.preparation.requestedWork[0].expectedParts[1].quantity")).isEqualTo(4);
        assertThat((Integer) JsonPath.read(envelope, "$.payload.preparation.expectedCost.amount")).isEqualTo(73_500);
        assertThat((Boolean) JsonPath.read(envelope, "$.payload.forcedOverCapacity")).isFalse();
    }

    @Test
    @DisplayName("S2.2: money in the AppointmentBooked payload is { amount, currency }, as the contract says")
    void moneyInTheEventIsAmountAndCurrency() throws Exception {
        String id = dealer.book(customer, vehicle, today().plusDays(2), "09:00", "OIL");

        String envelope = eventsOf(id, "AppointmentBooked").get(0).value();

        java.util.Map<String, Object> cost = JsonPath.read(envelope, "$.payload.preparation.expectedCost");
        assertThat(cost).containsOnlyKeys("amount", "currency");
    }

    @Test
    @DisplayName("S3.1: an arrival publishes CustomerArrived after AppointmentBooked, under the same key (order kept)")
    void arrivalPublishesCustomerArrivedAfterTheBooking() throws Exception {
        String id = dealer.book(customer, vehicle, today(), "09:00", "OIL");
        dealer.postWithoutBody("/api/appointments/{id}/arrival", id).andExpect(status().isOk());

        List<ConsumerRecord<String, String>> events = eventsOf(id, "CustomerArrived");

        assertThat(events).extracting(AppointmentEventsKafkaTest::type).containsExactly("AppointmentBooked", "CustomerArrived");
        assertThat(events).extracting(ConsumerRecord::partition).containsOnly(events.get(0).partition());
        assertThat(events.get(1).offset()).isGreaterThan(events.get(0).offset());
        assertThat((String) JsonPath.read(events.get(1).value(), "$.payload.preparation.customerId")).isEqualTo(customer);
    }

    @Test
    @DisplayName("S2.2/S2.3: every change of an appointment is published in order; a refused change publishes nothing")
    void theLifeOfAnAppointmentIsPublishedInOrder() throws Exception {
        String id = dealer.book(customer, vehicle, today().plusDays(1), "09:00", "BRAKE");
        dealer.post("/api/appointments/{id}/confirmation", "{\"outcome\":\"CONFIRMED\",\"byUser\":\"agent-7\"}", id)
                .andExpect(status().isOk());
        dealer.postWithoutBody("/api/appointments/{id}/no-show", id).andExpect(status().isUnprocessableContent());
        dealer.post("/api/appointments/{id}/reschedule", "{\"date\":\"%s\",\"time\":\"10:00\",\"forceOverCapacity\":false}".formatted(today().plusDays(3)), id)
                .andExpect(status().isOk());
        dealer.post("/api/appointments/{id}/cancellation", "{\"reason\":\"car sold\"}", id).andExpect(status().isOk());

        List<ConsumerRecord<String, String>> events = eventsOf(id, "AppointmentCancelled");

        assertThat(events).extracting(AppointmentEventsKafkaTest::type).containsExactly("AppointmentBooked",
                "AppointmentConfirmationRecorded", "AppointmentRescheduled", "AppointmentCancelled");
        assertThat((String) JsonPath.read(events.get(2).value(), "$.payload.previousDate")).isEqualTo(today().plusDays(1).toString());
        assertThat((String) JsonPath.read(events.get(2).value(), "$.payload.preparation.date")).isEqualTo(today().plusDays(3).toString());
        assertThat((String) JsonPath.read(events.get(3).value(), "$.payload.reason")).isEqualTo("car sold");
    }
}
