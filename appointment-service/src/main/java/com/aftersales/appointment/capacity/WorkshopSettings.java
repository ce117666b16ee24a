package com.aftersales.appointment.capacity;

import com.aftersales.contracts.Money;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How much work the workshop can take per day, from its technicians' hours and its bays (the capacity rule
 * of step 2), plus the dealer's labour rate that turns standard hours into money (S2.1). One per dealer.
 */
@Document("workshop_settings")
public class WorkshopSettings {

    @Id
    private String dealerId;
    @Version
    private Long version;
    private Money labourRatePerHour;
    private List<Technician> technicians = List.of();
    private List<Bay> bays = List.of();
    private List<Advisor> advisors = List.of();
    private BigDecimal bayHoursPerDay = BigDecimal.ZERO;
    private Set<DayOfWeek> workingDays = EnumSet.noneOf(DayOfWeek.class);
    private LocalTime opensAt = LocalTime.of(8, 0);
    private LocalTime closesAt = LocalTime.of(18, 0);
    private Map<String, DayOverride> dayOverrides = new HashMap<>();

    protected WorkshopSettings() {
    }

    public WorkshopSettings(String dealerId) {
        this.dealerId = dealerId;
    }

    public void configure(Configuration configuration) {
        this.labourRatePerHour = configuration.labourRatePerHour();
        this.technicians = List.copyOf(configuration.technicians());
        this.bays = List.copyOf(configuration.bays());
        this.advisors = configuration.advisors() == null ? List.of() : List.copyOf(configuration.advisors());
        this.bayHoursPerDay = configuration.bayHoursPerDay();
        this.workingDays = configuration.workingDays().isEmpty()
                ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(configuration.workingDays());
        this.opensAt = configuration.opensAt();
        this.closesAt = configuration.closesAt();
    }

    /** A day that differs from the week's pattern: closed for a holiday, or fewer technicians at work. */
    public void overrideDay(LocalDate date, DayOverride override) {
        dayOverrides.put(date.toString(), override);
    }

    public void clearOverride(LocalDate date) {
        dayOverrides.remove(date.toString());
    }

    /**
     * Hours of work the workshop can take on that day: the technicians' hours, but no more than the bays
     * can hold. Zero on a closed day.
     */
    public BigDecimal capacityHours(LocalDate date) {
        DayOverride override = dayOverrides.get(date.toString());
        if (override != null && override.closed()) {
            return BigDecimal.ZERO;
        }
        if (override == null && !workingDays.contains(date.getDayOfWeek())) {
            return BigDecimal.ZERO;
        }
        BigDecimal technicianHours = override != null && override.technicianHours() != null
                ? override.technicianHours()
                : technicians.stream().map(Technician::dailyHours).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal bayHours = bayHoursPerDay.multiply(BigDecimal.valueOf(bays.size()));
        return technicianHours.min(bayHours);
    }

    public boolean isOpenAt(LocalTime time) {
        return !time.isBefore(opensAt) && time.isBefore(closesAt);
    }

    public boolean hasAdvisor(String advisorId) {
        return advisors.isEmpty() || advisors.stream().anyMatch(advisor -> advisor.id().equals(advisorId));
    }

    public String dealerId() {
        return dealerId;
    }

    public Long version() {
        return version;
    }

    public Money labourRatePerHour() {
        return labourRatePerHour;
    }

    public List<Technician> technicians() {
        return technicians;
    }

    public List<Bay> bays() {
        return bays;
    }

    public List<Advisor> advisors() {
        return advisors;
    }

    public BigDecimal bayHoursPerDay() {
        return bayHoursPerDay;
    }

    public Set<DayOfWeek> workingDays() {
        return Set.copyOf(workingDays);
    }

    public LocalTime opensAt() {
        return opensAt;
    }

    public LocalTime closesAt() {
        return closesAt;
    }

    public Map<String, DayOverride> dayOverrides() {
        return Map.copyOf(dayOverrides);
    }

    public record Technician(String id, String name, BigDecimal dailyHours) {
    }

    public record Bay(String id, String name, String kind) {
    }

    public record Advisor(String id, String name) {
    }

    public record DayOverride(boolean closed, BigDecimal technicianHours, String note) {
    }

    public record Configuration(Money labourRatePerHour, List<Technician> technicians, List<Bay> bays,
                                List<Advisor> advisors, BigDecimal bayHoursPerDay, Set<DayOfWeek> workingDays,
                                LocalTime opensAt, LocalTime closesAt) {
    }
}
