package com.aftersales.reception.additionalwork;

import com.aftersales.contracts.DomainEvent;
import com.aftersales.contracts.EventTopics;
import com.aftersales.contracts.workshop.WorkshopEvents.AdditionalWorkRequested;
import com.aftersales.platform.events.EventEnvelope;
import com.aftersales.platform.events.EventEnvelopes;
import com.aftersales.reception.repairorder.RepairOrder;
import com.aftersales.reception.repairorder.RepairOrderRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** S8.2: additional work found in the workshop arrives on the RO as a request waiting for the customer's answer. */
@Component
class AdditionalWorkListener {

    private static final Logger log = LoggerFactory.getLogger(AdditionalWorkListener.class);
    private static final String REQUESTED = DomainEvent.typeOf(AdditionalWorkRequested.class);

    private final EventEnvelopes envelopes;
    private final RepairOrderRepository repairOrders;

    AdditionalWorkListener(EventEnvelopes envelopes, RepairOrderRepository repairOrders) {
        this.envelopes = envelopes;
        this.repairOrders = repairOrders;
    }

    @KafkaListener(topics = EventTopics.WORKSHOP)
    void on(String record) {
        EventEnvelope envelope = envelopes.read(record);
        if (!REQUESTED.equals(envelope.type())) {
            return;
        }
        AdditionalWorkRequested requested = envelopes.payload(envelope, AdditionalWorkRequested.class);
        Optional<RepairOrder> found = requested.repairOrderId() == null ? Optional.empty()
                : repairOrders.findByIdAndDealerId(requested.repairOrderId(), envelope.dealerId());
        if (found.isEmpty()) {
            log.warn("event {}: no repair order {} at dealer {} for additional-work request {}", envelope.eventId(),
                    requested.repairOrderId(), envelope.dealerId(), requested.requestId());
            return;
        }
        RepairOrder order = found.get();
        if (order.hasHandled(envelope.eventId())) {
            return;
        }
        boolean added = order.receiveAdditionalWork(requested);
        order.markHandled(envelope.eventId());
        repairOrders.save(order);
        log.info("event {}: additional-work request {} on RO {} {}", envelope.eventId(), requested.requestId(),
                order.number(), added ? "awaits the customer's answer" : "was known already");
    }
}
