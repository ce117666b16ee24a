package com.aftersales.followup.followup;

import com.aftersales.contracts.DomainEvent;
import com.aftersales.contracts.EventTopics;
import com.aftersales.contracts.billing.BillingEvents.VehicleDelivered;
import com.aftersales.platform.events.EventEnvelope;
import com.aftersales.platform.events.EventEnvelopes;
import com.aftersales.platform.events.UnreadableEventException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Step 13: a delivered vehicle gets its follow-up call, due some days after delivery. A redelivered
 * VehicleDelivered schedules nothing more.
 */
@Component
class DeliveryListener {

    private static final Logger log = LoggerFactory.getLogger(DeliveryListener.class);
    private static final String DELIVERED = DomainEvent.typeOf(VehicleDelivered.class);

    private final EventEnvelopes envelopes;
    private final FollowUps followUps;

    DeliveryListener(EventEnvelopes envelopes, FollowUps followUps) {
        this.envelopes = envelopes;
        this.followUps = followUps;
    }

    @KafkaListener(topics = EventTopics.BILLING)
    void on(String record) {
        EventEnvelope envelope = envelopes.read(record);
        if (!DELIVERED.equals(envelope.type())) {
            return;
        }
        if (envelope.dealerId() == null) {
            throw new UnreadableEventException("VehicleDelivered " + envelope.eventId() + " names no dealer", null);
        }
        VehicleDelivered delivered = envelopes.payload(envelope, VehicleDelivered.class);
        if (delivered.repairOrderId() == null || delivered.deliveredAt() == null) {
            throw new UnreadableEventException("VehicleDelivered " + envelope.eventId() + " lacks repairOrderId or deliveredAt", null);
        }
        followUps.scheduleOnDelivery(envelope.dealerId(), delivered).ifPresentOrElse(
                followUp -> log.info("event {}: follow-up {} of RO {} due on {}", envelope.eventId(), followUp.id(),
                        delivered.repairOrderId(), followUp.dueOn()),
                () -> log.info("event {}: the follow-up of RO {} is scheduled already", envelope.eventId(),
                        delivered.repairOrderId()));
    }
}
