package com.aftersales.workshop.job;

import com.aftersales.workshop.catalogue.Equipment;
import com.aftersales.workshop.catalogue.LabourCategory;
import com.aftersales.workshop.workorder.Job;
import com.aftersales.workshop.workorder.JobStatus;
import com.aftersales.workshop.workorder.RepairChecklist;
import com.aftersales.workshop.workorder.WorkOrder;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** A job as the board, the tablet and the advisor see it, with its RO's priority and promise. */
public record JobView(String id, String repairOrderId, String repairOrderNumber, boolean priority, Instant promisedAt,
                      boolean waitingForParts, JobStatus status, String labourOperationCode, String description,
                      LabourCategory category, BigDecimal standardHours, List<Equipment> requiredEquipment,
                      boolean roadTest, String technicianId, String bayId, boolean proposalOverridden,
                      String dispatchedBy, Instant dispatchedAt, BigDecimal clockedHours,
                      List<Job.ClockSession> clockSessions, RepairChecklist checklist, List<String> checklistMissing,
                      List<Job.Finding> findings, List<Job.AdditionalWork> additionalWorkRequests,
                      List<Job.FrontDeskReport> frontDeskReports, boolean rework, String reworkOf, String reworkReason,
                      Instant createdAt, Instant completedAt, Long version) {

    /** Priority ROs first (S6.2), then the earliest promise (S7.1), then the oldest job. */
    public static final Comparator<JobView> PRIORITY_THEN_PROMISE = Comparator
            .comparing((JobView job) -> !job.priority())
            .thenComparing(JobView::promisedAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(JobView::createdAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(JobView::id);

    public static JobView of(WorkOrder order, Job job, Instant now) {
        return new JobView(job.jobId(), order.repairOrderId(), order.repairOrderNumber(), order.priority(),
                order.promisedAt(), job.isOpen() && !job.isStarted() && order.waitingForParts(), job.status(),
                job.labourOperationCode(), job.description(), job.category(), job.standardHours(), job.requiredEquipment(),
                job.roadTest(), job.technicianId(), job.bayId(), job.proposalOverridden(), job.dispatchedBy(),
                job.dispatchedAt(), job.isOpen() ? job.hoursClocked(now) : job.clockedHours(), job.clockSessions(),
                job.checklist(), job.checklist().missing(), job.findings(), job.additionalWork(), job.frontDeskReports(),
                job.rework(), job.reworkOf(), job.reworkReason(), job.createdAt(), job.completedAt(), order.version());
    }
}
