package com.aftersales.followup.settings;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface FollowUpSettingsRepository extends MongoRepository<FollowUpSettings, String> {

    /** The dealer's settings, or the defaults when the dealer never set them. */
    default FollowUpSettings of(String dealerId) {
        return findById(dealerId).orElseGet(() -> FollowUpSettings.defaults(dealerId));
    }
}
