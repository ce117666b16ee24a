package com.aftersales.workshop.technician;

import com.aftersales.contracts.workshop.WorkshopEvents;
import com.aftersales.platform.domain.IllegalTransitionException;
import com.aftersales.platform.outbox.AggregateRoot;
import com.aftersales.workshop.catalogue.LabourCategory;
import org.springframework.data.mongodb.core.mapping.Document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A technician of the workshop: skills per labour category and experience (S7.3), the hours of a working day, a
 * shift clock for attendance, and a speed factor learnt from the hours clocked against the standard hours of the
 * jobs completed (below 1 is faster than standard). The dispatch proposal weighs all of them.
 */
@Document("technicians")
public class Technician extends AggregateRoot {

    public enum ExperienceLevel { JUNIOR, SENIOR, MASTER }

    public enum ShiftState { OFF_SHIFT, ON_SHIFT }

    /** Until this many standard hours are completed, the speed factor stays at the standard 1.0. */
    static final BigDecimal LEARNING_MINIMUM_HOURS = new BigDecimal("1.0");

    private String technicianId;
    private String name;
    private List<LabourCategory> skills = new ArrayList<>();
    private ExperienceLevel experienceLevel;
    private BigDecimal dailyHours;
    private ShiftState shiftState = ShiftState.OFF_SHIFT;
    private List<Shift> shifts = new ArrayList<>();
    private BigDecimal completedStandardHours = BigDecimal.ZERO;
    private BigDecimal completedClockedHours = BigDecimal.ZERO;
    private int completedJobs;
    private Instant createdAt;

    protected Technician() {
    }

    /** The document id: technician ids are the dealer's own (badge numbers), unique per dealer. */
    public static String keyOf(String dealerId, String technicianId) {
        return dealerId + "/" + technicianId;
    }

    public static Technician register(String technicianId, String dealerId, String name, Set<LabourCategory> skills,
                                      ExperienceLevel experienceLevel, BigDecimal dailyHours, Instant now) {
        Technician technician = new Technician();
        technician.id = keyOf(dealerId, technicianId);
        technician.technicianId = technicianId;
        technician.dealerId = dealerId;
        technician.name = name;
        technician.skills = new ArrayList<>(skills);
        technician.experienceLevel = experienceLevel;
        technician.dailyHours = dailyHours;
        technician.createdAt = now;
        return technician;
    }

    /** The shift clock (attendance), separate from the job clock. */
    public void clockOnShift(Instant now) {
        if (shiftState == ShiftState.ON_SHIFT) {
            throw new IllegalTransitionException("technician", shiftState, "clock on for a shift");
        }
        shiftState = ShiftState.ON_SHIFT;
        shifts.add(new Shift(now, null));
    }

    public void clockOffShift(Instant now) {
        if (shiftState == ShiftState.OFF_SHIFT) {
            throw new IllegalTransitionException("technician", shiftState, "clock off from a shift");
        }
        shiftState = ShiftState.OFF_SHIFT;
        Shift open = shifts.remove(shifts.size() - 1);
        shifts.add(new Shift(open.from(), now));
        BigDecimal hours = BigDecimal.valueOf(Duration.between(open.from(), now).toSeconds())
                .divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP);
        raise(new WorkshopEvents.ShiftWorked(technicianId(), open.from(), now, hours));
    }

    /** A completed job teaches the speed factor: a running ratio of clocked to standard hours. */
    public void learnFrom(BigDecimal standardHours, BigDecimal clockedHours) {
        if (standardHours == null || standardHours.signum() <= 0 || clockedHours == null) {
            return;
        }
        completedStandardHours = completedStandardHours.add(standardHours);
        completedClockedHours = completedClockedHours.add(clockedHours);
        completedJobs++;
    }

    /** Clocked / standard hours over completed jobs; 1.0 until enough is known. */
    public BigDecimal speedFactor() {
        if (completedStandardHours.compareTo(LEARNING_MINIMUM_HOURS) < 0 || completedClockedHours.signum() <= 0) {
            return BigDecimal.ONE.setScale(2, RoundingMode.HALF_UP);
        }
        return completedClockedHours.divide(completedStandardHours, 2, RoundingMode.HALF_UP);
    }

    public boolean hasSkill(LabourCategory category) {
        return skills.contains(category);
    }

    public Duration attendedToday(Instant dayStart, Instant now) {
        Duration total = Duration.ZERO;
        for (Shift shift : shifts) {
            Instant to = shift.to() == null ? now : shift.to();
            Instant from = shift.from().isBefore(dayStart) ? dayStart : shift.from();
            if (to.isAfter(from)) {
                total = total.plus(Duration.between(from, to));
            }
        }
        return total;
    }

    public String technicianId() {
        return technicianId;
    }

    public String name() {
        return name;
    }

    public List<LabourCategory> skills() {
        return List.copyOf(skills);
    }

    public ExperienceLevel experienceLevel() {
        return experienceLevel;
    }

    public BigDecimal dailyHours() {
        return dailyHours;
    }

    public ShiftState shiftState() {
        return shiftState;
    }

    public boolean onShift() {
        return shiftState == ShiftState.ON_SHIFT;
    }

    public List<Shift> shifts() {
        return List.copyOf(shifts);
    }

    public int completedJobs() {
        return completedJobs;
    }

    public BigDecimal completedStandardHours() {
        return completedStandardHours;
    }

    public BigDecimal completedClockedHours() {
        return completedClockedHours;
    }

    /** One attendance period; {@code to} is empty while on shift. */
    public record Shift(Instant from, Instant to) {
    }
}
