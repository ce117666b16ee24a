package com.aftersales.appointment.appointment;

import com.aftersales.contracts.Money;
import com.aftersales.contracts.appointment.AppointmentEvents.RequestedWork;
import com.aftersales.platform.domain.InvalidInputException;
import com.aftersales.platform.web.DealerId;
import com.aftersales.platform.web.PageParams;
import com.aftersales.platform.web.Paged;
import com.aftersales.platform.web.Versions;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;

/** Appointments (step 2): book, reschedule, confirm the day before, cancel, no-show, arrival. */
@RestController
@RequestMapping("/api/appointments")
class AppointmentController {

    private final AppointmentBooking booking;
    private final AppointmentRepository appointments;
    private final Clock clock;

    AppointmentController(AppointmentBooking booking, AppointmentRepository appointments, Clock clock) {
        this.booking = booking;
        this.appointments = appointments;
        this.clock = clock;
    }

    record BookRequest(@NotBlank(message = "is required") String customerId,
                       @NotBlank(message = "is required") String vehicleId,
                       @NotBlank(message = "is required") String advisorId,
                       @NotNull(message = "is required") LocalDate date,
                       @NotNull(message = "is required") LocalTime time,
                       @NotEmpty(message = "name at least one piece of work") List<@NotBlank(message = "is required") String> labourOperationCodes,
                       String campaignId,
                       String solicitationKey,
                       @Size(max = 1000, message = "must be at most 1000 characters") String customerRemarks,
                       boolean forceOverCapacity,
                       @Size(max = 300, message = "must be at most 300 characters") String overCapacityReason) {
    }

    record RescheduleRequest(@NotNull(message = "is required") LocalDate date,
                             @NotNull(message = "is required") LocalTime time,
                             @Size(max = 300, message = "must be at most 300 characters") String reason,
                             boolean forceOverCapacity,
                             @Size(max = 300, message = "must be at most 300 characters") String overCapacityReason) {
    }

    record CancelRequest(@NotBlank(message = "is required") @Size(max = 300, message = "must be at most 300 characters") String reason) {
    }

    record ConfirmationRequest(@NotNull(message = "is required") Appointment.ConfirmationOutcome outcome,
                               @Size(max = 500, message = "must be at most 500 characters") String note,
                               @NotBlank(message = "is required") String byUser) {
    }

    record AppointmentView(String id, String status, String customerId, String vehicleId, String vin, String model,
                           boolean firstService, String advisorId, LocalDate date, LocalTime time,
                           List<RequestedWork> requestedWork, BigDecimal expectedHours, Money expectedCost,
                           Appointment.Briefing briefing, String campaignId, String solicitationKey, String customerRemarks,
                           boolean forcedOverCapacity, String overCapacityReason, Instant bookedAt,
                           List<Appointment.ConfirmationAttempt> confirmations, List<Appointment.Reschedule> reschedules,
                           String cancellationReason, Instant closedAt, Long version) {

        static AppointmentView of(Appointment a) {
            return new AppointmentView(a.id(), a.status().name(), a.customerId(), a.vehicleId(), a.vin(), a.model(),
                    a.firstService(), a.advisorId(), a.date(), a.time(), a.requestedWork(), a.expectedHours(), a.expectedCost(),
                    a.briefing(), a.campaignId(), a.solicitationKey(), a.customerRemarks(), a.forcedOverCapacity(),
                    a.overCapacityReason(), a.bookedAt(), a.confirmations(), a.reschedules(), a.cancellationReason(),
                    a.closedAt(), a.version());
        }
    }

    @PostMapping
    ResponseEntity<AppointmentView> book(DealerId dealer, @Valid @RequestBody BookRequest request) {
        Appointment appointment = booking.book(dealer.value(), new AppointmentBooking.BookingRequest(request.customerId(),
                request.vehicleId(), request.advisorId(), request.date(), request.time(), request.labourOperationCodes(),
                request.campaignId(), request.solicitationKey(), request.customerRemarks(), request.forceOverCapacity(),
                request.overCapacityReason()));
        return ResponseEntity.created(URI.create("/api/appointments/" + appointment.id()))
                .eTag(Versions.etag(appointment.version())).body(AppointmentView.of(appointment));
    }

