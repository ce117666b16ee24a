package com.aftersales.workshop.workorder;

import com.aftersales.contracts.DomainEvent;
import com.aftersales.contracts.EventTopics;
import com.aftersales.contracts.appointment.AppointmentEvents.CustomerArrived;
import com.aftersales.contracts.appointment.AppointmentEvents.RequestedWork;
import com.aftersales.platform.consumer.InsertOnce;
import com.aftersales.platform.events.EventEnvelope;
import com.aftersales.platform.events.EventEnvelopes;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * From appointments: CustomerArrived tells whether this is the vehicle's first maintenance (S9.6) and the catalogue
 * category of each requested operation. Kept once per appointment; when reception opened the RO before this event
 * arrived (topics are not ordered among each other), its work order is marked here.
 */
@Component
class AppointmentEventsListener {

    private final EventEnvelopes envelopes;
    private final InsertOnce insertOnce;
    private final WorkOrders workOrders;

    AppointmentEventsListener(EventEnvelopes envelopes, InsertOnce insertOnce, WorkOrders workOrders) {
        this.envelopes = envelopes;
        this.insertOnce = insertOnce;
        this.workOrders = workOrders;
    }

    @KafkaListener(topics = EventTopics.APPOINTMENT)
    void on(String record) {
        EventEnvelope envelope = envelopes.read(record);
        if (!DomainEvent.typeOf(CustomerArrived.class).equals(envelope.type())) {
            return;
        }
        CustomerArrived arrived = envelopes.payload(envelope, CustomerArrived.class);
        String dealer = envelope.dealerId();
        boolean firstService = arrived.preparation() != null && arrived.preparation().firstService();
        List<ArrivedAppointment.CatalogueCategory> categories = new ArrayList<>();
        if (arrived.preparation() != null && arrived.preparation().requestedWork() != null) {
            for (RequestedWork work : arrived.preparation().requestedWork()) {
                if (work.labourOperationCode() != null && work.category() != null) {
                    categories.add(new ArrivedAppointment.CatalogueCategory(work.labourOperationCode(), work.category()));
                }
            }
        }
        insertOnce.insert(new ArrivedAppointment(ArrivedAppointment.idOf(dealer, arrived.appointmentId()), dealer,
                arrived.appointmentId(), firstService, categories, arrived.arrivedAt()));
        if (firstService) {
            workOrders.byAppointment(dealer, arrived.appointmentId()).ifPresent(order ->
                    workOrders.apply(dealer, order.repairOrderId(), envelope.eventId(), WorkOrder::markFirstService));
        }
    }
}
