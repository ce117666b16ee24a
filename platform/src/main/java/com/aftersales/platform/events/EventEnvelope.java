package com.aftersales.platform.events;

import tools.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * What travels on Kafka, as JSON: the event's identity and context around its payload. The aggregate key
 * is also the Kafka record key (the repair order's id where there is one), so one RO's events keep their
 * order. Consumers dedupe by {@code eventId}.
 */
public record EventEnvelope(
        String eventId,
        String type,
        int schemaVersion,
        Instant occurredAt,
        String dealerId,
        String aggregateKey,
        String source,
        JsonNode payload) {
}
