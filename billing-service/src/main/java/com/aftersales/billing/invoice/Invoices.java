package com.aftersales.billing.invoice;

import com.aftersales.billing.invoice.InvoiceFacts.ApprovedLine;
import com.aftersales.billing.invoice.InvoiceFacts.CompletedJob;
import com.aftersales.billing.invoice.InvoiceFacts.LineKind;
import com.aftersales.billing.invoice.InvoiceFacts.PartIssue;
import com.aftersales.billing.invoice.InvoiceFacts.PartReturn;
import com.aftersales.billing.invoice.InvoiceFacts.SourceKind;
import com.aftersales.billing.settings.BillingSettingsRepository;
import com.aftersales.contracts.parts.PartsEvents.PartsIssued;
import com.aftersales.contracts.parts.PartsEvents.PartsReturned;
import com.aftersales.contracts.reception.ReceptionEvents.AdditionalWorkConsented;
import com.aftersales.contracts.reception.ReceptionEvents.EstimateLine;
import com.aftersales.contracts.reception.ReceptionEvents.EstimateLinesApproved;
import com.aftersales.contracts.reception.ReceptionEvents.RepairOrderOpened;
import com.aftersales.contracts.workshop.WorkshopEvents.FinalInspectionPassed;
import com.aftersales.contracts.workshop.WorkshopEvents.JobCompleted;
import com.aftersales.contracts.workshop.WorkshopEvents.VehicleReady;
import com.aftersales.platform.domain.NotFoundException;
import com.aftersales.platform.storage.Conflicts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Loads and saves invoices, and applies the other services' events to them (S11.1). The invoice of a repair order
 * is made by whichever of its events comes first (its id is derived from the RO); each event is applied at most
 * once (the invoice remembers the ids it applied, in the same write). Three topics feed the same document from
 * three listener threads, so a write that met another one is redone from a fresh load.
 */
@Service
public class Invoices {

    private static final Logger log = LoggerFactory.getLogger(Invoices.class);
    static final String LABOUR = "LABOUR";
    static final String PART = "PART";

    private final InvoiceRepository repository;
    private final BillingSettingsRepository settings;
    private final Clock clock;

    Invoices(InvoiceRepository repository, BillingSettingsRepository settings, Clock clock) {
        this.repository = repository;
        this.settings = settings;
        this.clock = clock;
    }

    public Invoice load(String dealerId, String id) {
        return repository.findByIdAndDealerId(id, dealerId).orElseThrow(() -> new NotFoundException("invoice", id));
    }

    /** A draft is shown priced with the dealer's current settings; an issued invoice as it was issued. */
    public Invoice loadPriced(String dealerId, String id) {
        Invoice invoice = load(dealerId, id);
        invoice.reprice(settings.of(dealerId));
        return invoice;
    }

    public Invoice save(Invoice invoice) {
        invoice.reprice(settings.of(invoice.dealerId()));
        return repository.save(invoice);
    }

    // ---- reception.events ---------------------------------------------------------------------------------

    public void repairOrderOpened(String dealerId, String eventId, RepairOrderOpened opened) {
        apply(dealerId, eventId, opened.repairOrderId(), invoice -> invoice.repairOrderOpened(opened.repairOrderNumber(),
                opened.customerId(), opened.vehicleId(), opened.advisorId()));
    }

    public void linesApproved(String dealerId, String eventId, EstimateLinesApproved approved) {
        List<ApprovedLine> lines = approvedLines(approved.lines(), SourceKind.ESTIMATE_LINE,
                "v" + approved.estimateVersion(), approved.approvedAt());
        apply(dealerId, eventId, approved.repairOrderId(), invoice -> invoice.linesApproved(lines));
    }

    public void additionalWorkConsented(String dealerId, String eventId, AdditionalWorkConsented consented) {
        List<ApprovedLine> lines = approvedLines(consented.lines(), SourceKind.ADDITIONAL_WORK_LINE,
                consented.requestId(), consented.consentedAt());
        apply(dealerId, eventId, consented.repairOrderId(), invoice -> invoice.linesApproved(lines));
    }

