package com.aftersales.reception.parts;

import com.aftersales.contracts.DomainEvent;
import com.aftersales.contracts.EventTopics;
import com.aftersales.contracts.parts.PartsEvents.BackorderedPartArrived;
import com.aftersales.platform.events.EventEnvelope;
import com.aftersales.platform.events.EventEnvelopes;
import com.aftersales.reception.messages.CustomerMessages;
import com.aftersales.reception.repairorder.CustomerMessage;
import com.aftersales.reception.repairorder.RepairOrder;
import com.aftersales.reception.repairorder.RepairOrderRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Optional;

/**
 * S6.2: when a missing part arrives for a repair order, the customer is told (a message through the
 * notifier, recorded in the RO) and the repair is given priority. Applied once per event.
 */
@Component
class BackorderArrivalListener {

    private static final Logger log = LoggerFactory.getLogger(BackorderArrivalListener.class);
    private static final String ARRIVED = DomainEvent.typeOf(BackorderedPartArrived.class);

    private final EventEnvelopes envelopes;
    private final RepairOrderRepository repairOrders;
    private final CustomerMessages customerMessages;
    private final Clock clock;

    BackorderArrivalListener(EventEnvelopes envelopes, RepairOrderRepository repairOrders, CustomerMessages customerMessages,
                             Clock clock) {
        this.envelopes = envelopes;
        this.repairOrders = repairOrders;
        this.customerMessages = customerMessages;
        this.clock = clock;
    }

    static String messageFor(String repairOrderNumber, String partNumber) {
        return "Good news about your repair order " + repairOrderNumber + ": the part we were waiting for (" + partNumber
                + ") has arrived. Your repair now goes ahead with priority; your service advisor will confirm when it will be ready.";
    }

    @KafkaListener(topics = EventTopics.PARTS)
    void on(String record) {
        EventEnvelope envelope = envelopes.read(record);
        if (!ARRIVED.equals(envelope.type())) {
            return;
        }
        BackorderedPartArrived arrived = envelopes.payload(envelope, BackorderedPartArrived.class);
        Optional<RepairOrder> found = arrived.repairOrderId() == null ? Optional.empty()
                : repairOrders.findByIdAndDealerId(arrived.repairOrderId(), envelope.dealerId());
        if (found.isEmpty()) {
            log.warn("event {}: no repair order {} at dealer {}; nobody to tell", envelope.eventId(),
                    arrived.repairOrderId(), envelope.dealerId());
            return;
        }
        RepairOrder order = found.get();
        if (order.hasHandled(envelope.eventId())) {
            return;
        }
        order.prioritise("backordered part " + arrived.partNumber() + " arrived", clock.instant());
        customerMessages.tell(order, CustomerMessage.Channel.SMS, messageFor(order.number(), arrived.partNumber()),
                CustomerMessages.SYSTEM, clock.instant());
        order.markHandled(envelope.eventId());
        repairOrders.save(order);
        log.info("event {}: part {} arrived for RO {}: customer told, repair given priority", envelope.eventId(),
                arrived.partNumber(), order.number());
    }
}
