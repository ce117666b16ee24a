package com.aftersales.appointment.appointment;

import com.aftersales.contracts.Money;
import com.aftersales.contracts.appointment.AppointmentEvents.AppointmentBooked;
import com.aftersales.contracts.appointment.AppointmentEvents.AppointmentCancelled;
import com.aftersales.contracts.appointment.AppointmentEvents.AppointmentConfirmationRecorded;
import com.aftersales.contracts.appointment.AppointmentEvents.AppointmentNoShowRecorded;
import com.aftersales.contracts.appointment.AppointmentEvents.AppointmentRescheduled;
import com.aftersales.contracts.appointment.AppointmentEvents.CustomerArrived;
import com.aftersales.contracts.appointment.AppointmentEvents.ExpectedPart;
import com.aftersales.contracts.appointment.AppointmentEvents.Preparation;
import com.aftersales.contracts.appointment.AppointmentEvents.RequestedWork;
import com.aftersales.platform.domain.DomainRuleViolation;
import com.aftersales.platform.domain.IllegalTransitionException;
import com.aftersales.platform.domain.InvalidInputException;
import com.aftersales.platform.outbox.AggregateRoot;
import org.springframework.data.mongodb.core.mapping.Document;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A booked visit (step 2). It carries the requested work from the catalogue, so the customer is told parts,
 * cost and time at booking (S2.1), and every change of it tells parts and workshop what to prepare (S2.2).
 * It is confirmed again the day before (S2.3), then ends as arrived, cancelled or no-show.
 */
@Document("appointments")
public class Appointment extends AggregateRoot {

    public enum Status { BOOKED, CONFIRMED, ARRIVED, CANCELLED, NO_SHOW }

    /** What the customer answered when the visit was confirmed again (S2.3). */
    public enum ConfirmationOutcome { CONFIRMED, NOT_REACHED, WILL_RESCHEDULE, WILL_CANCEL }

    private static final Set<Status> OPEN = EnumSet.of(Status.BOOKED, Status.CONFIRMED);

    private String customerId;
    private String vehicleId;
    private String vin;
    private String model;
    private boolean firstService;
    private String advisorId;
    private LocalDate date;
    private LocalTime time;
    private List<RequestedWork> requestedWork = new ArrayList<>();
    private BigDecimal expectedHours;
    private Money expectedCost;
    private String campaignId;
    private String solicitationKey;
    private String customerRemarks;
    private Status status;
    private boolean forcedOverCapacity;
    private String overCapacityReason;
    private Instant bookedAt;
    private List<ConfirmationAttempt> confirmations = new ArrayList<>();
    private List<Reschedule> reschedules = new ArrayList<>();
    private String cancellationReason;
    private Instant closedAt;

    protected Appointment() {
    }

    /** Books the visit; the caller has held the workshop hours of that day already. */
    public static Appointment book(String id, String dealerId, Booking booking, Money labourRatePerHour,
                                   LocalDate today, Instant now) {
        if (booking.date().isBefore(today)) {
            throw new InvalidInputException("date", "must be today or later");
        }
        if (booking.work().isEmpty()) {
            throw new InvalidInputException("labourOperationCodes", "name at least one piece of work");
        }
        if (booking.forced() && (booking.overCapacityReason() == null || booking.overCapacityReason().isBlank())) {
            throw new InvalidInputException("overCapacityReason", "a booking over capacity needs a reason");
        }
        Appointment appointment = new Appointment();
        appointment.id = id;
        appointment.dealerId = dealerId;
        appointment.customerId = booking.customerId();
        appointment.vehicleId = booking.vehicleId();
        appointment.vin = booking.vin();
        appointment.model = booking.model();
        appointment.firstService = booking.firstService();
        appointment.advisorId = booking.advisorId();
        appointment.date = booking.date();
        appointment.time = booking.time();
        appointment.requestedWork = List.copyOf(booking.work());
        appointment.expectedHours = booking.work().stream().map(RequestedWork::standardHours).reduce(BigDecimal.ZERO, BigDecimal::add);
        appointment.expectedCost = expectedCost(booking.work(), labourRatePerHour);
        appointment.campaignId = booking.campaignId();
        appointment.solicitationKey = booking.solicitationKey();
        appointment.customerRemarks = booking.customerRemarks();
        appointment.forcedOverCapacity = booking.forced();
        appointment.overCapacityReason = booking.forced() ? booking.overCapacityReason() : null;
        appointment.status = Status.BOOKED;
        appointment.bookedAt = now;
        appointment.raise(new AppointmentBooked(id, appointment.preparation(), appointment.forcedOverCapacity,
                appointment.overCapacityReason, now));
        return appointment;
    }

    private static Money expectedCost(List<RequestedWork> work, Money labourRatePerHour) {
        Money cost = Money.zero(labourRatePerHour.currency());
        for (RequestedWork item : work) {
            cost = cost.plus(labourRatePerHour.times(item.standardHours()));
            for (ExpectedPart part : item.expectedParts()) {
                cost = cost.plus(part.unitPrice().times(part.quantity()));
            }
        }
        return cost;
    }

    /** What the advisor tells the customer at booking (S2.1). */
    public Briefing briefing() {
        List<ExpectedPart> parts = expectedParts();
        LocalTime readyAround = time.plusMinutes(expectedHours.multiply(BigDecimal.valueOf(60)).longValue());
        return new Briefing(parts, expectedCost, expectedHours, readyAround, true, Briefing.CARE_NOTES);
    }

