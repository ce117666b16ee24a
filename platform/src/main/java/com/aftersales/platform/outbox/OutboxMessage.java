package com.aftersales.platform.outbox;

import java.time.Instant;

/**
 * An event waiting to be sent, stored inside the document of the aggregate that raised it, so that the
 * state change and its events are written in one single-document (atomic) write.
 */
public record OutboxMessage(
        String eventId,
        String type,
        int schemaVersion,
        Instant occurredAt,
        String dealerId,
        String aggregateKey,
        String requestId,
        String payload) {
}
