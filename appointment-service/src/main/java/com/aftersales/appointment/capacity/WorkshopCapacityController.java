package com.aftersales.appointment.capacity;

import com.aftersales.contracts.Money;
import com.aftersales.platform.domain.InvalidInputException;
import com.aftersales.platform.web.DealerId;
import com.aftersales.platform.web.Versions;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The workshop's capacity (technicians, bays, opening hours, labour rate) and the load of each day. */
@RestController
@RequestMapping("/api/workshop-capacity")
class WorkshopCapacityController {

    private static final int MAX_DAYS_SHOWN = 92;

    private final WorkshopSettingsRepository settings;
    private final WorkshopCapacity capacity;
    private final Clock clock;

    WorkshopCapacityController(WorkshopSettingsRepository settings, WorkshopCapacity capacity, Clock clock) {
        this.settings = settings;
        this.capacity = capacity;
        this.clock = clock;
    }

    record MoneyRequest(@NotNull(message = "is required") @Min(value = 0, message = "cannot be negative") Long amount,
                        @NotNull(message = "is required") @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO-4217 code like CNY") String currency) {
    }

    record TechnicianRequest(@NotBlank(message = "is required") String id, @NotBlank(message = "is required") String name,
                             @NotNull(message = "is required") @DecimalMin(value = "0", message = "cannot be negative")
                             @DecimalMax(value = "16", message = "must be at most 16 h") BigDecimal dailyHours) {
    }

    record BayRequest(@NotBlank(message = "is required") String id, @NotBlank(message = "is required") String name, String kind) {
    }

    record AdvisorRequest(@NotBlank(message = "is required") String id, @NotBlank(message = "is required") String name) {
    }

    record SettingsRequest(@NotNull(message = "is required") @Valid MoneyRequest labourRatePerHour,
                           @NotNull(message = "is required") List<@Valid TechnicianRequest> technicians,
                           @NotNull(message = "is required") List<@Valid BayRequest> bays,
                           List<@Valid AdvisorRequest> advisors,
                           @NotNull(message = "is required") @DecimalMin(value = "0", message = "cannot be negative")
                           @DecimalMax(value = "24", message = "must be at most 24 h") BigDecimal bayHoursPerDay,
                           @NotEmpty(message = "must name at least one day") Set<DayOfWeek> workingDays,
                           @NotNull(message = "is required") LocalTime opensAt,
                           @NotNull(message = "is required") LocalTime closesAt) {

        WorkshopSettings.Configuration configuration() {
            if (!closesAt.isAfter(opensAt)) {
                throw new InvalidInputException("closesAt", "must be after opensAt");
            }
            return new WorkshopSettings.Configuration(new Money(labourRatePerHour.amount(), labourRatePerHour.currency()),
                    technicians.stream().map(t -> new WorkshopSettings.Technician(t.id(), t.name(), t.dailyHours())).toList(),
                    bays.stream().map(b -> new WorkshopSettings.Bay(b.id(), b.name(), b.kind())).toList(),
                    advisors == null ? List.of() : advisors.stream().map(a -> new WorkshopSettings.Advisor(a.id(), a.name())).toList(),
                    bayHoursPerDay, workingDays, opensAt, closesAt);
        }
    }

    record OverrideRequest(boolean closed,
                           @DecimalMin(value = "0", message = "cannot be negative") BigDecimal technicianHours,
                           String note) {
    }

    record SettingsView(Money labourRatePerHour, List<WorkshopSettings.Technician> technicians, List<WorkshopSettings.Bay> bays,
                        List<WorkshopSettings.Advisor> advisors, BigDecimal bayHoursPerDay, Set<DayOfWeek> workingDays,
                        LocalTime opensAt, LocalTime closesAt, Map<String, WorkshopSettings.DayOverride> dayOverrides, Long version) {
        static SettingsView of(WorkshopSettings s) {
            return new SettingsView(s.labourRatePerHour(), s.technicians(), s.bays(), s.advisors(), s.bayHoursPerDay(),
                    s.workingDays(), s.opensAt(), s.closesAt(), s.dayOverrides(), s.version());
        }
    }

    @GetMapping
    ResponseEntity<SettingsView> get(DealerId dealer) {
        WorkshopSettings workshop = capacity.settingsOf(dealer.value());
        return Versions.ok(workshop.version(), SettingsView.of(workshop));
    }

    @PutMapping
    ResponseEntity<SettingsView> configure(DealerId dealer, @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                           @Valid @RequestBody SettingsRequest request) {
        WorkshopSettings workshop = settings.findById(dealer.value()).orElseGet(() -> new WorkshopSettings(dealer.value()));
        Versions.requireMatch(ifMatch, workshop.version());
        workshop.configure(request.configuration());
        workshop = settings.save(workshop);
        return Versions.ok(workshop.version(), SettingsView.of(workshop));
    }

    @PutMapping("/days/{date}")
    ResponseEntity<SettingsView> overrideDay(DealerId dealer, @PathVariable LocalDate date, @Valid @RequestBody OverrideRequest request) {
        WorkshopSettings workshop = capacity.settingsOf(dealer.value());
        workshop.overrideDay(date, new WorkshopSettings.DayOverride(request.closed(), request.technicianHours(), request.note()));
        workshop = settings.save(workshop);
        return Versions.ok(workshop.version(), SettingsView.of(workshop));
    }

    @DeleteMapping("/days/{date}")
    ResponseEntity<SettingsView> clearOverride(DealerId dealer, @PathVariable LocalDate date) {
        WorkshopSettings workshop = capacity.settingsOf(dealer.value());
        workshop.clearOverride(date);
        workshop = settings.save(workshop);
        return Versions.ok(workshop.version(), SettingsView.of(workshop));
    }

    /** The load of each day (default: the next 14 days), so that bookings are spread evenly. */
    @GetMapping("/days")
    List<WorkshopCapacity.DayLoadView> days(DealerId dealer,
                                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        LocalDate start = from == null ? LocalDate.now(clock) : from;
        LocalDate end = to == null ? start.plusDays(13) : to;
        if (end.isBefore(start)) {
            throw new InvalidInputException("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS_SHOWN) {
            throw new InvalidInputException("to", "at most " + MAX_DAYS_SHOWN + " days at a time");
        }
        return capacity.loads(dealer.value(), start, end);
    }
}
