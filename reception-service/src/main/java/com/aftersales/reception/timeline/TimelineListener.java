package com.aftersales.reception.timeline;

import com.aftersales.contracts.EventTopics;
import com.aftersales.platform.consumer.InsertOnce;
import com.aftersales.platform.events.EventEnvelope;
import com.aftersales.platform.events.EventEnvelopes;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import java.util.Set;

/**
 * G1: every step of every RO, from the events of every service (its own included), becomes an entry of the
 * timeline, inserted once per event. It listens in a consumer group of its own, so it reads every event of
 * topics that other listeners of this service read too.
 */
@Component
class TimelineListener {

    /** Topics whose records are keyed by the repair order even when the payload does not say so. */
    private static final Set<String> KEYED_BY_REPAIR_ORDER = Set.of(EventTopics.RECEPTION, EventTopics.WORKSHOP,
            EventTopics.BILLING, EventTopics.FOLLOWUP);

    private final EventEnvelopes envelopes;
    private final InsertOnce insertOnce;

    TimelineListener(EventEnvelopes envelopes, InsertOnce insertOnce) {
        this.envelopes = envelopes;
        this.insertOnce = insertOnce;
    }

    @KafkaListener(topics = {EventTopics.APPOINTMENT, EventTopics.RECEPTION, EventTopics.PARTS, EventTopics.WORKSHOP,
            EventTopics.BILLING, EventTopics.FOLLOWUP}, groupId = "${spring.kafka.consumer.group-id}-timeline")
    void on(ConsumerRecord<String, String> record) {
        EventEnvelope envelope = envelopes.read(record.value());
        JsonNode payload = envelope.payload();
        String repairOrderId = TimelineSummaries.text(payload, "repairOrderId");
        String appointmentId = TimelineSummaries.text(payload, "appointmentId");
        // A technician's shift is keyed by the technician: it belongs to no repair order's timeline.
        boolean aboutATechnician = "ShiftWorked".equals(envelope.type());
        if (repairOrderId == null && KEYED_BY_REPAIR_ORDER.contains(record.topic()) && !aboutATechnician) {
            repairOrderId = record.key();
        }
        if (repairOrderId == null && appointmentId == null) {
            return;
        }
        insertOnce.insert(new TimelineEntry(envelope.eventId(), envelope.dealerId(), repairOrderId, appointmentId,
                envelope.occurredAt(), envelope.type(), TimelineSummaries.who(payload, envelope.source()),
                TimelineSummaries.summary(envelope.type(), payload), envelope.source(), record.topic(),
                record.partition(), record.offset()));
    }
}