    /**
     * Moves the visit; the caller has held the new day's hours. Forcing the new day over capacity needs a
     * reason, kept like the original booking's.
     */
    public void reschedule(LocalDate newDate, LocalTime newTime, String reason, boolean forced, String overCapacityReason,
                           LocalDate today, Instant now) {
        requireOpen("reschedule");
        if (newDate.isBefore(today)) {
            throw new InvalidInputException("date", "must be today or later");
        }
        if (forced && (overCapacityReason == null || overCapacityReason.isBlank())) {
            throw new InvalidInputException("overCapacityReason", "a booking over capacity needs a reason");
        }
        forcedOverCapacity = forced;
        this.overCapacityReason = forced ? overCapacityReason : null;
        reschedules.add(new Reschedule(date, time, newDate, newTime, reason, now));
        LocalDate previousDate = date;
        LocalTime previousTime = time;
        date = newDate;
        time = newTime;
        // A new day needs a new confirmation the day before it (S2.3).
        status = Status.BOOKED;
        raise(new AppointmentRescheduled(id, previousDate, previousTime, preparation(), forcedOverCapacity,
                this.overCapacityReason, now));
    }

    public void recordConfirmation(ConfirmationOutcome outcome, String note, String byUser, Instant now) {
        requireOpen("record a confirmation");
        confirmations.add(new ConfirmationAttempt(outcome, note, byUser, now));
        if (outcome == ConfirmationOutcome.CONFIRMED) {
            status = Status.CONFIRMED;
        }
        raise(new AppointmentConfirmationRecorded(id, date, time, outcome.name(), byUser, now));
    }

    public void cancel(String reason, Instant now) {
        requireOpen("cancel");
        status = Status.CANCELLED;
        cancellationReason = reason;
        closedAt = now;
        raise(new AppointmentCancelled(id, date, reason, expectedParts(), now));
    }

    public void recordNoShow(LocalDate today, Instant now) {
        requireOpen("record a no-show");
        if (today.isBefore(date)) {
            throw new DomainRuleViolation("S2-no-show", "a no-show can only be recorded on or after the day of the appointment ("
                    + date + ")");
        }
        status = Status.NO_SHOW;
        closedAt = now;
        raise(new AppointmentNoShowRecorded(id, date, expectedParts(), now));
    }

    /** The customer is here; reception prepares the repair order from this appointment (S3.1). */
    public void arrive(Instant now) {
        requireOpen("record the arrival");
        status = Status.ARRIVED;
        closedAt = now;
        raise(new CustomerArrived(id, preparation(), now));
    }

    /** Booked for that day and not confirmed yet: the call list of the day before (S2.3). */
    public boolean awaitsConfirmationFor(LocalDate day) {
        return status == Status.BOOKED && date.equals(day);
    }

    public boolean holdsWorkshopHours() {
        return OPEN.contains(status);
    }

    private void requireOpen(String action) {
        if (!OPEN.contains(status)) {
            throw new IllegalTransitionException("appointment", status, action);
        }
    }

    private Preparation preparation() {
        return new Preparation(customerId, vehicleId, vin, model, advisorId, date, time, requestedWork, expectedHours,
                expectedCost, firstService, campaignId);
    }

    public List<ExpectedPart> expectedParts() {
        return requestedWork.stream().flatMap(work -> work.expectedParts().stream()).toList();
    }

    public String customerId() {
        return customerId;
    }

    public String vehicleId() {
        return vehicleId;
    }

    public String vin() {
        return vin;
    }

    public String model() {
        return model;
    }

    public boolean firstService() {
        return firstService;
    }

    public String advisorId() {
        return advisorId;
    }

    public LocalDate date() {
        return date;
    }

    public LocalTime time() {
        return time;
    }

    public List<RequestedWork> requestedWork() {
        return requestedWork;
    }

    public BigDecimal expectedHours() {
        return expectedHours;
    }

    public Money expectedCost() {
        return expectedCost;
    }

    public String campaignId() {
        return campaignId;
    }

    public String solicitationKey() {
        return solicitationKey;
    }

    public String customerRemarks() {
        return customerRemarks;
    }

    public Status status() {
        return status;
    }

    public boolean forcedOverCapacity() {
        return forcedOverCapacity;
    }

    public String overCapacityReason() {
        return overCapacityReason;
    }

    public Instant bookedAt() {
        return bookedAt;
    }

    public List<ConfirmationAttempt> confirmations() {
        return List.copyOf(confirmations);
    }

    public List<Reschedule> reschedules() {
        return List.copyOf(reschedules);
    }

    public String cancellationReason() {
        return cancellationReason;
    }

    public Instant closedAt() {
        return closedAt;
    }

    /** What is being booked, resolved from the catalogue, the customer and the vehicle records. */
    public record Booking(String customerId, String vehicleId, String vin, String model, boolean firstService,
                          String advisorId, LocalDate date, LocalTime time, List<RequestedWork> work, String campaignId,
                          String solicitationKey, String customerRemarks, boolean forced, String overCapacityReason) {
    }

    public record ConfirmationAttempt(ConfirmationOutcome outcome, String note, String byUser, Instant at) {
    }

    public record Reschedule(LocalDate fromDate, LocalTime fromTime, LocalDate toDate, LocalTime toTime, String reason,
                             Instant at) {
    }

    /**
     * What the customer is told when booking (S2.1): parts, expected cost and time, to bring the warranty
     * booklet, and the care an appointment brings.
     */
    public record Briefing(List<ExpectedPart> parts, Money expectedCost, BigDecimal expectedHours, LocalTime readyAround,
                           boolean bringWarrantyBooklet, List<String> careNotes) {

        static final List<String> CARE_NOTES = List.of(
                "Your technician's time and a bay are reserved for you: no waiting on arrival.",
                "The parts your work needs are set aside before you arrive.",
                "Your service advisor expects you at the agreed time and stays your contact until delivery.");
    }
}
