package com.aftersales.reception.settings;

import com.aftersales.contracts.Money;
import com.aftersales.platform.domain.NotFoundException;
import com.aftersales.platform.web.DealerId;
import com.aftersales.platform.web.Versions;
import jakarta.validation.Valid;
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

import java.time.Clock;
import java.time.Instant;

/** Reception's settings per dealer: the labour rate of estimates (S5.1). */
@RestController
@RequestMapping("/api/reception-settings")
class ReceptionSettingsController {

    private final ReceptionSettingsRepository settings;
    private final Clock clock;

    ReceptionSettingsController(ReceptionSettingsRepository settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    record MoneyRequest(@NotNull(message = "is required") @Min(value = 1, message = "must be more than 0")
                        @Max(value = 100_000_000, message = "must be at most 100000000") Long amount,
                        @NotNull(message = "is required") @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO-4217 code like CNY") String currency) {
    }

    record SettingsRequest(@NotNull(message = "is required") @Valid MoneyRequest labourRatePerHour) {
    }

    record SettingsView(Money labourRatePerHour, Instant updatedAt, Long version) {
        static SettingsView of(ReceptionSettings s) {
            return new SettingsView(s.labourRatePerHour(), s.updatedAt(), s.version());
        }
    }

    @GetMapping
    ResponseEntity<SettingsView> get(DealerId dealer) {
        ReceptionSettings found = settings.findById(dealer.value())
                .orElseThrow(() -> new NotFoundException("reception settings", dealer.value()));
        return Versions.ok(found.version(), SettingsView.of(found));
    }

    @PutMapping
    ResponseEntity<SettingsView> configure(DealerId dealer, @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                           @Valid @RequestBody SettingsRequest request) {
        ReceptionSettings dealerSettings = settings.findById(dealer.value()).orElseGet(() -> new ReceptionSettings(dealer.value()));
        Versions.requireMatch(ifMatch, dealerSettings.version());
        dealerSettings.configure(new Money(request.labourRatePerHour().amount(), request.labourRatePerHour().currency()),
                clock.instant());
        dealerSettings = settings.save(dealerSettings);
        return Versions.ok(dealerSettings.version(), SettingsView.of(dealerSettings));
    }
}
