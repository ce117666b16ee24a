package com.aftersales.followup.settings;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/** What followup needs to know of the dealer: how many days after delivery the follow-up call is due (step 13). */
@Document("follow_up_settings")
public class FollowUpSettings {

    /** Step 13: unless the dealer says otherwise, the customer is called three days after delivery. */
    public static final int DEFAULT_DAYS_AFTER_DELIVERY = 3;

    @Id
    private String dealerId;
    @Version
    private Long version;
    private int daysAfterDelivery = DEFAULT_DAYS_AFTER_DELIVERY;
    private Instant updatedAt;

    protected FollowUpSettings() {
    }

    public FollowUpSettings(String dealerId) {
        this.dealerId = dealerId;
    }

    /** The settings of a dealer who never set them: the defaults. */
    public static FollowUpSettings defaults(String dealerId) {
        return new FollowUpSettings(dealerId);
    }

    public void configure(int daysAfterDelivery, Instant now) {
        this.daysAfterDelivery = daysAfterDelivery;
        this.updatedAt = now;
    }

    public String dealerId() {
        return dealerId;
    }

    public Long version() {
        return version;
    }

    public int daysAfterDelivery() {
        return daysAfterDelivery;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
