package com.aftersales.billing.invoice;

import com.aftersales.contracts.DomainEvent;
import com.aftersales.contracts.EventTopics;
import com.aftersales.contracts.workshop.WorkshopEvents.FinalInspectionPassed;
import com.aftersales.contracts.workshop.WorkshopEvents.JobCompleted;
import com.aftersales.contracts.workshop.WorkshopEvents.VehicleReady;
import com.aftersales.platform.events.EventEnvelope;
import com.aftersales.platform.events.EventEnvelopes;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * From the workshop: completed jobs with their clocked hours (S11.1, clocked labour), the passed final inspection
 * shown at delivery (S12.2), and VehicleReady, after which the invoice may be issued.
 */
@Component
class WorkshopEventsListener {

    private static final String COMPLETED = DomainEvent.typeOf(JobCompleted.class);
    private static final String INSPECTED = DomainEvent.typeOf(FinalInspectionPassed.class);
    private static final String READY = DomainEvent.typeOf(VehicleReady.class);

    private final EventEnvelopes envelopes;
    private final Invoices invoices;

    WorkshopEventsListener(EventEnvelopes envelopes, Invoices invoices) {
        this.envelopes = envelopes;
        this.invoices = invoices;
    }

    @KafkaListener(topics = EventTopics.WORKSHOP)
    void on(String record) {
        EventEnvelope envelope = envelopes.read(record);
        String type = envelope.type();
        if (COMPLETED.equals(type)) {
            invoices.jobCompleted(envelope.dealerId(), envelope.eventId(), envelopes.payload(envelope, JobCompleted.class));
        } else if (INSPECTED.equals(type)) {
            invoices.inspectionPassed(envelope.dealerId(), envelope.eventId(),
                    envelopes.payload(envelope, FinalInspectionPassed.class));
        } else if (READY.equals(type)) {
            invoices.vehicleReady(envelope.dealerId(), envelope.eventId(), envelopes.payload(envelope, VehicleReady.class));
        }
    }
}
