package com.aftersales.workshop.workorder;

import com.aftersales.contracts.Money;
import com.aftersales.contracts.workshop.WorkshopEvents.ProposedLine;
import com.aftersales.platform.domain.DomainRuleViolation;
import com.aftersales.platform.domain.IllegalTransitionException;
import com.aftersales.workshop.catalogue.Equipment;
import com.aftersales.workshop.catalogue.LabourCategory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One piece of labour of a repair order: made from an approved estimate line (or consented additional work, or
 * reopened as rework after a failed inspection, S9.5), dispatched to a technician and a bay (S7.2, S7.3), clocked
 * on and off, checked by the technician (S8.1-S8.4) and completed. Lives inside its {@link WorkOrder}.
 */
public class Job {

    private String jobId;
    private List<String> estimateLineIds = new ArrayList<>();
    private String labourOperationCode;
    private String description;
    private LabourCategory category;
    private BigDecimal standardHours;
    private List<Equipment> requiredEquipment = new ArrayList<>();
    private boolean roadTest;
    private JobStatus status;
    private String technicianId;
    private String bayId;
    private boolean proposalOverridden;
    private String dispatchedBy;
    private Instant dispatchedAt;
    private List<ClockSession> clockSessions = new ArrayList<>();
    private RepairChecklist checklist = RepairChecklist.empty();
    private List<Finding> findings = new ArrayList<>();
    private List<AdditionalWork> additionalWork = new ArrayList<>();
    private List<FrontDeskReport> frontDeskReports = new ArrayList<>();
    private boolean rework;
    private String reworkOf;
    private String reworkReason;
    private Instant createdAt;
    private Instant completedAt;
    private BigDecimal clockedHours;

    protected Job() {
    }

    static Job create(String jobId, NewJob spec, Instant now) {
        Job job = new Job();
        job.jobId = jobId;
        job.estimateLineIds = new ArrayList<>(spec.estimateLineIds());
        job.labourOperationCode = spec.labourOperationCode();
        job.description = spec.description();
        job.category = spec.category();
        job.standardHours = spec.standardHours() == null ? BigDecimal.ZERO : spec.standardHours();
        job.requiredEquipment = new ArrayList<>(spec.requiredEquipment());
        job.roadTest = spec.roadTest();
        job.status = JobStatus.TO_DISPATCH;
        job.createdAt = now;
        return job;
    }

    /** S9.5: the failed job reopened as a new job of the same work, to be dispatched again. */
    Job reworkAs(String reworkJobId, String reason, Instant now) {
        Job job = create(reworkJobId, new NewJob(estimateLineIds, labourOperationCode, description, category, standardHours,
                requiredEquipment, roadTest), now);
        job.rework = true;
        job.reworkOf = jobId;
        job.reworkReason = reason;
        return job;
    }

    void dispatch(String technicianId, String bayId, boolean overridden, String by, Instant now) {
        if (status != JobStatus.TO_DISPATCH && status != JobStatus.DISPATCHED) {
            throw new IllegalTransitionException("job", status, "dispatch it");
        }
        this.technicianId = technicianId;
        this.bayId = bayId;
        this.proposalOverridden = overridden;
        this.dispatchedBy = by;
        this.dispatchedAt = now;
        this.status = JobStatus.DISPATCHED;
    }

    void clockOn(String technicianId, boolean waitingForParts, Instant now) {
        if (status != JobStatus.DISPATCHED && status != JobStatus.PAUSED) {
            throw new IllegalTransitionException("job", status, "clock on");
        }
        requireAssigned(technicianId);
        if (waitingForParts) {
            throw new DomainRuleViolation("S6-parts-waiting", "a part of this repair order is still backordered; "
                    + "the job can start once it has arrived");
        }
        clockSessions.add(new ClockSession(technicianId, now, null, null));
        status = JobStatus.IN_PROGRESS;
    }

    void pause(String technicianId, String reason, Instant now) {
        if (status != JobStatus.IN_PROGRESS) {
            throw new IllegalTransitionException("job", status, "pause");
        }
        requireAssigned(technicianId);
        closeSession(now, reason);
        status = JobStatus.PAUSED;
    }

    void updateChecklist(RepairChecklist checklist) {
        requireNotCompleted("update its checklist");
        this.checklist = checklist;
    }

