package com.aftersales.workshop.workorder;

import com.aftersales.contracts.Money;
import com.aftersales.contracts.workshop.WorkshopEvents.AdditionalWorkRequested;
import com.aftersales.contracts.workshop.WorkshopEvents.CustomerInvitedToInspection;
import com.aftersales.contracts.workshop.WorkshopEvents.FinalInspectionFailed;
import com.aftersales.contracts.workshop.WorkshopEvents.FinalInspectionPassed;
import com.aftersales.contracts.workshop.WorkshopEvents.FrontDeskNotified;
import com.aftersales.contracts.workshop.WorkshopEvents.JobClockedOn;
import com.aftersales.contracts.workshop.WorkshopEvents.JobCompleted;
import com.aftersales.contracts.workshop.WorkshopEvents.JobCreated;
import com.aftersales.contracts.workshop.WorkshopEvents.JobDispatched;
import com.aftersales.contracts.workshop.WorkshopEvents.JobPaused;
import com.aftersales.contracts.workshop.WorkshopEvents.ProposedLine;
import com.aftersales.contracts.workshop.WorkshopEvents.RepairCompleted;
import com.aftersales.contracts.workshop.WorkshopEvents.RepairOrderAtRisk;
import com.aftersales.contracts.workshop.WorkshopEvents.VehicleReady;
import com.aftersales.contracts.workshop.WorkshopEvents.WashCompleted;
import com.aftersales.contracts.workshop.WorkshopEvents.WashQueued;
import com.aftersales.platform.domain.IllegalTransitionException;
import com.aftersales.platform.domain.NotFoundException;
import com.aftersales.platform.outbox.AggregateRoot;
import org.springframework.data.mongodb.core.mapping.Document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The workshop's side of one repair order (steps 7-10), one document: its jobs from the approved labour, the parts
 * it still waits for, its priority (S6.2), the promise and whether it is at risk (S7.1, G2), the final inspections
 * (S9) and the wash (S10), up to "vehicle ready". Keeping them together makes "all jobs done", "inspection passed"
 * and "ready" single-document decisions, each written with its events in one atomic save.
 */
@Document("work_orders")
public class WorkOrder extends AggregateRoot {

    public enum Stage { WAITING_FOR_WORK, IN_REPAIR, IN_INSPECTION, IN_WASH, READY }

    private String repairOrderId;
    private String repairOrderNumber;
    private String appointmentId;
    private boolean opened;
    private Instant promisedAt;
    private boolean firstService;
    private boolean priority;
    private List<PriorityReason> priorityReasons = new ArrayList<>();
    private List<Concern> concerns = new ArrayList<>();
    private List<AssistanceRequest> assistanceRequests = new ArrayList<>();
    private List<Backorder> openBackorders = new ArrayList<>();
    private boolean partsReserved;
    private List<Job> jobs = new ArrayList<>();
    private List<Inspection> inspections = new ArrayList<>();
    private Wash wash;
    private Instant repairCompletedAt;
    private Instant expectedReadyAt;
    private boolean atRisk;
    private Instant atRiskFlaggedForPromise;
    private String atRiskReason;
    private boolean ready;
    private Instant readyAt;
    private Boolean promiseKept;
    private Instant createdAt;

    protected WorkOrder() {
    }

    /** The document id, derived from dealer and RO: whichever event comes first creates it, once. */
    public static String idOf(String dealerId, String repairOrderId) {
        return derivedId("work-order:" + dealerId + ":" + repairOrderId);
    }

    public static WorkOrder start(String dealerId, String repairOrderId, Instant now) {
        WorkOrder order = new WorkOrder();
        order.id = idOf(dealerId, repairOrderId);
        order.dealerId = dealerId;
        order.repairOrderId = repairOrderId;
        order.createdAt = now;
        return order;
    }

    static String derivedId(String seed) {
        return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
    }

    // ---- from reception and parts ------------------------------------------------------------------------

    /** RepairOrderOpened: the RO's number, appointment and promised time; first maintenance invites the customer (S9.6). */
    public void open(String repairOrderNumber, String appointmentId, Instant promisedAt) {
        this.opened = true;
        this.repairOrderNumber = repairOrderNumber;
        this.appointmentId = appointmentId;
        this.promisedAt = promisedAt;
    }

    /** S9.6: the appointment said this is the vehicle's first maintenance. */
    public void markFirstService() {
        this.firstService = true;
    }

    /** G2: a revised promise is watched afresh; it can be flagged at risk again. */
    public void revisePromise(Instant promisedAt) {
        this.promisedAt = promisedAt;
        this.atRisk = false;
        this.atRiskReason = null;
    }

    public void recordConcern(String concernId, String customerWords, String correctsConcernId) {
        if (concerns.stream().anyMatch(concern -> concern.concernId().equals(concernId))) {
            return;
        }
        concerns.add(new Concern(concernId, customerWords, correctsConcernId, null, null));
    }

