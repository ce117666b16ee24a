package com.aftersales.appointment.appointment;

import com.aftersales.appointment.capacity.DayLoad;
import com.aftersales.appointment.capacity.WorkshopCapacity;
import com.aftersales.appointment.capacity.WorkshopSettings;
import com.aftersales.appointment.catalogue.LabourOperation;
import com.aftersales.appointment.catalogue.LabourOperationRepository;
import com.aftersales.appointment.customer.CustomerRepository;
import com.aftersales.appointment.vehicle.Vehicle;
import com.aftersales.appointment.vehicle.VehicleRepository;
import com.aftersales.contracts.appointment.AppointmentEvents.RequestedWork;
import com.aftersales.platform.domain.DomainRuleViolation;
import com.aftersales.platform.domain.InvalidInputException;
import com.aftersales.platform.domain.NotFoundException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Books, moves and ends appointments together with the day's workshop hours. Without multi-document
 * transactions the order of writes is chosen so a crash in between leaves the safe side: hours are held
 * before an appointment is saved, and freed only after it is saved as cancelled; an hour held for nothing
 * makes a day look fuller than it is, never overbooked.
 */
@Service
public class AppointmentBooking {

    private final AppointmentRepository appointments;
    private final CustomerRepository customers;
    private final VehicleRepository vehicles;
    private final LabourOperationRepository catalogue;
    private final WorkshopCapacity capacity;
    private final Clock clock;

    AppointmentBooking(AppointmentRepository appointments, CustomerRepository customers, VehicleRepository vehicles,
                       LabourOperationRepository catalogue, WorkshopCapacity capacity, Clock clock) {
        this.appointments = appointments;
        this.customers = customers;
        this.vehicles = vehicles;
        this.catalogue = catalogue;
        this.capacity = capacity;
        this.clock = clock;
    }

    /** What the advisor asks for; resolved here against the records and the catalogue. */
    public record BookingRequest(String customerId, String vehicleId, String advisorId, LocalDate date, LocalTime time,
                                 List<String> labourOperationCodes, String campaignId, String solicitationKey,
                                 String customerRemarks, boolean forceOverCapacity, String overCapacityReason) {
    }

    public Appointment book(String dealerId, BookingRequest request) {
        customers.findByIdAndDealerId(request.customerId(), dealerId).orElseThrow(() ->
                new DomainRuleViolation("S2.1-customer", "customerId", "no customer " + request.customerId() + " at this dealership"));
        Vehicle vehicle = vehicles.findByIdAndDealerId(request.vehicleId(), dealerId).orElseThrow(() ->
                new DomainRuleViolation("S2.1-vehicle", "vehicleId", "no vehicle " + request.vehicleId() + " at this dealership"));
        if (!vehicle.ownerId().equals(request.customerId())) {
            throw new DomainRuleViolation("S2.1-vehicle", "vehicleId", "this vehicle is not registered to this customer");
        }
        WorkshopSettings workshop = capacity.settingsOf(dealerId);
        requireWorkshopOpen(workshop, request.time());
        if (!workshop.hasAdvisor(request.advisorId())) {
            throw new DomainRuleViolation("S3.4-advisor", "advisorId", "no service advisor " + request.advisorId());
        }
        List<RequestedWork> work = resolveWork(dealerId, request.labourOperationCodes());
        Appointment appointment = Appointment.book(UUID.randomUUID().toString(), dealerId,
                new Appointment.Booking(request.customerId(), vehicle.id(), vehicle.vin(), vehicle.model(),
                        !vehicle.firstServiceDone(), request.advisorId(), request.date(), request.time(), work,
                        request.campaignId(), request.solicitationKey(), request.customerRemarks(),
                        request.forceOverCapacity(), request.overCapacityReason()),
                workshop.labourRatePerHour(), LocalDate.now(clock), clock.instant());
        capacity.hold(dealerId, appointment.date(), appointment.id(), appointment.expectedHours(), overbooking(request.forceOverCapacity(), request.overCapacityReason()));
        return appointments.save(appointment);
    }

    public Appointment reschedule(String dealerId, String id, LocalDate date, LocalTime time, String reason,
                                  boolean force, String overCapacityReason) {
        Appointment appointment = load(dealerId, id);
        LocalDate previousDate = appointment.date();
        requireWorkshopOpen(capacity.settingsOf(dealerId), time);
        appointment.reschedule(date, time, reason, force, overCapacityReason, LocalDate.now(clock), clock.instant());
        capacity.hold(dealerId, date, id, appointment.expectedHours(), overbooking(force, overCapacityReason));
        Appointment saved = appointments.save(appointment);
        if (!previousDate.equals(date)) {
            capacity.release(dealerId, previousDate, id);
        }
        return saved;
    }

    public Appointment cancel(String dealerId, String id, String reason) {
        Appointment appointment = load(dealerId, id);
        appointment.cancel(reason, clock.instant());
        Appointment saved = appointments.save(appointment);
        capacity.release(dealerId, saved.date(), id);
        return saved;
    }

    public Appointment recordNoShow(String dealerId, String id) {
        Appointment appointment = load(dealerId, id);
        appointment.recordNoShow(LocalDate.now(clock), clock.instant());
        Appointment saved = appointments.save(appointment);
        capacity.release(dealerId, saved.date(), id);
        return saved;
    }

    public Appointment load(String dealerId, String id) {
        return appointments.findByIdAndDealerId(id, dealerId).orElseThrow(() -> new NotFoundException("appointment", id));
    }

    private List<RequestedWork> resolveWork(String dealerId, List<String> codes) {
        Map<String, LabourOperation> found = catalogue.findByDealerIdAndCodeIn(dealerId, codes).stream()
                .collect(Collectors.toMap(LabourOperation::code, Function.identity()));
        List<RequestedWork> work = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            LabourOperation operation = found.get(codes.get(i));
            if (operation == null || !operation.active()) {
                throw new DomainRuleViolation("S2.1-catalogue", "labourOperationCodes[" + i + "]",
                        "no active labour operation " + codes.get(i) + " in the catalogue");
            }
            work.add(operation.asRequestedWork());
        }
        return work;
    }

    private static void requireWorkshopOpen(WorkshopSettings workshop, LocalTime time) {
        if (!workshop.isOpenAt(time)) {
            throw new DomainRuleViolation("S2-opening-hours", "time",
                    "the workshop takes appointments from " + workshop.opensAt() + " to " + workshop.closesAt());
        }
    }

    private static DayLoad.Overbooking overbooking(boolean force, String reason) {
        return force ? DayLoad.Overbooking.forced(reason) : DayLoad.Overbooking.REFUSED;
    }
}
