package com.aftersales.appointment.capacity;

import com.aftersales.platform.domain.DomainRuleViolation;
import com.aftersales.platform.storage.Conflicts;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Holds and frees workshop hours per day for appointments, and shows each day's load so advisors spread
 * the work evenly (step 2). Concurrent bookings of one day are serialised by the day's version.
 */
@Service
public class WorkshopCapacity {

    private final WorkshopSettingsRepository settings;
    private final DayLoadRepository loads;

    WorkshopCapacity(WorkshopSettingsRepository settings, DayLoadRepository loads) {
        this.settings = settings;
        this.loads = loads;
    }

    public WorkshopSettings settingsOf(String dealerId) {
        return settings.findById(dealerId).orElseThrow(() -> new DomainRuleViolation("S2-capacity-setup",
                "the workshop's capacity is not set up yet: set technicians, bays and labour rate first"));
    }

    public void hold(String dealerId, LocalDate date, String appointmentId, BigDecimal hours, DayLoad.Overbooking overbooking) {
        BigDecimal capacity = settingsOf(dealerId).capacityHours(date);
        Conflicts.retry(() -> {
            DayLoad load = loads.findById(DayLoad.idOf(dealerId, date)).orElseGet(() -> new DayLoad(dealerId, date));
            load.hold(appointmentId, hours, capacity, overbooking);
            loads.save(load);
        });
    }

    public void release(String dealerId, LocalDate date, String appointmentId) {
        Conflicts.retry(() -> loads.findById(DayLoad.idOf(dealerId, date)).filter(load -> load.holds(appointmentId))
                .ifPresent(load -> {
                    load.release(appointmentId);
                    loads.save(load);
                }));
    }

    /** The load of each day in the range, for the booking screen. */
    public List<DayLoadView> loads(String dealerId, LocalDate from, LocalDate to) {
        WorkshopSettings workshop = settingsOf(dealerId);
        Map<LocalDate, DayLoad> booked = loads.findByDealerIdAndDateBetween(dealerId, from.minusDays(1), to.plusDays(1))
                .stream().collect(Collectors.toMap(DayLoad::date, Function.identity()));
        List<DayLoadView> days = new ArrayList<>();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            DayLoad load = booked.get(date);
            BigDecimal capacity = workshop.capacityHours(date);
            BigDecimal hours = load == null ? BigDecimal.ZERO : load.booked();
            days.add(new DayLoadView(date, capacity, hours, load == null ? 0 : load.appointments(),
                    capacity.signum() == 0 ? null : hours.multiply(BigDecimal.valueOf(100)).divide(capacity, 0, RoundingMode.HALF_UP).intValue(),
                    capacity.signum() == 0 ? "CLOSED" : hours.compareTo(capacity) >= 0 ? "FULL" : "OPEN",
                    capacity.subtract(hours).max(BigDecimal.ZERO)));
        }
        return days;
    }

    /** One day on the booking screen: capacity, booked hours and what is still free. */
    public record DayLoadView(LocalDate date, BigDecimal capacityHours, BigDecimal bookedHours, int appointments,
                              Integer loadPercent, String status, BigDecimal freeHours) {
    }
}