    public void recordDiagnosis(String concernId, String cause, String correction) {
        concerns = new ArrayList<>(concerns.stream().map(concern -> concern.concernId().equals(concernId)
                ? new Concern(concern.concernId(), concern.customerWords(), concern.correctsConcernId(), cause, correction)
                : concern).toList());
    }

    /** S4.4: the advisor asked for a technician at the diagnosis bay; the dispatch board shows it. */
    public void requestAssistance(String concernId, String reason, String requestedBy, Instant at) {
        assistanceRequests.add(new AssistanceRequest(concernId, reason, requestedBy, at));
    }

    public void backordered(String reservationId, String partNumber) {
        openBackorders.add(new Backorder(reservationId, partNumber));
    }

    public void partsReserved() {
        this.partsReserved = true;
    }

    /** S6.2: the missing part arrived; the repair goes ahead with priority, its jobs move up the board. */
    public void partArrived(String partNumber, Instant now) {
        openBackorders.removeIf(backorder -> backorder.partNumber().equals(partNumber));
        prioritise("backordered part " + partNumber + " arrived", now);
    }

    public void prioritise(String reason, Instant now) {
        priority = true;
        priorityReasons.add(new PriorityReason(reason, now));
    }

    /**
     * Approved labour becomes jobs (estimate lines, or consented additional work). A pending inspection is
     * withdrawn: the new work is inspected with the rest.
     *
     * @return false when the vehicle is ready already and takes no more work
     */
    public boolean addJobs(List<Job.NewJob> newJobs, List<String> jobIds, Instant now) {
        if (ready) {
            return false;
        }
        for (int i = 0; i < newJobs.size(); i++) {
            String jobId = jobIds.get(i);
            if (findJob(jobId) != null) {
                continue;
            }
            Job job = Job.create(jobId, newJobs.get(i), now);
            jobs.add(job);
            raise(new JobCreated(repairOrderId, repairOrderNumber, jobId, job.estimateLineIds(), job.labourOperationCode(),
                    job.description(), job.standardHours(), job.requiredEquipment().stream().map(Enum::name).toList(),
                    waitingForParts(), promisedAt, now));
        }
        inspections.stream().filter(inspection -> inspection.status() == Inspection.Status.PENDING)
                .forEach(Inspection::cancel);
        return true;
    }

    // ---- the job's life (S7, S8) -------------------------------------------------------------------------

    public void dispatch(String jobId, String technicianId, String bayId, boolean overridden, String by, Instant now) {
        Job job = job(jobId);
        job.dispatch(technicianId, bayId, overridden, by, now);
        raise(new JobDispatched(repairOrderId, jobId, technicianId, bayId, overridden, by, now));
    }

    public void clockOn(String jobId, String technicianId, Instant now) {
        job(jobId).clockOn(technicianId, waitingForParts(), now);
        raise(new JobClockedOn(repairOrderId, jobId, technicianId, now));
    }

    public void pause(String jobId, String technicianId, String reason, Instant now) {
        job(jobId).pause(technicianId, reason, now);
        raise(new JobPaused(repairOrderId, jobId, technicianId, reason, now));
    }

    public void updateChecklist(String jobId, RepairChecklist checklist) {
        job(jobId).updateChecklist(checklist);
    }

    /**
     * The job is done (its checklist first: S8.1, S8.3, S8.4). When it was the last open job, the repair is complete
     * and the final inspection is generated (S9.1), the customer invited at a first maintenance (S9.6).
     */
    public void complete(String jobId, String technicianId, Instant now) {
        Job job = job(jobId);
        job.complete(technicianId, now);
        raise(new JobCompleted(repairOrderId, jobId, technicianId, job.labourOperationCode(), job.standardHours(),
                job.clockedHours(), job.rework(), now));
        if (jobs.stream().noneMatch(Job::isOpen) && pendingInspection() == null) {
            repairCompletedAt = now;
            raise(new RepairCompleted(repairOrderId, now));
            generateInspection(now);
        }
    }

    public void addFinding(String jobId, String technicianId, String text, Instant now) {
        job(jobId).addFinding(technicianId, text, now);
    }

    /** S8.2: the request goes to the advisor, who asks the customer; it blocks no job. */
    public String requestAdditionalWork(String jobId, String technicianId, String reason, List<ProposedLine> lines,
                                        Money estimatedExtraCost, int estimatedExtraMinutes, Instant now) {
        Job job = job(jobId);
        String requestId = UUID.randomUUID().toString();
        job.addAdditionalWork(new Job.AdditionalWork(requestId, technicianId, reason, List.copyOf(lines), estimatedExtraCost,
                estimatedExtraMinutes, now));
        raise(new AdditionalWorkRequested(repairOrderId, requestId, jobId, technicianId, reason, List.copyOf(lines),
                estimatedExtraCost, estimatedExtraMinutes, now));
        return requestId;
    }