    void complete(String technicianId, Instant now) {
        if (status != JobStatus.IN_PROGRESS && status != JobStatus.PAUSED) {
            throw new IllegalTransitionException("job", status, "complete");
        }
        requireAssigned(technicianId);
        checklist.requireDone();
        if (status == JobStatus.IN_PROGRESS) {
            closeSession(now, null);
        }
        clockedHours = hoursClocked(now);
        completedAt = now;
        status = JobStatus.COMPLETED;
    }

    void addFinding(String technicianId, String text, Instant now) {
        findings.add(new Finding(technicianId, text, now));
    }

    void addAdditionalWork(AdditionalWork request) {
        requireNotCompleted("request additional work on it");
        additionalWork.add(request);
    }

    void addFrontDeskReport(FrontDeskReport report) {
        frontDeskReports.add(report);
    }

    private void requireNotCompleted(String action) {
        if (status == JobStatus.COMPLETED) {
            throw new IllegalTransitionException("job", status, action);
        }
    }

    private void requireAssigned(String technicianId) {
        if (!technicianId.equals(this.technicianId)) {
            throw new DomainRuleViolation("S7.1-assigned-technician", "technicianId",
                    "the job is dispatched to " + this.technicianId + ", not to " + technicianId);
        }
    }

    private void closeSession(Instant now, String pauseReason) {
        ClockSession open = clockSessions.remove(clockSessions.size() - 1);
        clockSessions.add(new ClockSession(open.technicianId(), open.from(), now, pauseReason));
    }

    /** Hours clocked so far, the running session counted up to now. */
    public BigDecimal hoursClocked(Instant now) {
        Duration total = Duration.ZERO;
        for (ClockSession session : clockSessions) {
            total = total.plus(Duration.between(session.from(), session.to() == null ? now : session.to()));
        }
        return BigDecimal.valueOf(total.toSeconds()).divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP);
    }

    public boolean isOpen() {
        return status != JobStatus.COMPLETED;
    }

    public boolean isStarted() {
        return !clockSessions.isEmpty();
    }

    public String jobId() {
        return jobId;
    }

    public List<String> estimateLineIds() {
        return List.copyOf(estimateLineIds);
    }

    public String labourOperationCode() {
        return labourOperationCode;
    }

    public String description() {
        return description;
    }

    public LabourCategory category() {
        return category;
    }

    public BigDecimal standardHours() {
        return standardHours;
    }

    public List<Equipment> requiredEquipment() {
        return List.copyOf(requiredEquipment);
    }

    public boolean roadTest() {
        return roadTest;
    }

    public JobStatus status() {
        return status;
    }

    public String technicianId() {
        return technicianId;
    }

    public String bayId() {
        return bayId;
    }

    public boolean proposalOverridden() {
        return proposalOverridden;
    }

    public String dispatchedBy() {
        return dispatchedBy;
    }

    public Instant dispatchedAt() {
        return dispatchedAt;
    }

    public List<ClockSession> clockSessions() {
        return List.copyOf(clockSessions);
    }

    public RepairChecklist checklist() {
        return checklist;
    }

    public List<Finding> findings() {
        return List.copyOf(findings);
    }

    public List<AdditionalWork> additionalWork() {
        return List.copyOf(additionalWork);
    }

    public List<FrontDeskReport> frontDeskReports() {
        return List.copyOf(frontDeskReports);
    }

    public boolean rework() {
        return rework;
    }

    public String reworkOf() {
        return reworkOf;
    }

    public String reworkReason() {
        return reworkReason;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public BigDecimal clockedHours() {
        return clockedHours;
    }

    /** What a new job is made of. */
    public record NewJob(List<String> estimateLineIds, String labourOperationCode, String description,
                         LabourCategory category, BigDecimal standardHours, List<Equipment> requiredEquipment,
                         boolean roadTest) {
    }

    /** One stretch of work on the job clock; {@code to} empty while running; a pause names its reason. */
    public record ClockSession(String technicianId, Instant from, Instant to, String pauseReason) {
    }

    public record Finding(String technicianId, String text, Instant recordedAt) {
    }

    /** S8.2: extra work the technician found, sent to the advisor; it blocks nothing. */
    public record AdditionalWork(String requestId, String technicianId, String reason, List<ProposedLine> lines,
                                 Money estimatedExtraCost, int estimatedExtraMinutes, Instant requestedAt) {
    }

    /** S7.4: a change reported to the front desk, which decides. */
    public record FrontDeskReport(String technicianId, String message, Instant reportedAt) {
    }
}
