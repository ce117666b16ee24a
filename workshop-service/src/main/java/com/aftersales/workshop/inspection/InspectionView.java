package com.aftersales.workshop.inspection;

import com.aftersales.workshop.workorder.Inspection;
import com.aftersales.workshop.workorder.WorkOrder;

import java.time.Instant;
import java.util.List;

/** A final inspection with its checklist (S9.1-S9.4) and result; customerInvited at a first maintenance (S9.6). */
public record InspectionView(String id, String repairOrderId, String repairOrderNumber, int round,
                             Inspection.Status status, List<Inspection.Item> items, boolean customerInvited,
                             String inspectorId, boolean roadTested, Boolean customerPresent, List<String> reworkJobIds,
                             Instant createdAt, Instant decidedAt, Long version) {

    public static InspectionView of(WorkOrder order, Inspection inspection) {
        return new InspectionView(inspection.inspectionId(), order.repairOrderId(), order.repairOrderNumber(),
                inspection.round(), inspection.status(), inspection.items(), inspection.customerInvited(),
                inspection.inspectorId(), inspection.roadTested(), inspection.customerPresent(), inspection.reworkJobIds(),
                inspection.createdAt(), inspection.decidedAt(), order.version());
    }
}
