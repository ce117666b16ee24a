package com.aftersales.billing.invoice;

import com.aftersales.contracts.DomainEvent;
import com.aftersales.contracts.EventTopics;
import com.aftersales.contracts.reception.ReceptionEvents.AdditionalWorkConsented;
import com.aftersales.contracts.reception.ReceptionEvents.EstimateLinesApproved;
import com.aftersales.contracts.reception.ReceptionEvents.RepairOrderOpened;
import com.aftersales.platform.events.EventEnvelope;
import com.aftersales.platform.events.EventEnvelopes;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * From reception (S11.1): the RO's customer, vehicle and advisor; the estimate lines the customer approved and
 * the additional work consented to (S8.2) — the only work an invoice may charge.
 */
@Component
class ReceptionEventsListener {

    private static final String OPENED = DomainEvent.typeOf(RepairOrderOpened.class);
    private static final String APPROVED = DomainEvent.typeOf(EstimateLinesApproved.class);
    private static final String CONSENTED = DomainEvent.typeOf(AdditionalWorkConsented.class);

    private final EventEnvelopes envelopes;
    private final Invoices invoices;

    ReceptionEventsListener(EventEnvelopes envelopes, Invoices invoices) {
        this.envelopes = envelopes;
        this.invoices = invoices;
    }

    @KafkaListener(topics = EventTopics.RECEPTION)
    void on(String record) {
        EventEnvelope envelope = envelopes.read(record);
        String type = envelope.type();
        if (OPENED.equals(type)) {
            invoices.repairOrderOpened(envelope.dealerId(), envelope.eventId(),
                    envelopes.payload(envelope, RepairOrderOpened.class));
        } else if (APPROVED.equals(type)) {
            invoices.linesApproved(envelope.dealerId(), envelope.eventId(),
                    envelopes.payload(envelope, EstimateLinesApproved.class));
        } else if (CONSENTED.equals(type)) {
            invoices.additionalWorkConsented(envelope.dealerId(), envelope.eventId(),
                    envelopes.payload(envelope, AdditionalWorkConsented.class));
        }
    }
}
