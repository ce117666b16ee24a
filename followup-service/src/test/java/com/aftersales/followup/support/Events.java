package com.aftersales.followup.support;

import com.aftersales.platform.test.KafkaProbe;

import java.util.Map;
import java.util.UUID;

/** Publishes envelopes on the test broker the way other services' outbox relays do. */
public final class Events {

    private final KafkaProbe kafka = KafkaProbe.onTestBroker();

    /** Sends one envelope; answers its event id. */
    public String publish(String topic, String key, String type, String dealerId, String source, String payloadJson) {
        String eventId = UUID.randomUUID().toString();
        publish(topic, key, eventId, type, dealerId, source, payloadJson);
        return eventId;
    }

    /** Sends an envelope with a given event id (to deliver the same event twice). */
    public void publish(String topic, String key, String eventId, String type, String dealerId, String source,
                        String payloadJson) {
        kafka.send(topic, key, envelope(eventId, type, dealerId, key, source, payloadJson),
                Map.of("eventId", eventId, "eventType", type, "dealerId", dealerId));
    }

    public static String envelope(String eventId, String type, String dealerId, String key, String source, String payloadJson) {
        return """
                {"eventId":"%s","type":"%s","schemaVersion":1,"occurredAt":"%s","dealerId":"%s","aggregateKey":"%s",
                 "source":"%s","payload":%s}""".formatted(eventId, type, java.time.Instant.now(), dealerId, key, source, payloadJson);
    }

    public KafkaProbe probe() {
        return kafka;
    }
}
