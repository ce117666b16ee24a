package com.aftersales.followup.complaint;

import java.time.Instant;
import java.util.List;

/** A complaint with its visits and contacts (G7). */
record ComplaintView(String id, String repairOrderId, String followUpId, String customerId, String vehicleId,
                     String category, String description, String ownerId, String plan, String status, Instant openedAt,
                     List<Complaint.ReworkVisit> reworkAppointments, List<Complaint.Contact> contacts,
                     Instant resolvedAt, String trainingCaseId, Long version) {

    static ComplaintView of(Complaint c) {
        return new ComplaintView(c.id(), c.repairOrderId(), c.followUpId(), c.customerId(), c.vehicleId(),
                c.category().name(), c.description(), c.ownerId(), c.plan(), c.status().name(), c.openedAt(),
                c.reworkVisits(), c.contacts(), c.resolvedAt(), c.trainingCaseId(), c.version());
    }
}
