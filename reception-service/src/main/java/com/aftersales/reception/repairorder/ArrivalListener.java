package com.aftersales.reception.repairorder;

import com.aftersales.contracts.DomainEvent;
import com.aftersales.contracts.EventTopics;
import com.aftersales.contracts.appointment.AppointmentEvents.CustomerArrived;
import com.aftersales.platform.events.EventEnvelope;
import com.aftersales.platform.events.EventEnvelopes;
import com.aftersales.platform.events.UnreadableEventException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * S3.1: when an appointment's customer arrives, the RO is prepared from the appointment (customer, vehicle,
 * requested work, advisor) before the customer reaches the desk. A redelivered arrival opens nothing more.
 */
@Component
class ArrivalListener {

    private static final Logger log = LoggerFactory.getLogger(ArrivalListener.class);
    private static final String ARRIVED = DomainEvent.typeOf(CustomerArrived.class);

    private final EventEnvelopes envelopes;
    private final RepairOrders repairOrders;

    ArrivalListener(EventEnvelopes envelopes, RepairOrders repairOrders) {
        this.envelopes = envelopes;
        this.repairOrders = repairOrders;
    }

    @KafkaListener(topics = EventTopics.APPOINTMENT)
    void on(String record) {
        EventEnvelope envelope = envelopes.read(record);
        if (!ARRIVED.equals(envelope.type())) {
            return;
        }
        if (envelope.dealerId() == null) {
            throw new UnreadableEventException("CustomerArrived " + envelope.eventId() + " names no dealer", null);
        }
        CustomerArrived arrived = envelopes.payload(envelope, CustomerArrived.class);
        repairOrders.openOnArrival(envelope.dealerId(), arrived).ifPresentOrElse(
                order -> log.info("event {}: RO {} opened for appointment {}", envelope.eventId(), order.number(),
                        arrived.appointmentId()),
                () -> log.info("event {}: the RO of appointment {} is open already", envelope.eventId(), arrived.appointmentId()));
    }
}
