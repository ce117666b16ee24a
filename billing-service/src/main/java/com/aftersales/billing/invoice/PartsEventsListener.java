package com.aftersales.billing.invoice;

import com.aftersales.contracts.DomainEvent;
import com.aftersales.contracts.EventTopics;
import com.aftersales.contracts.parts.PartsEvents.PartsIssued;
import com.aftersales.contracts.parts.PartsEvents.PartsReturned;
import com.aftersales.platform.events.EventEnvelope;
import com.aftersales.platform.events.EventEnvelopes;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** From parts (S11.1): the parts actually issued to the RO's jobs, at their price, less what came back unused. */
@Component
class PartsEventsListener {

    private static final String ISSUED = DomainEvent.typeOf(PartsIssued.class);
    private static final String RETURNED = DomainEvent.typeOf(PartsReturned.class);

    private final EventEnvelopes envelopes;
    private final Invoices invoices;

    PartsEventsListener(EventEnvelopes envelopes, Invoices invoices) {
        this.envelopes = envelopes;
        this.invoices = invoices;
    }

    @KafkaListener(topics = EventTopics.PARTS)
    void on(String record) {
        EventEnvelope envelope = envelopes.read(record);
        String type = envelope.type();
        if (ISSUED.equals(type)) {
            invoices.partsIssued(envelope.dealerId(), envelope.eventId(), envelopes.payload(envelope, PartsIssued.class));
        } else if (RETURNED.equals(type)) {
            invoices.partsReturned(envelope.dealerId(), envelope.eventId(),
                    envelopes.payload(envelope, PartsReturned.class));
        }
    }
}
