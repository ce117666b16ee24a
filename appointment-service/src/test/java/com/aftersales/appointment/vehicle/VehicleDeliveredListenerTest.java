package com.aftersales.appointment.vehicle;

import com.aftersales.appointment.support.Dealership;
import com.aftersales.appointment.support.Vins;
import com.aftersales.platform.test.KafkaProbe;
import com.aftersales.platform.test.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static com.aftersales.appointment.support.Dealership.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** S1.2: a delivery after maintenance sets when the next one is due, and it is solicited when it falls due. */
@ServiceTest
class VehicleDeliveredListenerTest {

    @Autowired
    MockMvc http;

    final KafkaProbe kafka = KafkaProbe.onTestBroker();
    Dealership dealer;
    String vehicle;

    @BeforeEach
    void aVehicleServicedLongAgo() throws Exception {
        dealer = Dealership.fresh(http);
        vehicle = dealer.vehicle(dealer.customer(), Vins.random(), "Lavida", today().minusYears(2), 30_000, true);
    }

    @Test
    @DisplayName("S1.2: after a maintenance delivered today, the next is due in 6 months or 10,000 km, and is solicited then")
    void aMaintenanceDeliveredSetsTheNextOneAndItIsSolicitedWhenDue() throws Exception {
        String eventId = UUID.randomUUID().toString();
        String delivered = delivered(eventId, 31_500, true);
        kafka.send("billing.events", "ro-1", delivered, Map.of("eventId", eventId));
        kafka.send("billing.events", "ro-1", delivered, Map.of("eventId", eventId));

        await().atMost(Duration.ofSeconds(20)).until(() -> mileage() == 31_500);
        LocalDate nextDue = today().plusMonths(6);
        assertThat(Dealership.<String>read(dealer.get("/api/vehicles/{id}", vehicle), "$.nextMaintenance.dueDate"))
                .isEqualTo(nextDue.toString());
        assertThat(Dealership.<Integer>read(dealer.get("/api/vehicles/{id}", vehicle), "$.nextMaintenance.dueMileageKm"))
                .isEqualTo(41_500);
        assertThat(Dealership.<Integer>read(dealer.get("/api/solicitations?kind=MAINTENANCE_DUE&vehicleId={id}&dueBy={d}",
                vehicle, today().plusMonths(1)), "$.total")).isZero();
        assertThat(Dealership.<String>read(dealer.get("/api/solicitations?kind=MAINTENANCE_DUE&vehicleId={id}&dueBy={d}",
                vehicle, nextDue), "$.items[0].dueDate")).isEqualTo(nextDue.toString());
    }

    @Test
    @DisplayName("S1.1: a delivery without maintenance only brings the new mileage")
    void aDeliveryWithoutMaintenanceOnlyUpdatesTheMileage() throws Exception {
        String before = Dealership.<String>read(dealer.get("/api/vehicles/{id}", vehicle), "$.nextMaintenance.dueDate");
        String eventId = UUID.randomUUID().toString();
        kafka.send("billing.events", "ro-2", delivered(eventId, 30_900, false), Map.of("eventId", eventId));

        await().atMost(Duration.ofSeconds(20)).until(() -> mileage() == 30_900);
        assertThat(Dealership.<String>read(dealer.get("/api/vehicles/{id}", vehicle), "$.nextMaintenance.dueDate"))
                .isEqualTo(before);
    }

    private int mileage() throws Exception {
        return Dealership.<Integer>read(dealer.get("/api/vehicles/{id}", vehicle), "$.mileageKm");
    }

    private String delivered(String eventId, int mileage, boolean maintenance) {
        return """
                {"eventId":"%s","type":"VehicleDelivered","schemaVersion":1,"occurredAt":"%s","dealerId":"%s",
                 "aggregateKey":"ro-1","source":"billing",
                 "payload":{"repairOrderId":"ro-1","invoiceId":"inv-1","customerId":"c","vehicleId":"%s","advisorId":"a-li",
                            "mileageKm":%d,"maintenanceDone":%s,"deliveredAt":"%s"}}"""
                .formatted(eventId, java.time.Instant.now(), dealer.id(), vehicle, mileage, maintenance, java.time.Instant.now());
    }
}
