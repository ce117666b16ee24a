package com.aftersales.appointment.solicitation;

import com.aftersales.contracts.DomainEvent;
import com.aftersales.contracts.EventTopics;
import com.aftersales.contracts.reception.ReceptionEvents.DeclinedLine;
import com.aftersales.contracts.reception.ReceptionEvents.EstimateLinesDeclined;
import com.aftersales.platform.consumer.InsertOnce;
import com.aftersales.platform.events.EventEnvelope;
import com.aftersales.platform.events.EventEnvelopes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Declined estimate lines from reception become entries of the vehicle's solicitation list (S5 -> S1). */
@Component
class DeclinedWorkListener {

    private static final Logger log = LoggerFactory.getLogger(DeclinedWorkListener.class);
    private static final String DECLINED = DomainEvent.typeOf(EstimateLinesDeclined.class);

    private final EventEnvelopes envelopes;
    private final InsertOnce insertOnce;

    DeclinedWorkListener(EventEnvelopes envelopes, InsertOnce insertOnce) {
        this.envelopes = envelopes;
        this.insertOnce = insertOnce;
    }

    @KafkaListener(topics = EventTopics.RECEPTION)
    void on(String record) {
        EventEnvelope envelope = envelopes.read(record);
        if (!DECLINED.equals(envelope.type())) {
            return;
        }
        EstimateLinesDeclined declined = envelopes.payload(envelope, EstimateLinesDeclined.class);
        int added = 0;
        for (DeclinedLine line : declined.lines()) {
            boolean inserted = insertOnce.insert(new DeclinedWork(DeclinedWork.idOf(envelope.eventId(), line.lineId()),
                    envelope.dealerId(), declined.vehicleId(), declined.customerId(), declined.repairOrderId(),
                    declined.repairOrderNumber(), line.description(), line.labourOperationCode(), line.estimatedPrice(),
                    line.reason(), declined.declinedAt()));
            added += inserted ? 1 : 0;
        }
        log.info("event {}: {} declined line(s) of RO {} kept for solicitation ({} new)", envelope.eventId(),
                declined.lines().size(), declined.repairOrderNumber(), added);
    }
}