    /** S7.4: any change is reported to the front desk at once; the front desk decides. */
    public void reportToFrontDesk(String jobId, String technicianId, String message, Instant now) {
        job(jobId).addFrontDeskReport(new Job.FrontDeskReport(technicianId, message, now));
        raise(new FrontDeskNotified(repairOrderId, jobId, technicianId, message, now));
    }

    // ---- final inspection (S9) and wash (S10) --------------------------------------------------------------

    private void generateInspection(Instant now) {
        int round = inspections.size() + 1;
        String inspectionId = derivedId(id + ":inspection:" + round);
        Inspection inspection = Inspection.generate(inspectionId, round, currentJobs(), activeConcerns(), firstService, now);
        inspections.add(inspection);
        if (firstService) {
            raise(new CustomerInvitedToInspection(repairOrderId, inspectionId, now));
        }
    }

    /**
     * The inspector's result. All ok: passed, and the car joins the wash queue with the time the customer is told
     * (S10.1). Otherwise failed (S9.5): each failed job is reopened as a rework job to dispatch again, and the next
     * inspection follows when they are done; with no job failed, the next inspection is ready at once.
     */
    public void recordInspection(String inspectionId, String inspectorId, List<Inspection.ItemResult> results,
                                 boolean roadTested, Boolean customerPresent, Instant washExpectedDoneAt, Instant now) {
        Inspection inspection = inspection(inspectionId);
        List<String> failedJobs = inspection.record(inspectorId, results, roadTested, customerPresent, now);
        if (inspection.status() == Inspection.Status.PASSED) {
            raise(new FinalInspectionPassed(repairOrderId, inspectionId, inspectorId, roadTested,
                    Boolean.TRUE.equals(customerPresent), now));
            wash = Wash.queue(derivedId(id + ":wash"), washExpectedDoneAt, now);
            raise(new WashQueued(repairOrderId, washExpectedDoneAt, now));
            return;
        }
        List<String> reworkIds = new ArrayList<>();
        List<String> findings = inspection.findings();
        for (String failedJobId : failedJobs) {
            Job rework = job(failedJobId).reworkAs(derivedId(inspectionId + ":rework:" + failedJobId),
                    String.join("; ", findings), now);
            jobs.add(rework);
            reworkIds.add(rework.jobId());
        }
        inspection.reworkedAs(reworkIds);
        raise(new FinalInspectionFailed(repairOrderId, inspectionId, inspectorId, reworkIds, findings, now));
        if (reworkIds.isEmpty()) {
            generateInspection(now);
        }
    }

    /** S10.2, S10.3: key spots checked and the result confirmed; then the vehicle is ready, promise kept or not (G2). */
    public void completeWash(String washId, boolean ashtrayEmptied, boolean tyresCleaned, String confirmedBy, Instant now) {
        if (wash == null || !wash.washId().equals(washId)) {
            throw new NotFoundException("wash", washId);
        }
        wash.complete(ashtrayEmptied, tyresCleaned, confirmedBy, now);
        raise(new WashCompleted(repairOrderId, confirmedBy, now));
        ready = true;
        readyAt = now;
        promiseKept = promisedAt == null || !now.isAfter(promisedAt);
        atRisk = false;
        raise(new VehicleReady(repairOrderId, promisedAt, now, promiseKept));
    }

    // ---- the promise (S7.1, G2) ----------------------------------------------------------------------------

    /**
     * Expected ready time: now plus the remaining standard hours of the open jobs (scaled by each technician's
     * speed factor, less what is clocked), plus the inspection and wash allowances still ahead. Past the promised
     * time, the RO is flagged at risk before it is late: once per promise (again after a revision).
     *
     * @return whether anything changed that must be saved
     */
    public boolean assessPromise(Instant now, Map<String, BigDecimal> speedFactors, Duration inspectionAllowance,
                                 Duration washAllowance) {
        if (ready || promisedAt == null || jobs.isEmpty()) {
            return false;
        }
        Instant expected;
        if (wash != null) {
            expected = wash.expectedDoneAt().isAfter(now) ? wash.expectedDoneAt() : now;
        } else {
            BigDecimal remainingHours = BigDecimal.ZERO;
            for (Job job : jobs) {
                if (!job.isOpen()) {
                    continue;
                }
                BigDecimal speed = job.technicianId() == null ? BigDecimal.ONE
                        : speedFactors.getOrDefault(job.technicianId(), BigDecimal.ONE);
                BigDecimal left = job.standardHours().multiply(speed).subtract(job.hoursClocked(now));
                remainingHours = remainingHours.add(left.max(BigDecimal.ZERO));
            }
            long remainingSeconds = remainingHours.multiply(BigDecimal.valueOf(3600)).setScale(0, RoundingMode.HALF_UP).longValue();
            expected = now.plusSeconds(remainingSeconds).plus(inspectionAllowance).plus(washAllowance);
        }
        boolean before = atRisk;
        Instant previous = expectedReadyAt;
        expectedReadyAt = expected;
        atRisk = expected.isAfter(promisedAt);
        boolean flagged = false;
        if (atRisk && !promisedAt.equals(atRiskFlaggedForPromise)) {
            atRiskFlaggedForPromise = promisedAt;
            atRiskReason = "expected ready at " + expected + ", after the promised " + promisedAt + ": "
                    + jobs.stream().filter(Job::isOpen).count() + " job(s) open";
            raise(new RepairOrderAtRisk(repairOrderId, promisedAt, expected, atRiskReason, now));
            flagged = true;
        }
        return flagged || before != atRisk || previous == null;
    }

