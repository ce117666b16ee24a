package com.aftersales.followup.training;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * S13.3: a complaint that was handled well, written up to be shared with the front-desk staff in training:
 * what happened (category, the customer's complaint, the plan) and what to learn from it. One per complaint.
 */
@Document("training_cases")
public record TrainingCase(@Id String id, String dealerId, String complaintId, String repairOrderId, String category,
                           String complaint, String plan, int contacts, Instant complaintOpenedAt,
                           Instant complaintResolvedAt, String summary, String lessons, String approvedBy,
                           Instant createdAt) {

    /** One training case per complaint: the id comes from the dealer and the complaint. */
    public static String idFor(String dealerId, String complaintId) {
        return UUID.nameUUIDFromBytes(("training-case-of-complaint:" + dealerId + ":" + complaintId)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }
}
