package com.aftersales.platform.sample;

import com.aftersales.platform.events.EventEnvelope;
import com.aftersales.platform.events.EventEnvelopes;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class ShipmentListener {

    /** A destination whose events always fail: to show retries, then the dead-letter topic. */
    static final String BROKEN_DESTINATION = "nowhere";

    private final EventEnvelopes envelopes;
    private final TallyRepository tallies;

    ShipmentListener(EventEnvelopes envelopes, TallyRepository tallies) {
        this.envelopes = envelopes;
        this.tallies = tallies;
    }

    @KafkaListener(topics = "sample.events", autoStartup = "${sample.listener.auto-startup:true}")
    void on(String record) {
        EventEnvelope envelope = envelopes.read(record);
        Parcel.ParcelShipped shipped = envelopes.payload(envelope, Parcel.ParcelShipped.class);
        if (BROKEN_DESTINATION.equals(shipped.destination())) {
            throw new IllegalStateException("cannot count shipments to " + shipped.destination());
        }
        Tally tally = tallies.findById(shipped.destination()).orElseGet(() -> new Tally(shipped.destination()));
        tally.count(envelope.eventId());
        tallies.save(tally);
    }
}