    @GetMapping("/{id}")
    ResponseEntity<AppointmentView> get(DealerId dealer, @PathVariable String id) {
        Appointment appointment = booking.load(dealer.value(), id);
        return Versions.ok(appointment.version(), AppointmentView.of(appointment));
    }

    /** The appointments of a day or a range (default: today), in order of time. */
    @GetMapping
    Paged<AppointmentView> list(DealerId dealer,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                @RequestParam(required = false) Appointment.Status status,
                                @Valid PageParams paging) {
        LocalDate start = from == null ? LocalDate.now(clock) : from;
        LocalDate end = to == null ? start : to;
        if (end.isBefore(start)) {
            throw new InvalidInputException("to", "must not be before from");
        }
        List<AppointmentView> found = appointments.findByDealerIdAndDateBetween(dealer.value(), start.minusDays(1), end.plusDays(1))
                .stream()
                .filter(a -> !a.date().isBefore(start) && !a.date().isAfter(end))
                .filter(a -> status == null || a.status() == status)
                .sorted(Comparator.comparing(Appointment::date).thenComparing(Appointment::time))
                .map(AppointmentView::of).toList();
        return Paged.of(found, paging.pageOrFirst(), paging.sizeOrDefault());
    }

    /** The call list of the day before (S2.3): booked for that day (default tomorrow) and not confirmed yet. */
    @GetMapping("/confirmations-due")
    List<AppointmentView> confirmationsDue(DealerId dealer,
                                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        LocalDate day = date == null ? LocalDate.now(clock).plusDays(1) : date;
        return appointments.findByDealerIdAndDate(dealer.value(), day).stream()
                .filter(a -> a.awaitsConfirmationFor(day))
                .sorted(Comparator.comparing(Appointment::time))
                .map(AppointmentView::of).toList();
    }

    @PostMapping("/{id}/reschedule")
    ResponseEntity<AppointmentView> reschedule(DealerId dealer, @PathVariable String id,
                                               @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                               @Valid @RequestBody RescheduleRequest request) {
        Versions.requireMatch(ifMatch, booking.load(dealer.value(), id).version());
        Appointment appointment = booking.reschedule(dealer.value(), id, request.date(), request.time(), request.reason(),
                request.forceOverCapacity(), request.overCapacityReason());
        return Versions.ok(appointment.version(), AppointmentView.of(appointment));
    }

    @PostMapping("/{id}/confirmation")
    ResponseEntity<AppointmentView> recordConfirmation(DealerId dealer, @PathVariable String id,
                                                       @Valid @RequestBody ConfirmationRequest request) {
        Appointment appointment = booking.load(dealer.value(), id);
        appointment.recordConfirmation(request.outcome(), request.note(), request.byUser(), clock.instant());
        appointment = appointments.save(appointment);
        return Versions.ok(appointment.version(), AppointmentView.of(appointment));
    }

    @PostMapping("/{id}/cancellation")
    ResponseEntity<AppointmentView> cancel(DealerId dealer, @PathVariable String id, @Valid @RequestBody CancelRequest request) {
        Appointment appointment = booking.cancel(dealer.value(), id, request.reason());
        return Versions.ok(appointment.version(), AppointmentView.of(appointment));
    }

    @PostMapping("/{id}/no-show")
    ResponseEntity<AppointmentView> noShow(DealerId dealer, @PathVariable String id) {
        Appointment appointment = booking.recordNoShow(dealer.value(), id);
        return Versions.ok(appointment.version(), AppointmentView.of(appointment));
    }

    /** The customer is at the desk: reception prepares the repair order from this appointment (S3.1). */
    @PostMapping("/{id}/arrival")
    ResponseEntity<AppointmentView> arrive(DealerId dealer, @PathVariable String id) {
        Appointment appointment = booking.load(dealer.value(), id);
        appointment.arrive(clock.instant());
        appointment = appointments.save(appointment);
        return Versions.ok(appointment.version(), AppointmentView.of(appointment));
    }
}
