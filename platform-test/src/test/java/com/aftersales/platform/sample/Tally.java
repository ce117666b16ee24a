package com.aftersales.platform.sample;

import com.aftersales.platform.outbox.AggregateRoot;
import org.springframework.data.mongodb.core.mapping.Document;

/** Counts shipments per destination; counting is not idempotent by itself, so it shows the dedupe at work. */
@Document("tallies")
public class Tally extends AggregateRoot {

    private int shipments;

    protected Tally() {
    }

    public Tally(String destination) {
        this.id = destination;
    }

    public void count(String eventId) {
        if (hasHandled(eventId)) {
            return;
        }
        shipments++;
        markHandled(eventId);
    }

    public int shipments() {
        return shipments;
    }
}
