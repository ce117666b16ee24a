package com.aftersales.billing.settings;

import com.aftersales.contracts.Money;
import com.aftersales.platform.web.DealerId;
import com.aftersales.platform.web.Versions;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;

/** Billing's settings per dealer (S11.1): tax rate, labour basis, labour rate. GET answers the defaults until set. */
@RestController
@RequestMapping("/api/billing-settings")
class BillingSettingsController {

    private final BillingSettingsRepository settings;
    private final Clock clock;

    BillingSettingsController(BillingSettingsRepository settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    record MoneyRequest(@NotNull(message = "is required") @Min(value = 1, message = "must be more than 0")
                        @Max(value = 100_000_000, message = "must be at most 100000000") Long amount,
                        @NotNull(message = "is required") @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO-4217 code like CNY") String currency) {
    }

    record SettingsRequest(@DecimalMin(value = "0", message = "must be 0 or more")
                           @DecimalMax(value = "100", message = "must be at most 100")
                           @Digits(integer = 3, fraction = 2, message = "must have at most 2 decimals") BigDecimal taxRatePercent,
                           LabourBasis labourBasis,
                           @Valid MoneyRequest labourRatePerHour) {
    }

    record SettingsView(BigDecimal taxRatePercent, LabourBasis labourBasis, Money labourRatePerHour, Instant updatedAt,
                        Long version) {
        static SettingsView of(BillingSettings s) {
            return new SettingsView(s.taxRatePercent(), s.labourBasis(), s.labourRatePerHour(), s.updatedAt(),
                    s.version() == null ? 0 : s.version());
        }
    }

    @GetMapping
    ResponseEntity<SettingsView> get(DealerId dealer) {
        BillingSettings found = settings.of(dealer.value());
        return Versions.ok(found.version(), SettingsView.of(found));
    }

    @PutMapping
    ResponseEntity<SettingsView> configure(DealerId dealer, @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                           @Valid @RequestBody SettingsRequest request) {
        BillingSettings dealerSettings = settings.findById(dealer.value()).orElseGet(() -> new BillingSettings(dealer.value()));
        Versions.requireMatch(ifMatch, dealerSettings.version());
        MoneyRequest rate = request.labourRatePerHour();
        dealerSettings.configure(request.taxRatePercent(), request.labourBasis(),
                rate == null ? null : new Money(rate.amount(), rate.currency()), clock.instant());
        dealerSettings = settings.save(dealerSettings);
        return Versions.ok(dealerSettings.version(), SettingsView.of(dealerSettings));
    }
}
