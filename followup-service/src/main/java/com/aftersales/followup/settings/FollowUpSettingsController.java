package com.aftersales.followup.settings;

import com.aftersales.platform.web.DealerId;
import com.aftersales.platform.web.Versions;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;

/** Step 13: when the follow-up call is due, per dealer (default three days after delivery). */
@RestController
@RequestMapping("/api/follow-up-settings")
class FollowUpSettingsController {

    private final FollowUpSettingsRepository settings;
    private final Clock clock;

    FollowUpSettingsController(FollowUpSettingsRepository settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    record SettingsRequest(@NotNull(message = "is required") @Min(value = 1, message = "must be at least 1")
                           @Max(value = 60, message = "must be at most 60") Integer daysAfterDelivery) {
    }

    /** {@code isDefault}: the dealer never set them, these are the defaults. */
    record SettingsView(int daysAfterDelivery, boolean isDefault, Instant updatedAt, Long version) {
        static SettingsView of(FollowUpSettings s) {
            return new SettingsView(s.daysAfterDelivery(), s.updatedAt() == null, s.updatedAt(), s.version());
        }
    }

    @GetMapping
    ResponseEntity<SettingsView> get(DealerId dealer) {
        FollowUpSettings found = settings.of(dealer.value());
        return Versions.ok(found.version(), SettingsView.of(found));
    }

    @PutMapping
    ResponseEntity<SettingsView> configure(DealerId dealer, @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                           @Valid @RequestBody SettingsRequest request) {
        FollowUpSettings dealerSettings = settings.of(dealer.value());
        Versions.requireMatch(ifMatch, dealerSettings.version());
        dealerSettings.configure(request.daysAfterDelivery(), clock.instant());
        dealerSettings = settings.save(dealerSettings);
        return Versions.ok(dealerSettings.version(), SettingsView.of(dealerSettings));
    }
}
