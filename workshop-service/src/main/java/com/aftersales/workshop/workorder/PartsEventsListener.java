package com.aftersales.workshop.workorder;

import com.aftersales.contracts.DomainEvent;
import com.aftersales.contracts.EventTopics;
import com.aftersales.contracts.parts.PartsEvents.BackorderedPartArrived;
import com.aftersales.contracts.parts.PartsEvents.PartsBackordered;
import com.aftersales.contracts.parts.PartsEvents.PartsReserved;
import com.aftersales.platform.events.EventEnvelope;
import com.aftersales.platform.events.EventEnvelopes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * From parts: a backordered part holds the RO's jobs (they can be dispatched, not started); its arrival releases
 * them and gives the RO priority, its jobs moving up the board (S6.2). Events of appointments (no RO) are ignored.
 */
@Component
class PartsEventsListener {

    private static final Logger log = LoggerFactory.getLogger(PartsEventsListener.class);

    private final EventEnvelopes envelopes;
    private final WorkOrders workOrders;
    private final Clock clock;

    PartsEventsListener(EventEnvelopes envelopes, WorkOrders workOrders, Clock clock) {
        this.envelopes = envelopes;
        this.workOrders = workOrders;
        this.clock = clock;
    }

    @KafkaListener(topics = EventTopics.PARTS)
    void on(String record) {
        EventEnvelope envelope = envelopes.read(record);
        String type = envelope.type();
        if (DomainEvent.typeOf(PartsBackordered.class).equals(type)) {
            PartsBackordered backordered = envelopes.payload(envelope, PartsBackordered.class);
            if (backordered.repairOrderId() != null) {
                workOrders.apply(envelope.dealerId(), backordered.repairOrderId(), envelope.eventId(),
                        order -> order.backordered(backordered.reservationId(), backordered.partNumber()));
            }
        } else if (DomainEvent.typeOf(BackorderedPartArrived.class).equals(type)) {
            BackorderedPartArrived arrived = envelopes.payload(envelope, BackorderedPartArrived.class);
            if (arrived.repairOrderId() != null) {
                workOrders.apply(envelope.dealerId(), arrived.repairOrderId(), envelope.eventId(),
                        order -> order.partArrived(arrived.partNumber(), clock.instant()));
                log.info("event {}: part {} arrived for RO {}: its jobs get priority (S6.2)", envelope.eventId(),
                        arrived.partNumber(), arrived.repairOrderId());
            }
        } else if (DomainEvent.typeOf(PartsReserved.class).equals(type)) {
            PartsReserved reserved = envelopes.payload(envelope, PartsReserved.class);
            if (reserved.repairOrderId() != null) {
                workOrders.apply(envelope.dealerId(), reserved.repairOrderId(), envelope.eventId(), WorkOrder::partsReserved);
            }
        }
    }
}