    // ---- parts.events -------------------------------------------------------------------------------------

    public void partsIssued(String dealerId, String eventId, PartsIssued issued) {
        apply(dealerId, eventId, issued.repairOrderId(), invoice -> invoice.partsIssued(new PartIssue(eventId,
                issued.jobId(), issued.partNumber(), issued.quantity(), issued.unitPrice(), issued.issuedBy(),
                issued.issuedAt())));
    }

    public void partsReturned(String dealerId, String eventId, PartsReturned returned) {
        apply(dealerId, eventId, returned.repairOrderId(), invoice -> invoice.partsReturned(new PartReturn(eventId,
                returned.partNumber(), returned.quantity(), returned.returnedBy(), returned.returnedAt())));
    }

    // ---- workshop.events ----------------------------------------------------------------------------------

    public void jobCompleted(String dealerId, String eventId, JobCompleted completed) {
        apply(dealerId, eventId, completed.repairOrderId(), invoice -> invoice.jobCompleted(new CompletedJob(
                completed.jobId(), completed.technicianId(), completed.labourOperationCode(), completed.standardHours(),
                completed.clockedHours(), completed.rework(), completed.completedAt())));
    }

    public void inspectionPassed(String dealerId, String eventId, FinalInspectionPassed passed) {
        apply(dealerId, eventId, passed.repairOrderId(), invoice -> invoice.inspectionPassed(new Invoice.Inspection(
                passed.inspectionId(), passed.inspectorId(), passed.roadTested(), passed.passedAt())));
    }

    public void vehicleReady(String dealerId, String eventId, VehicleReady ready) {
        apply(dealerId, eventId, ready.repairOrderId(), invoice -> invoice.vehicleReady(ready.readyAt()));
    }

    // ---- internals ----------------------------------------------------------------------------------------

    /** The labour and part lines among approved lines; a line without an id is named by where it came from. */
    static List<ApprovedLine> approvedLines(List<EstimateLine> lines, SourceKind kind, String origin,
                                            java.time.Instant at) {
        List<ApprovedLine> approved = new ArrayList<>();
        if (lines == null) {
            return approved;
        }
        for (int i = 0; i < lines.size(); i++) {
            EstimateLine line = lines.get(i);
            String lineKind = line.kind() == null ? "" : line.kind().toUpperCase(Locale.ROOT);
            String lineId = line.lineId() != null ? line.lineId() : origin + ":" + i;
            if (LABOUR.equals(lineKind) && line.price() != null) {
                approved.add(new ApprovedLine(kind, lineId, LineKind.LABOUR, line.description(),
                        line.labourOperationCode(), line.standardHours(), null, 0, line.price(), at));
            } else if (PART.equals(lineKind) && line.partNumber() != null && line.quantity() > 0) {
                approved.add(new ApprovedLine(kind, lineId, LineKind.PART, line.description(), null, null,
                        line.partNumber(), line.quantity(), line.price(), at));
            }
        }
        return approved;
    }

    private void apply(String dealerId, String eventId, String repairOrderId, Consumer<Invoice> change) {
        if (repairOrderId == null || dealerId == null) {
            log.warn("event {}: no repair order or dealer; nothing to bill", eventId);
            return;
        }
        String id = Invoice.idFor(dealerId, repairOrderId);
        Conflicts.retry(() -> {
            Invoice invoice = repository.findById(id)
                    .orElseGet(() -> Invoice.forRepairOrder(dealerId, repairOrderId, clock.instant()));
            if (invoice.hasHandled(eventId)) {
                return;
            }
            if (!invoice.isEditable()) {
                log.warn("event {}: invoice {} of repair order {} is {}; the fact is kept but the charges stay as issued",
                        eventId, invoice.invoiceNumber(), repairOrderId, invoice.status());
            }
            change.accept(invoice);
            invoice.markHandled(eventId);
            save(invoice);
        });
    }
}
