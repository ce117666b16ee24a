package com.aftersales.followup.figures;

import com.aftersales.contracts.EventTopics;
import com.aftersales.platform.consumer.InsertOnce;
import com.aftersales.platform.events.EventEnvelopes;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * G3: the events of every service (its own included) that a figure needs become facts of the figures' read
 * model, inserted once per event, and are counted in the metrics when first recorded. It listens in a
 * consumer group of its own, so it reads every event of topics that other listeners of this service read too.
 */
@Component
class FiguresListener {

    private final EventEnvelopes envelopes;
    private final InsertOnce insertOnce;
    private final FigureMetrics metrics;

    FiguresListener(EventEnvelopes envelopes, InsertOnce insertOnce, FigureMetrics metrics) {
        this.envelopes = envelopes;
        this.insertOnce = insertOnce;
        this.metrics = metrics;
    }

    @KafkaListener(topics = {EventTopics.APPOINTMENT, EventTopics.RECEPTION, EventTopics.PARTS, EventTopics.WORKSHOP,
            EventTopics.BILLING, EventTopics.FOLLOWUP}, groupId = "${spring.kafka.consumer.group-id}-figures")
    void on(ConsumerRecord<String, String> record) {
        FigureFacts.of(envelopes.read(record.value()), record.topic(), record.key()).ifPresent(fact -> {
            if (insertOnce.insert(fact)) {
                metrics.record(fact);
            }
        });
    }
}
