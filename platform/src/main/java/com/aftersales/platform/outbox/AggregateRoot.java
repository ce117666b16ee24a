package com.aftersales.platform.outbox;

import com.aftersales.contracts.DomainEvent;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Base of every aggregate stored as one Mongo document. An aggregate guards its own transitions and
 * {@link #raise raises} past-tense events; when it is saved, the platform moves them into the document's
 * outbox (same write, no transaction needed) and the {@link OutboxRelay} sends them to Kafka.
 *
 * <p>It also remembers the ids of the last events it has handled, so a consumer can apply an event to it
 * at most once: the effect and the record of having handled it are again one write.
 */
public abstract class AggregateRoot {

    private static final int HANDLED_EVENTS_KEPT = 200;

    @Id
    protected String id;

    @Version
    protected Long version;

    protected String dealerId;

    private List<OutboxMessage> outbox = new ArrayList<>();

    private List<String> handledEventIds = new ArrayList<>();

    @Transient
    private final List<DomainEvent> raisedEvents = new ArrayList<>();

    protected AggregateRoot() {
    }

    protected AggregateRoot(String id, String dealerId) {
        this.id = id;
        this.dealerId = dealerId;
    }

    public String id() {
        return id;
    }

    public Long version() {
        return version;
    }

    public String dealerId() {
        return dealerId;
    }

    protected <E extends DomainEvent> E raise(E event) {
        raisedEvents.add(event);
        return event;
    }

    /** Events raised since the aggregate was loaded and not yet saved: what a unit test asserts on. */
    public List<DomainEvent> raisedEvents() {
        return Collections.unmodifiableList(raisedEvents);
    }

    /** Whether the event with this id was applied to this aggregate already (redelivery after a crash). */
    public boolean hasHandled(String eventId) {
        return handledEventIds.contains(eventId);
    }

    public void markHandled(String eventId) {
        handledEventIds.add(eventId);
        if (handledEventIds.size() > HANDLED_EVENTS_KEPT) {
            handledEventIds.remove(0);
        }
    }

    List<DomainEvent> drainRaisedEvents() {
        List<DomainEvent> drained = new ArrayList<>(raisedEvents);
        raisedEvents.clear();
        return drained;
    }

    void addToOutbox(OutboxMessage message) {
        outbox.add(message);
    }

    public List<OutboxMessage> pendingOutbox() {
        return Collections.unmodifiableList(outbox);
    }
}
