package com.aftersales.workshop.technician;

import com.aftersales.contracts.DomainEvent;
import com.aftersales.contracts.EventTopics;
import com.aftersales.contracts.workshop.WorkshopEvents.JobCompleted;
import com.aftersales.platform.events.EventEnvelope;
import com.aftersales.platform.events.EventEnvelopes;
import com.aftersales.platform.storage.Conflicts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * S7.3: each completed job teaches its technician's speed factor (clocked / standard hours). Read from our own
 * JobCompleted events, so completing a job stays one write and the technician is updated once per event.
 */
@Component
class SpeedFactorListener {

    private static final Logger log = LoggerFactory.getLogger(SpeedFactorListener.class);

    private final EventEnvelopes envelopes;
    private final TechnicianRepository technicians;

    SpeedFactorListener(EventEnvelopes envelopes, TechnicianRepository technicians) {
        this.envelopes = envelopes;
        this.technicians = technicians;
    }

    @KafkaListener(topics = EventTopics.WORKSHOP)
    void on(String record) {
        EventEnvelope envelope = envelopes.read(record);
        if (!DomainEvent.typeOf(JobCompleted.class).equals(envelope.type())) {
            return;
        }
        JobCompleted completed = envelopes.payload(envelope, JobCompleted.class);
        Conflicts.retry(() -> technicians.findByDealerIdAndTechnicianId(envelope.dealerId(), completed.technicianId())
                .filter(technician -> !technician.hasHandled(envelope.eventId()))
                .map(technician -> {
                    technician.learnFrom(completed.standardHours(), completed.clockedHours());
                    technician.markHandled(envelope.eventId());
                    log.info("event {}: technician {} speed factor now {}", envelope.eventId(), completed.technicianId(),
                            technician.speedFactor());
                    return technicians.save(technician);
                }).orElse(null));
    }
}
