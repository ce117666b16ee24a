package com.aftersales.billing.settings;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface BillingSettingsRepository extends MongoRepository<BillingSettings, String> {

    /** The dealer's settings, or the defaults (13 % tax, flat rate) when the dealer never set any. */
    default BillingSettings of(String dealerId) {
        return findById(dealerId).orElseGet(() -> BillingSettings.defaults(dealerId));
    }
}
