package com.aftersales.appointment.solicitation;

import com.aftersales.appointment.support.Dealership;
import com.aftersales.appointment.support.Vins;
import com.aftersales.platform.test.KafkaProbe;
import com.aftersales.platform.test.ServiceTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.aftersales.appointment.support.Dealership.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** S5 -> S1: lines a customer declined on an estimate (from reception.events) become future solicitations. */
@ServiceTest
class DeclinedWorkListenerTest {

    static final String TOPIC = "reception.events";
    static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    MockMvc http;

    final KafkaProbe kafka = KafkaProbe.onTestBroker();

    Dealership dealer;
    String customer;
    String vehicle;
    String repairOrder;

    @BeforeEach
    void freshDealerWithAVehicle() throws Exception {
        dealer = Dealership.fresh(http);
        customer = dealer.customer();
        // serviced and bought last week: nothing else is due for it
        vehicle = dealer.vehicle(customer, Vins.random(), "Passat", today().minusDays(7), 300, true);
        repairOrder = "ro-" + UUID.randomUUID();
    }

    String envelope(String eventId, String... lineIds) {
        StringBuilder lines = new StringBuilder();
        for (String lineId : lineIds) {
            lines.append(lines.isEmpty() ? "" : ",").append("""
                    {"lineId":"%s","description":"Replace rear wiper blades (%s)","labourOperationCode":"WIPER",
                     "estimatedPrice":{"amount":12000,"currency":"CNY"},"reason":"PRICE_TOO_HIGH"}""".formatted(lineId, lineId));
        }
        return """
                {"eventId":"%s","type":"EstimateLinesDeclined","schemaVersion":1,"occurredAt":"2026-11-27T10:00:00Z",
                 "dealerId":"%s","aggregateKey":"%s","source":"reception",
                 "payload":{"repairOrderId":"%s","repairOrderNumber":"RO-2026-00042","customerId":"%s","vehicleId":"%s",
                            "estimateVersion":2,"lines":[%s],"advisorId":"adv-1","declinedAt":"2026-11-27T10:00:00Z"}}"""
                .formatted(eventId, dealer.id(), repairOrder, repairOrder, customer, vehicle, lines);
    }

    void publish(String eventId, String value) {
        kafka.send(TOPIC, repairOrder, value, Map.of("eventId", eventId, "eventType", "EstimateLinesDeclined",
                "dealerId", dealer.id()));
    }

    ResultActions declinedWork() throws Exception {
        return dealer.perform(get("/api/solicitations").param("vehicleId", vehicle).param("kind", "DECLINED_WORK"));
    }

    void awaitDeclinedWork(int entries) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> declinedWork().andExpect(jsonPath("$.total").value(entries)));
    }

    @Test
    @DisplayName("S5 -> S1: declined estimate lines show in the vehicle's solicitation list as DECLINED_WORK")
    void declinedLinesBecomeSolicitations() throws Exception {
        String eventId = UUID.randomUUID().toString();

        publish(eventId, envelope(eventId, "l1", "l2"));

        awaitDeclinedWork(2);
        declinedWork()
                .andExpect(jsonPath("$.items[*].kind", contains("DECLINED_WORK", "DECLINED_WORK")))
                .andExpect(jsonPath("$.items[*].key", containsInAnyOrder(
                        "DECLINED_WORK:" + eventId + "-l1", "DECLINED_WORK:" + eventId + "-l2")))
                .andExpect(jsonPath("$.items[0].declinedWork.repairOrderNumber").value("RO-2026-00042"))
                .andExpect(jsonPath("$.items[0].declinedWork.labourOperationCode").value("WIPER"))
                .andExpect(jsonPath("$.items[0].declinedWork.estimatedPrice.amount").value(12000))
                .andExpect(jsonPath("$.items[0].declinedWork.reason").value("PRICE_TOO_HIGH"))
                .andExpect(jsonPath("$.items[0].customer.id").value(customer))
                .andExpect(jsonPath("$.items[0].vehicle.id").value(vehicle));
        Dealership.fresh(http).get("/api/solicitations").andExpect(jsonPath("$.total").value(0));
    }

    @Test
    @DisplayName("S5 -> S1: the same event delivered twice yields one entry per line (idempotent consumer)")
    void aRedeliveredEventYieldsOneEntry() throws Exception {
        String eventId = UUID.randomUUID().toString();
        String marker = UUID.randomUUID().toString();

        publish(eventId, envelope(eventId, "l1"));
        publish(eventId, envelope(eventId, "l1"));
        // same key, so same partition: once the marker is in, both copies before it have been handled
        publish(marker, envelope(marker, "marker"));

        awaitDeclinedWork(2);
        declinedWork().andExpect(jsonPath("$.items[*].key", containsInAnyOrder(
                "DECLINED_WORK:" + eventId + "-l1", "DECLINED_WORK:" + marker + "-marker")));
    }

    @Test
    @DisplayName("S5 -> S1: an unreadable record is parked on reception.events.dlt and the events after it are still handled")
    void garbageIsDeadLetteredAndTheConsumerGoesOn() throws Exception {
        String garbage = "not json " + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();

        kafka.send(TOPIC, repairOrder, garbage, Map.of());
        publish(eventId, envelope(eventId, "after-garbage"));

        List<ConsumerRecord<String, String>> parked = kafka.read(TOPIC + ".dlt", record -> garbage.equals(record.value()),
                found -> !found.isEmpty(), PATIENCE);
        assertThat(parked).hasSize(1);
        assertThat(parked.get(0).key()).isEqualTo(repairOrder);
        awaitDeclinedWork(1);
        declinedWork().andExpect(jsonPath("$.items[0].key").value("DECLINED_WORK:" + eventId + "-after-garbage"));
    }

    @Test
    @DisplayName("S5 -> S1: events of other types on reception.events are ignored")
    void otherEventTypesAreIgnored() throws Exception {
        String other = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();

        publish(other, envelope(other, "ignored").replace("\"type\":\"EstimateLinesDeclined\"", "\"type\":\"RepairOrderOpened\""));
        publish(eventId, envelope(eventId, "l1"));

        awaitDeclinedWork(1);
        declinedWork().andExpect(jsonPath("$.items[0].key").value("DECLINED_WORK:" + eventId + "-l1"));
    }

    @Test
    @DisplayName("S1.4: declined work can be solicited; when the customer declines again it leaves the list")
    void declinedWorkIsSolicitedAndDeclinedAgain() throws Exception {
        String eventId = UUID.randomUUID().toString();
        publish(eventId, envelope(eventId, "l1"));
        awaitDeclinedWork(1);
        String key = "DECLINED_WORK:" + eventId + "-l1";

        dealer.post("/api/solicitations/{key}/attempts", """
                        {"channel":"PHONE","outcome":"DECLINED","declineReason":"NOT_NEEDED","agent":"agent-7"}""", key)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("DECLINED_WORK"))
                .andExpect(jsonPath("$.vehicleId").value(vehicle))
                .andExpect(jsonPath("$.customerId").value(customer));

        declinedWork().andExpect(jsonPath("$.total").value(0));
        dealer.get("/api/solicitations/decline-statistics").andExpect(jsonPath("$.byKind.DECLINED_WORK").value(1));
    }
}
