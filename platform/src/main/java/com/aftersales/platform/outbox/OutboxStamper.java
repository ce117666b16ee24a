package com.aftersales.platform.outbox;

import com.aftersales.contracts.DomainEvent;
import com.aftersales.platform.events.EventEnvelopes;
import com.aftersales.platform.web.RequestIds;
import org.bson.Document;
import org.slf4j.MDC;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveCallback;
import org.springframework.data.mongodb.core.mapping.event.BeforeConvertCallback;

import java.time.Clock;
import java.util.UUID;

/**
 * Just before an aggregate is written, turns the events it raised into outbox messages inside the same
 * document; just after, wakes the relay so the events leave at once instead of at the next poll.
 */
public class OutboxStamper implements BeforeConvertCallback<AggregateRoot>, AfterSaveCallback<AggregateRoot> {

    private final EventEnvelopes envelopes;
    // Looked up lazily: the relay needs the MongoTemplate, whose converter needs this callback.
    private final ObjectProvider<OutboxRelay> relay;
    private final Clock clock;

    public OutboxStamper(EventEnvelopes envelopes, ObjectProvider<OutboxRelay> relay, Clock clock) {
        this.envelopes = envelopes;
        this.relay = relay;
        this.clock = clock;
    }

    @Override
    public AggregateRoot onBeforeConvert(AggregateRoot aggregate, String collection) {
        for (DomainEvent event : aggregate.drainRaisedEvents()) {
            aggregate.addToOutbox(new OutboxMessage(
                    UUID.randomUUID().toString(),
                    DomainEvent.typeOf(event.getClass()),
                    event.schemaVersion(),
                    clock.instant(),
                    aggregate.dealerId(),
                    event.aggregateKey(),
                    MDC.get(RequestIds.MDC_KEY),
                    envelopes.payloadJson(event)));
        }
        return aggregate;
    }

    @Override
    public AggregateRoot onAfterSave(AggregateRoot aggregate, Document document, String collection) {
        if (!aggregate.pendingOutbox().isEmpty()) {
            relay.ifAvailable(OutboxRelay::wakeUp);
        }
        return aggregate;
    }
}
