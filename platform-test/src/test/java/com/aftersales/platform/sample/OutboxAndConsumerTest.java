package com.aftersales.platform.sample;

import com.aftersales.platform.events.EventHeaders;
import com.aftersales.platform.test.KafkaProbe;
import com.aftersales.platform.test.ServiceTest;
import com.aftersales.platform.web.RequestIds;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The platform's event path end to end: outbox in the aggregate's document, relay, envelope, consumers. */
@ServiceTest
class OutboxAndConsumerTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    ParcelRepository parcels;
    @Autowired
    TallyRepository tallies;
    @Autowired
    MeterRegistry meters;

    private final KafkaProbe kafka = KafkaProbe.onTestBroker();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aSavedAggregatesEventsReachKafkaInAnEnvelopeAndLeaveItsDocument() {
        String parcelId = UUID.randomUUID().toString();
        MDC.put(RequestIds.MDC_KEY, "req-" + parcelId.substring(0, 8));
        try {
            parcels.save(Parcel.ship(parcelId, "dealer-7", "Shanghai"));
        } finally {
            MDC.remove(RequestIds.MDC_KEY);
        }

        ConsumerRecord<String, String> record = readOne("sample.events", parcelId);
        JsonNode envelope = json.readTree(record.value());
        assertThat(envelope.get("type").asString()).isEqualTo("ParcelShipped");
        assertThat(envelope.get("dealerId").asString()).isEqualTo("dealer-7");
        assertThat(envelope.get("aggregateKey").asString()).isEqualTo(parcelId);
        assertThat(envelope.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(envelope.get("source").asString()).isEqualTo("sample");
        assertThat(envelope.get("occurredAt").asString()).isNotBlank();
        assertThat(envelope.get("payload").get("destination").asString()).isEqualTo("Shanghai");
        assertThat(KafkaProbe.eventId(record)).isEqualTo(envelope.get("eventId").asString());
        assertThat(KafkaProbe.header(record, EventHeaders.EVENT_TYPE)).isEqualTo("ParcelShipped");
        assertThat(KafkaProbe.header(record, RequestIds.HEADER)).isEqualTo("req-" + parcelId.substring(0, 8));
        Eventually.within(PATIENCE, "the sent event leaves the parcel's outbox",
                () -> parcels.findById(parcelId).orElseThrow().pendingOutbox().isEmpty());
    }

    @Test
    void anEventDeliveredTwiceHasTheEffectOfOne() {
        String destination = "dest-" + UUID.randomUUID();
        String parcelId = UUID.randomUUID().toString();
        parcels.save(Parcel.ship(parcelId, "dealer-7", destination));
        Eventually.within(PATIENCE, "the shipment is counted", () -> shipmentsTo(destination) == 1);

        ConsumerRecord<String, String> original = readOne("sample.events", parcelId);
        kafka.send("sample.events", parcelId, original.value(), Map.of(EventHeaders.EVENT_ID, KafkaProbe.eventId(original)));
        // A new event after the duplicate, on the same key: once it is counted, the duplicate was handled before it.
        kafka.send("sample.events", parcelId, shipmentEnvelope(parcelId, destination), Map.of());

        Eventually.within(PATIENCE, "the later event is counted", () -> shipmentsTo(destination) >= 2);
        assertThat(shipmentsTo(destination)).isEqualTo(2);
    }

    @Test
    void anUnreadableEventIsParkedOnTheDeadLetterTopicAndTheConsumerGoesOn() {
        String destination = "dest-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        String garbage = "not an envelope " + key;
        double parkedBefore = deadLettered();

        kafka.send("sample.events", key, garbage, Map.of());
        kafka.send("sample.events", key, shipmentEnvelope(key, destination), Map.of());

        Eventually.within(PATIENCE, "the event after the poison one is counted", () -> shipmentsTo(destination) == 1);
        List<ConsumerRecord<String, String>> parked = kafka.read("sample.events.dlt", r -> garbage.equals(r.value()),
                found -> !found.isEmpty(), PATIENCE);
        assertThat(parked).hasSize(1);
        assertThat(KafkaProbe.header(parked.get(0), "kafka_dlt-exception-cause-fqcn")).contains("UnreadableEventException");
        assertThat(deadLettered()).isGreaterThan(parkedBefore);
    }

    @Test
    void anEventThatKeepsFailingIsRetriedThenParkedWhileLaterEventsGoOn() {
        String key = UUID.randomUUID().toString();
        String destination = "dest-" + UUID.randomUUID();
        String failing = shipmentEnvelope(key, ShipmentListener.BROKEN_DESTINATION);

        kafka.send("sample.events", key, failing, Map.of());
        kafka.send("sample.events", key, shipmentEnvelope(key, destination), Map.of());

        Eventually.within(PATIENCE, "the event after the failing one is counted", () -> shipmentsTo(destination) == 1);
        List<ConsumerRecord<String, String>> parked = kafka.read("sample.events.dlt", r -> failing.equals(r.value()),
                found -> !found.isEmpty(), PATIENCE);
        assertThat(parked).hasSize(1);
        assertThat(KafkaProbe.header(parked.get(0), "kafka_dlt-exception-message")).contains("cannot count shipments");
    }

    private ConsumerRecord<String, String> readOne(String topic, String key) {
        List<ConsumerRecord<String, String>> found = kafka.read(topic, r -> key.equals(r.key()), r -> !r.isEmpty(), PATIENCE);
        assertThat(found).as("an event keyed %s on %s", key, topic).isNotEmpty();
        return found.get(0);
    }

    private int shipmentsTo(String destination) {
        return tallies.findById(destination).map(Tally::shipments).orElse(0);
    }

    private double deadLettered() {
        var counter = meters.find("aftersales.events.dead_lettered").tag("topic", "sample.events").counter();
        return counter == null ? 0 : counter.count();
    }

    private String shipmentEnvelope(String parcelId, String destination) {
        return """
                {"eventId":"%s","type":"ParcelShipped","schemaVersion":1,"occurredAt":"2026-11-27T10:00:00Z",
                 "dealerId":"dealer-7","aggregateKey":"%s","source":"test",
                 "payload":{"parcelId":"%s","destination":"%s"}}""".formatted(UUID.randomUUID(), parcelId, parcelId, destination);
    }
}