    // ---- reading -----------------------------------------------------------------------------------------

    /** Jobs can start once no part of the RO is backordered (S6.2). */
    public boolean waitingForParts() {
        return !openBackorders.isEmpty();
    }

    /** The jobs that count now: a job reopened as rework is replaced by its rework job. */
    public List<Job> currentJobs() {
        Set<String> reworked = new HashSet<>();
        jobs.stream().filter(Job::rework).forEach(job -> reworked.add(job.reworkOf()));
        return jobs.stream().filter(job -> !reworked.contains(job.jobId())).toList();
    }

    public List<Concern> activeConcerns() {
        Set<String> corrected = new HashSet<>();
        concerns.stream().filter(concern -> concern.correctsConcernId() != null)
                .forEach(concern -> corrected.add(concern.correctsConcernId()));
        return concerns.stream().filter(concern -> !corrected.contains(concern.concernId())).toList();
    }

    public Job findJob(String jobId) {
        return jobs.stream().filter(job -> job.jobId().equals(jobId)).findFirst().orElse(null);
    }

    public Job job(String jobId) {
        Job job = findJob(jobId);
        if (job == null) {
            throw new NotFoundException("job", jobId);
        }
        return job;
    }

    public Inspection inspection(String inspectionId) {
        return inspections.stream().filter(inspection -> inspection.inspectionId().equals(inspectionId)).findFirst()
                .orElseThrow(() -> new NotFoundException("inspection", inspectionId));
    }

    public Inspection pendingInspection() {
        return inspections.stream().filter(inspection -> inspection.status() == Inspection.Status.PENDING)
                .findFirst().orElse(null);
    }

    public Stage stage() {
        if (ready) {
            return Stage.READY;
        }
        if (wash != null) {
            return Stage.IN_WASH;
        }
        if (pendingInspection() != null) {
            return Stage.IN_INSPECTION;
        }
        return jobs.isEmpty() ? Stage.WAITING_FOR_WORK : Stage.IN_REPAIR;
    }

    public String repairOrderId() {
        return repairOrderId;
    }

    public String repairOrderNumber() {
        return repairOrderNumber;
    }

    public String appointmentId() {
        return appointmentId;
    }

    public boolean opened() {
        return opened;
    }

    public Instant promisedAt() {
        return promisedAt;
    }

    public boolean firstService() {
        return firstService;
    }

    public boolean priority() {
        return priority;
    }

    public List<PriorityReason> priorityReasons() {
        return List.copyOf(priorityReasons);
    }

    public List<Concern> concerns() {
        return List.copyOf(concerns);
    }

    public List<AssistanceRequest> assistanceRequests() {
        return List.copyOf(assistanceRequests);
    }

    public List<Backorder> openBackorders() {
        return List.copyOf(openBackorders);
    }

    public boolean isPartsReserved() {
        return partsReserved;
    }

    public List<Job> jobs() {
        return List.copyOf(jobs);
    }

    public List<Inspection> inspections() {
        return List.copyOf(inspections);
    }

    public Wash wash() {
        return wash;
    }

    public Instant repairCompletedAt() {
        return repairCompletedAt;
    }

    public Instant expectedReadyAt() {
        return expectedReadyAt;
    }

    public boolean atRisk() {
        return atRisk;
    }

    public String atRiskReason() {
        return atRiskReason;
    }

    public boolean ready() {
        return ready;
    }

    public Instant readyAt() {
        return readyAt;
    }

    public Boolean promiseKept() {
        return promiseKept;
    }

    /** A concern in the customer's words (S4.1); a correction names the entry it corrects. */
    public record Concern(String concernId, String customerWords, String correctsConcernId, String cause, String correction) {
    }

    public record AssistanceRequest(String concernId, String reason, String requestedBy, Instant requestedAt) {
    }

    public record Backorder(String reservationId, String partNumber) {
    }

    public record PriorityReason(String reason, Instant at) {
    }
}
