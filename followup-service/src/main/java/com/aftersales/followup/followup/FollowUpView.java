package com.aftersales.followup.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A follow-up as the call-center sees it. */
record FollowUpView(String id, String repairOrderId, String invoiceId, String customerId, String vehicleId,
                    String advisorId, Instant deliveredAt, LocalDate deliveredOn, int daysAfterDelivery, LocalDate dueOn,
                    String status, Instant scheduledAt, List<FollowUp.Attempt> attempts, FollowUp.Survey survey,
                    Long version) {

    static FollowUpView of(FollowUp f) {
        return new FollowUpView(f.id(), f.repairOrderId(), f.invoiceId(), f.customerId(), f.vehicleId(), f.advisorId(),
                f.deliveredAt(), f.deliveredOn(), f.daysAfterDelivery(), f.dueOn(), f.status().name(), f.scheduledAt(),
                f.attempts(), f.survey(), f.version());
    }
}
