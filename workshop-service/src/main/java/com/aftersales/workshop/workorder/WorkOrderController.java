package com.aftersales.workshop.workorder;

import com.aftersales.platform.web.DealerId;
import com.aftersales.platform.web.Versions;
import com.aftersales.workshop.inspection.InspectionView;
import com.aftersales.workshop.job.JobView;
import com.aftersales.workshop.wash.WashView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The RO's workshop state in one answer (G1: the process made visible): jobs, promise and risk, inspection, wash, ready. */
@RestController
@RequestMapping("/api/workshop/repair-orders")
class WorkOrderController {

    private final WorkOrders workOrders;
    private final Clock clock;

    WorkOrderController(WorkOrders workOrders, Clock clock) {
        this.workOrders = workOrders;
        this.clock = clock;
    }

    record WorkOrderView(String repairOrderId, String repairOrderNumber, String appointmentId, WorkOrder.Stage stage,
                         Instant promisedAt, Instant expectedReadyAt, boolean atRisk, String atRiskReason, boolean priority,
                         List<WorkOrder.PriorityReason> priorityReasons, boolean firstService, boolean waitingForParts,
                         List<WorkOrder.Backorder> openBackorders, boolean partsReserved,
                         List<WorkOrder.Concern> concerns, List<WorkOrder.AssistanceRequest> assistanceRequests,
                         List<JobView> jobs, Instant repairCompletedAt, List<InspectionView> inspections, WashView wash,
                         boolean ready, Instant readyAt, Boolean promiseKept, Long version) {
    }

    @GetMapping("/{repairOrderId}")
    ResponseEntity<WorkOrderView> get(DealerId dealer, @PathVariable String repairOrderId) {
        WorkOrder order = workOrders.byRepairOrder(dealer.value(), repairOrderId);
        Instant now = clock.instant();
        WorkOrderView view = new WorkOrderView(order.repairOrderId(), order.repairOrderNumber(), order.appointmentId(),
                order.stage(), order.promisedAt(), order.expectedReadyAt(), order.atRisk(), order.atRiskReason(),
                order.priority(), order.priorityReasons(), order.firstService(), order.waitingForParts(),
                order.openBackorders(), order.isPartsReserved(), order.concerns(), order.assistanceRequests(),
                order.jobs().stream().map(job -> JobView.of(order, job, now)).toList(), order.repairCompletedAt(),
                order.inspections().stream().map(inspection -> InspectionView.of(order, inspection)).toList(),
                order.wash() == null ? null : WashView.of(order), order.ready(), order.readyAt(), order.promiseKept(),
                order.version());
        return Versions.ok(order.version(), view);
    }
}
