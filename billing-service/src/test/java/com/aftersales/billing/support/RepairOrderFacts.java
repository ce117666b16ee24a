package com.aftersales.billing.support;

import com.aftersales.billing.invoice.Invoice;
import com.aftersales.billing.invoice.Invoices;
import com.aftersales.contracts.DomainEvent;
import com.aftersales.contracts.EventTopics;
import com.aftersales.contracts.Money;
import com.aftersales.contracts.parts.PartsEvents.PartsIssued;
import com.aftersales.contracts.parts.PartsEvents.PartsReturned;
import com.aftersales.contracts.reception.ReceptionEvents.AdditionalWorkConsented;
import com.aftersales.contracts.reception.ReceptionEvents.EstimateLine;
import com.aftersales.contracts.reception.ReceptionEvents.EstimateLinesApproved;
import com.aftersales.contracts.reception.ReceptionEvents.RepairOrderOpened;
import com.aftersales.contracts.workshop.WorkshopEvents.FinalInspectionPassed;
import com.aftersales.contracts.workshop.WorkshopEvents.JobCompleted;
import com.aftersales.contracts.workshop.WorkshopEvents.VehicleReady;
import com.aftersales.platform.events.EventEnvelopes;
import com.aftersales.platform.test.KafkaProbe;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One repair order as billing hears of it: the contract events of reception, parts and workshop. They are either
 * applied straight to {@link Invoices} (what the listeners call; fast, for HTTP tests) or published as contract
 * envelopes on the producers' topics (Kafka tests).
 */
public final class RepairOrderFacts {

    private final Dealership dealer;
    private final String repairOrderId = UUID.randomUUID().toString();
    private final Instant now = Instant.now();

    public RepairOrderFacts(Dealership dealer) {
        this.dealer = dealer;
    }

    public String id() {
        return repairOrderId;
    }

    public String invoiceId() {
        return Invoice.idFor(dealer.id(), repairOrderId);
    }

    public static Money cny(long fen) {
        return new Money(fen, "CNY");
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    // ---- the contract events ------------------------------------------------------------------------------

    public RepairOrderOpened opened() {
        return new RepairOrderOpened(repairOrderId, "RO-20261127-0042", null, "cust-7", "veh-7", "LSVAB2BM5NN123456",
                "adv-1", true, now.plusSeconds(7200), now);
    }

    public static EstimateLine labour(String lineId, String code, String hours, long price) {
        return new EstimateLine(lineId, "LABOUR", "Labour " + code, code, new BigDecimal(hours), null, 0, cny(price));
    }

    public static EstimateLine part(String lineId, String partNumber, int quantity, long price) {
        return new EstimateLine(lineId, "PART", "Part " + partNumber, null, null, partNumber, quantity, cny(price));
    }

    public EstimateLinesApproved approved(EstimateLine... lines) {
        return new EstimateLinesApproved(repairOrderId, "RO-20261127-0042", 1, List.of(lines), "IN_PERSON", "adv-1", now);
    }

    public AdditionalWorkConsented consented(String requestId, EstimateLine... lines) {
        return new AdditionalWorkConsented(repairOrderId, requestId, List.of(lines), cny(0), now.plusSeconds(9000),
                "adv-1", now);
    }

    public PartsIssued issued(String partNumber, int quantity, long unitPrice) {
        return new PartsIssued(repairOrderId, "job-1", partNumber, quantity, cny(unitPrice), "clerk-1", now);
    }

    public PartsReturned returned(String partNumber, int quantity) {
        return new PartsReturned(repairOrderId, partNumber, quantity, "tech-1", now);
    }

    public JobCompleted completed(String jobId, String code, String standardHours, String clockedHours) {
        return new JobCompleted(repairOrderId, jobId, "tech-1", code, new BigDecimal(standardHours),
                new BigDecimal(clockedHours), false, now);
    }

    public FinalInspectionPassed inspected() {
        return new FinalInspectionPassed(repairOrderId, "insp-1", "qc-1", true, false, now);
    }

    public VehicleReady ready() {
        return new VehicleReady(repairOrderId, now.plusSeconds(7200), now, true);
    }

    // ---- applying them ------------------------------------------------------------------------------------

    /** Applies events as the listeners do, each with a fresh event id. */
    public RepairOrderFacts apply(Invoices invoices, DomainEvent... events) {
        for (DomainEvent event : events) {
            apply(invoices, newId(), event);
        }
        return this;
    }

    public void apply(Invoices invoices, String eventId, DomainEvent event) {
        String dealerId = dealer.id();
        if (event instanceof RepairOrderOpened e) {
            invoices.repairOrderOpened(dealerId, eventId, e);
        } else if (event instanceof EstimateLinesApproved e) {
            invoices.linesApproved(dealerId, eventId, e);
        } else if (event instanceof AdditionalWorkConsented e) {
            invoices.additionalWorkConsented(dealerId, eventId, e);
        } else if (event instanceof PartsIssued e) {
            invoices.partsIssued(dealerId, eventId, e);
        } else if (event instanceof PartsReturned e) {
            invoices.partsReturned(dealerId, eventId, e);
        } else if (event instanceof JobCompleted e) {
            invoices.jobCompleted(dealerId, eventId, e);
        } else if (event instanceof FinalInspectionPassed e) {
            invoices.inspectionPassed(dealerId, eventId, e);
        } else if (event instanceof VehicleReady e) {
            invoices.vehicleReady(dealerId, eventId, e);
        } else {
            throw new IllegalArgumentException("billing does not consume " + event);
        }
    }

    /** The oil change: 1.5 h x CNY 300 and 2 x CNY 68.00 approved, issued, the vehicle ready. Customer total 662.18. */
    public RepairOrderFacts readyOilChange(Invoices invoices) {
        return apply(invoices, opened(), approved(labour("L1", "OIL", "1.5", 45_000), part("L2", "OF-100", 2, 13_600)),
                issued("OF-100", 2, 6_800), inspected(), ready());
    }

    // ---- publishing them ----------------------------------------------------------------------------------

    /** The contract envelope the producer's outbox relay would send. */
    public String envelope(EventEnvelopes envelopes, String eventId, DomainEvent event) {
        return """
                {"eventId":"%s","type":"%s","schemaVersion":1,"occurredAt":"%s","dealerId":"%s","aggregateKey":"%s",
                 "source":"%s","payload":%s}""".formatted(eventId, DomainEvent.typeOf(event.getClass()), Instant.now(),
                dealer.id(), event.aggregateKey(), sourceOf(event), envelopes.payloadJson(event));
    }

    public void publish(KafkaProbe kafka, EventEnvelopes envelopes, String eventId, DomainEvent event) {
        String source = sourceOf(event);
        kafka.send(EventTopics.of(source), event.aggregateKey(), envelope(envelopes, eventId, event),
                Map.of("eventId", eventId, "eventType", DomainEvent.typeOf(event.getClass()), "dealerId", dealer.id()));
    }

    public void publish(KafkaProbe kafka, EventEnvelopes envelopes, DomainEvent... events) {
        for (DomainEvent event : events) {
            publish(kafka, envelopes, newId(), event);
        }
    }

    private static String sourceOf(DomainEvent event) {
        String pkg = event.getClass().getPackageName();
        return pkg.substring(pkg.lastIndexOf('.') + 1);
    }
}
