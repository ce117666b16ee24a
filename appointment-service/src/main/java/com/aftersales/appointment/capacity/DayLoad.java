package com.aftersales.appointment.capacity;

import com.aftersales.platform.domain.DomainRuleViolation;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The hours booked on one day, appointment by appointment. It is the one document every booking of that
 * day goes through (optimistic locking), so two advisors booking the last free hours at once cannot both
 * succeed. Holding an appointment twice is idempotent: its entry is simply replaced.
 */
@Document("day_loads")
public class DayLoad {

    @Id
    private String id;
    @Version
    private Long version;
    private String dealerId;
    private LocalDate date;
    private Map<String, BigDecimal> bookedHours = new HashMap<>();

    protected DayLoad() {
    }

    public DayLoad(String dealerId, LocalDate date) {
        this.id = idOf(dealerId, date);
        this.dealerId = dealerId;
        this.date = date;
    }

    public static String idOf(String dealerId, LocalDate date) {
        return dealerId + ":" + date;
    }

    /**
     * Holds the hours of an appointment. Over capacity it is refused, unless the advisor explicitly forces
     * it and says why (the capacity rule of step 2: an even load, no overloaded people or bays).
     */
    public void hold(String appointmentId, BigDecimal hours, BigDecimal capacityHours, Overbooking overbooking) {
        BigDecimal after = bookedExcluding(appointmentId).add(hours);
        if (capacityHours.signum() == 0 && !overbooking.allowed()) {
            throw new DomainRuleViolation("S2-capacity", "date", "the workshop is closed on " + date);
        }
        if (after.compareTo(capacityHours) > 0 && !overbooking.allowed()) {
            throw new DomainRuleViolation("S2-capacity", "date",
                    "the workshop is full on " + date + ": " + bookedExcluding(appointmentId).stripTrailingZeros().toPlainString()
                            + " of " + capacityHours.stripTrailingZeros().toPlainString() + " hours are booked and this work needs "
                            + hours.stripTrailingZeros().toPlainString() + "; choose another day or force it with a reason");
        }
        bookedHours.put(appointmentId, hours);
    }

    public void release(String appointmentId) {
        bookedHours.remove(appointmentId);
    }

    public boolean holds(String appointmentId) {
        return bookedHours.containsKey(appointmentId);
    }

    public BigDecimal booked() {
        return bookedHours.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public int appointments() {
        return bookedHours.size();
    }

    private BigDecimal bookedExcluding(String appointmentId) {
        return bookedHours.entrySet().stream().filter(entry -> !entry.getKey().equals(appointmentId))
                .map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public LocalDate date() {
        return date;
    }

    /** Whether a booking may go over capacity, and why: forcing it needs a reason. */
    public record Overbooking(boolean allowed, String reason) {

        public static final Overbooking REFUSED = new Overbooking(false, null);

        public static Overbooking forced(String reason) {
            return new Overbooking(true, reason);
        }
    }
}
