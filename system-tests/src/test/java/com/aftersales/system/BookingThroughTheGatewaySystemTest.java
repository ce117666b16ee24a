package com.aftersales.system;

import com.aftersales.platform.test.KafkaProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new user at the gateway of the running system: records a customer with a vehicle, looks at the day
 * loads, books an appointment, and the booking is on its Kafka topic for parts and workshop (S2.2).
 */
@ExtendWith(RunningStack.class)
class BookingThroughTheGatewaySystemTest {

    private final String dealer = "sys-" + UUID.randomUUID().toString().substring(0, 8);
    private final Api api = new Api(dealer);

    @Test
    @DisplayName("S1.1, S2.1, S2.2: customer, vehicle, day loads and a booking through the gateway; the event is on Kafka")
    void aBookingMadeAtTheGatewayIsPublishedForPartsAndWorkshop() {
        SystemFixtures.workshop(api);
        String customerId = api.ok("POST", "/api/customers", """
                {"name":"Gao Yuan","phone":"1355%s","consents":["PHONE","SMS"]}""".formatted(SystemFixtures.digits(7))).get("id").asString();
        String vehicleId = api.ok("POST", "/api/vehicles", """
                {"vin":"%s","plate":"沪G%s","model":"Lavida","ownerId":"%s","mileageKm":9000,"purchaseDate":"2025-06-01","firstServiceDone":true}"""
                .formatted(SystemFixtures.vin(), SystemFixtures.digits(5), customerId)).get("id").asString();
        LocalDate day = nextWorkingDay();

        JsonNode before = api.ok("GET", "/api/workshop-capacity/days?from=" + day + "&to=" + day, null).get(0);
        JsonNode booked = api.ok("POST", "/api/appointments", """
                {"customerId":"%s","vehicleId":"%s","advisorId":"a-li","date":"%s","time":"10:00","labourOperationCodes":["MAINT-10K"]}"""
                .formatted(customerId, vehicleId, day));
        JsonNode after = api.ok("GET", "/api/workshop-capacity/days?from=" + day + "&to=" + day, null).get(0);

        assertThat(booked.get("briefing").get("bringWarrantyBooklet").asBoolean()).isTrue();
        assertThat(booked.get("briefing").get("parts")).isNotEmpty();
        assertThat(after.get("bookedHours").decimalValue().subtract(before.get("bookedHours").decimalValue()))
                .isEqualByComparingTo("1.5");
        String appointmentId = booked.get("id").asString();
        List<ConsumerRecord<String, String>> events = new KafkaProbe(RunningStack.kafka()).read("appointment.events",
                r -> appointmentId.equals(r.key()), found -> !found.isEmpty(), Duration.ofSeconds(30));
        assertThat(events).isNotEmpty();
        JsonNode envelope = Api.parse(events.get(0).value());
        assertThat(envelope.get("type").asString()).isEqualTo("AppointmentBooked");
        assertThat(envelope.get("dealerId").asString()).isEqualTo(dealer);
        assertThat(envelope.get("payload").get("preparation").get("requestedWork").get(0).get("expectedParts")).isNotEmpty();
    }

    private static LocalDate nextWorkingDay() {
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(2);
        return day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.plusDays(1) : day;
    }
}
