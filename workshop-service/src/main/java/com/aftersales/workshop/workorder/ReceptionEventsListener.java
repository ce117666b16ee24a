package com.aftersales.workshop.workorder;

import com.aftersales.contracts.DomainEvent;
import com.aftersales.contracts.EventTopics;
import com.aftersales.contracts.reception.ReceptionEvents.AdditionalWorkConsented;
import com.aftersales.contracts.reception.ReceptionEvents.ConcernRecorded;
import com.aftersales.contracts.reception.ReceptionEvents.DiagnosisRecorded;
import com.aftersales.contracts.reception.ReceptionEvents.EstimateLine;
import com.aftersales.contracts.reception.ReceptionEvents.EstimateLinesApproved;
import com.aftersales.contracts.reception.ReceptionEvents.PromisedTimeRevised;
import com.aftersales.contracts.reception.ReceptionEvents.RepairOrderOpened;
import com.aftersales.contracts.reception.ReceptionEvents.TechnicianAssistanceRequested;
import com.aftersales.platform.events.EventEnvelope;
import com.aftersales.platform.events.EventEnvelopes;
import com.aftersales.workshop.catalogue.Equipment;
import com.aftersales.workshop.catalogue.LabourCategories;
import com.aftersales.workshop.catalogue.LabourCategory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * From reception: the RO opened with its promise (G2) and, from an appointment of a first maintenance, the
 * customer invited to the inspection (S9.6); concerns in the customer's words for the inspection (S9.1); requests
 * for technician assistance for the board (S4.4); the LABOUR lines of approved estimates and of consented
 * additional work become jobs (S7.1, S8.2). Each event is applied to the RO's work order once.
 */
@Component
class ReceptionEventsListener {

    static final String LABOUR = "LABOUR";

    private static final Logger log = LoggerFactory.getLogger(ReceptionEventsListener.class);

    private final EventEnvelopes envelopes;
    private final WorkOrders workOrders;
    private final MongoTemplate mongo;
    private final Clock clock;

    ReceptionEventsListener(EventEnvelopes envelopes, WorkOrders workOrders, MongoTemplate mongo, Clock clock) {
        this.envelopes = envelopes;
        this.workOrders = workOrders;
        this.mongo = mongo;
        this.clock = clock;
    }

    @KafkaListener(topics = EventTopics.RECEPTION)
    void on(String record) {
        EventEnvelope envelope = envelopes.read(record);
        String dealer = envelope.dealerId();
        String eventId = envelope.eventId();
        String type = envelope.type();
        if (is(type, RepairOrderOpened.class)) {
            RepairOrderOpened opened = envelopes.payload(envelope, RepairOrderOpened.class);
            ArrivedAppointment arrival = arrivalOf(dealer, opened.appointmentId());
            workOrders.apply(dealer, opened.repairOrderId(), eventId, order -> {
                order.open(opened.repairOrderNumber(), opened.appointmentId(), opened.promisedAt());
                if (arrival != null && arrival.firstService()) {
                    order.markFirstService();
                }
            });
            if (arrival == null && opened.appointmentId() != null) {
                // The arrival may have been recorded while this order was being written, and its listener may
                // have looked for the order just before it existed: look again now that it does (S9.6).
                ArrivedAppointment late = arrivalOf(dealer, opened.appointmentId());
                if (late != null && late.firstService()) {
                    workOrders.apply(dealer, opened.repairOrderId(), eventId + ":first-service", WorkOrder::markFirstService);
                }
            }
        } else if (is(type, PromisedTimeRevised.class)) {
            PromisedTimeRevised revised = envelopes.payload(envelope, PromisedTimeRevised.class);
            workOrders.apply(dealer, revised.repairOrderId(), eventId, order -> order.revisePromise(revised.promisedAt()));
        } else if (is(type, ConcernRecorded.class)) {
            ConcernRecorded concern = envelopes.payload(envelope, ConcernRecorded.class);
            workOrders.apply(dealer, concern.repairOrderId(), eventId,
                    order -> order.recordConcern(concern.concernId(), concern.customerWords(), concern.correctsConcernId()));
        } else if (is(type, DiagnosisRecorded.class)) {
            DiagnosisRecorded diagnosis = envelopes.payload(envelope, DiagnosisRecorded.class);
            workOrders.apply(dealer, diagnosis.repairOrderId(), eventId,
                    order -> order.recordDiagnosis(diagnosis.concernId(), diagnosis.cause(), diagnosis.correction()));
        } else if (is(type, TechnicianAssistanceRequested.class)) {
            TechnicianAssistanceRequested request = envelopes.payload(envelope, TechnicianAssistanceRequested.class);
            workOrders.apply(dealer, request.repairOrderId(), eventId, order -> order.requestAssistance(request.concernId(),
                    request.reason(), request.requestedBy(), request.requestedAt()));
        } else if (is(type, EstimateLinesApproved.class)) {
            EstimateLinesApproved approved = envelopes.payload(envelope, EstimateLinesApproved.class);
            addJobs(dealer, approved.repairOrderId(), eventId, approved.lines());
        } else if (is(type, AdditionalWorkConsented.class)) {
            AdditionalWorkConsented consented = envelopes.payload(envelope, AdditionalWorkConsented.class);
            addJobs(dealer, consented.repairOrderId(), eventId, consented.lines());
            if (consented.promisedAt() != null) {
                workOrders.apply(dealer, consented.repairOrderId(), eventId + ":promise",
                        order -> order.revisePromise(consented.promisedAt()));
            }
        }
    }

    /** Each LABOUR line becomes a job whose id derives from the event and the line: the same on redelivery. */
    private void addJobs(String dealer, String repairOrderId, String eventId, List<EstimateLine> lines) {
        List<EstimateLine> labour = lines == null ? List.of()
                : lines.stream().filter(line -> LABOUR.equalsIgnoreCase(line.kind())).toList();
        if (labour.isEmpty()) {
            return;
        }
        workOrders.apply(dealer, repairOrderId, eventId, order -> {
            ArrivedAppointment arrival = arrivalOf(dealer, order.appointmentId());
            List<Job.NewJob> jobs = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < labour.size(); i++) {
                EstimateLine line = labour.get(i);
                String code = line.labourOperationCode();
                LabourCategory category = LabourCategories.categorise(arrival == null ? null : arrival.categoryOf(code), code,
                        line.description());
                List<Equipment> equipment = LabourCategories.equipmentFor(category, code, line.description());
                String lineId = line.lineId() != null ? line.lineId() : "line-" + i;
                jobs.add(new Job.NewJob(List.of(lineId), code, line.description(), category, line.standardHours(), equipment,
                        LabourCategories.needsRoadTest(category, code, line.description())));
                ids.add(WorkOrder.derivedId("job:" + eventId + ":" + lineId));
            }
            if (!order.addJobs(jobs, ids, clock.instant())) {
                log.warn("event {}: RO {} is ready already; {} job(s) not added", eventId, repairOrderId, jobs.size());
            }
        });
        log.info("event {}: {} labour line(s) of RO {} became jobs", eventId, labour.size(), repairOrderId);
    }

    private ArrivedAppointment arrivalOf(String dealer, String appointmentId) {
        return appointmentId == null ? null
                : mongo.findById(ArrivedAppointment.idOf(dealer, appointmentId), ArrivedAppointment.class);
    }

    private static boolean is(String type, Class<?> event) {
        return DomainEvent.typeOf(event).equals(type);
    }
}
