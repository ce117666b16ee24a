package com.aftersales.appointment.solicitation;

import com.aftersales.appointment.appointment.Appointment;
import com.aftersales.appointment.appointment.AppointmentRepository;
import com.aftersales.appointment.campaign.Campaign;
import com.aftersales.appointment.campaign.CampaignRepository;
import com.aftersales.appointment.customer.Customer;
import com.aftersales.appointment.customer.CustomerRepository;
import com.aftersales.appointment.vehicle.MaintenanceSchedule;
import com.aftersales.appointment.vehicle.Vehicle;
import com.aftersales.appointment.vehicle.VehicleRepository;
import com.aftersales.platform.domain.NotFoundException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Assembles the solicitation list for advisors and the call center (S1.2-S1.4): maintenance falling due
 * by date or estimated mileage, open campaigns with their details for each vehicle they concern, and work
 * declined on earlier estimates. Each entry has a stable key under which contacts are recorded; entries a
 * customer booked or declined leave the list, and so do vehicles that have an open appointment already.
 */
@Service
public class SolicitationList {

    private final VehicleRepository vehicles;
    private final CustomerRepository customers;
    private final CampaignRepository campaigns;
    private final DeclinedWorkRepository declinedWork;
    private final OutreachRepository outreach;
    private final AppointmentRepository appointments;
    private final Clock clock;

    SolicitationList(VehicleRepository vehicles, CustomerRepository customers, CampaignRepository campaigns,
                     DeclinedWorkRepository declinedWork, OutreachRepository outreach, AppointmentRepository appointments,
                     Clock clock) {
        this.vehicles = vehicles;
        this.customers = customers;
        this.campaigns = campaigns;
        this.declinedWork = declinedWork;
        this.outreach = outreach;
        this.appointments = appointments;
        this.clock = clock;
    }

    /** One thing to solicit a customer for. */
    public record Entry(String key, SolicitationKind kind, VehicleSummary vehicle, CustomerSummary customer,
                        LocalDate dueDate, Integer dueMileageKm, Integer estimatedMileageKm, boolean firstService,
                        CampaignDetails campaign, DeclinedWork declinedWork, Outreach.Status status,
                        List<Outreach.Attempt> attempts) {
    }

    public record VehicleSummary(String id, String vin, String plate, String model, int mileageKm) {
        static VehicleSummary of(Vehicle v) {
            return new VehicleSummary(v.id(), v.vin(), v.plate(), v.model(), v.mileageKm());
        }
    }

    public record CustomerSummary(String id, String name, String phone, Set<?> consents) {
        static CustomerSummary of(Customer c) {
            return c == null ? null : new CustomerSummary(c.id(), c.name(), c.phone(), c.consents());
        }
    }

    /** What the advisor sees of a campaign while soliciting for it (S1.3). */
    public record CampaignDetails(String id, String code, String title, Campaign.Kind kind, String description,
                                  String customerScript, List<String> labourOperationCodes, LocalDate endsOn) {
        static CampaignDetails of(Campaign c) {
            return new CampaignDetails(c.id(), c.code(), c.title(), c.kind(), c.description(), c.customerScript(),
                    c.labourOperationCodes(), c.endsOn());
        }
    }

    /** The filter of a list request. */
    public record Filter(LocalDate dueBy, SolicitationKind kind, String vehicleId, boolean includeClosed) {
    }

    public List<Entry> list(String dealerId, Filter filter) {
        LocalDate today = LocalDate.now(clock);
        List<Vehicle> fleet = filter.vehicleId() == null
                ? vehicles.findByDealerId(dealerId)
                : vehicles.findByIdAndDealerId(filter.vehicleId(), dealerId).map(List::of).orElse(List.of());
        // A vehicle booked in, or in the workshop since a recent arrival, is not solicited for maintenance.
        Set<String> booked = appointments.findByDealerIdAndDateBetween(dealerId, today.minusDays(14), today.plusYears(1)).stream()
                .filter(a -> a.holdsWorkshopHours() || a.status() == Appointment.Status.ARRIVED)
                .map(Appointment::vehicleId).collect(Collectors.toSet());
        List<Draft> drafts = new ArrayList<>();
        if (wants(filter, SolicitationKind.MAINTENANCE_DUE)) {
            for (Vehicle vehicle : fleet) {
                Vehicle.NextMaintenance next = vehicle.nextMaintenance(MaintenanceSchedule.STANDARD);
                int estimated = vehicle.estimatedMileageOn(filter.dueBy());
                boolean dueByDate = next.dueDate() != null && !next.dueDate().isAfter(filter.dueBy());
                if ((dueByDate || estimated >= next.dueMileageKm()) && !booked.contains(vehicle.id())) {
                    String key = SolicitationKind.MAINTENANCE_DUE + ":" + vehicle.id() + ":"
                            + (next.dueDate() != null ? next.dueDate() : next.dueMileageKm() + "km");
                    drafts.add(new Draft(key, SolicitationKind.MAINTENANCE_DUE, vehicle, next.dueDate(), next.dueMileageKm(),
                            estimated, next.firstService(), null, null));
                }
            }
        }
        if (wants(filter, SolicitationKind.CAMPAIGN)) {
            for (Campaign campaign : campaigns.findByDealerIdOrderByStartsOnDesc(dealerId)) {
                if (!campaign.isOpenOn(today) && !campaign.isOpenOn(filter.dueBy())) {
                    continue;
                }
                for (Vehicle vehicle : fleet) {
                    if (campaign.concerns(vehicle)) {
                        drafts.add(new Draft(SolicitationKind.CAMPAIGN + ":" + campaign.id() + ":" + vehicle.id(),
                                SolicitationKind.CAMPAIGN, vehicle, campaign.endsOn(), null, null, false, campaign, null));
                    }
                }
            }
        }
        if (wants(filter, SolicitationKind.DECLINED_WORK)) {
            Map<String, Vehicle> byId = fleet.stream().collect(Collectors.toMap(Vehicle::id, Function.identity()));
            List<DeclinedWork> declined = filter.vehicleId() == null ? declinedWork.findByDealerId(dealerId)
                    : declinedWork.findByDealerIdAndVehicleId(dealerId, filter.vehicleId());
            for (DeclinedWork work : declined) {
                Vehicle vehicle = byId.get(work.vehicleId());
                if (vehicle != null) {
                    drafts.add(new Draft(SolicitationKind.DECLINED_WORK + ":" + work.id(), SolicitationKind.DECLINED_WORK,
                            vehicle, null, null, null, false, null, work));
                }
            }
        }
        return complete(dealerId, drafts, filter.includeClosed());
    }

    /** Resolves a key back to the vehicle and customer it concerns, to record a contact under it. */
    public Outreach startOrLoadOutreach(String dealerId, String key) {
        String[] parts = key.split(":", 2);
        SolicitationKind kind;
        try {
            kind = SolicitationKind.valueOf(parts[0]);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("solicitation", key);
        }
        if (parts.length < 2) {
            throw new NotFoundException("solicitation", key);
        }
        return outreach.findById(Outreach.idOf(dealerId, key)).orElseGet(() -> {
            String vehicleId = switch (kind) {
                case MAINTENANCE_DUE -> parts[1].split(":")[0];
                case CAMPAIGN -> parts[1].contains(":") ? parts[1].split(":")[1] : "";
                case DECLINED_WORK -> declinedWork.findByIdAndDealerId(parts[1], dealerId)
                        .map(DeclinedWork::vehicleId).orElse("");
            };
            if (kind == SolicitationKind.CAMPAIGN && campaigns.findByIdAndDealerId(parts[1].split(":")[0], dealerId).isEmpty()) {
                throw new NotFoundException("solicitation", key);
            }
            Vehicle vehicle = vehicles.findByIdAndDealerId(vehicleId, dealerId)
                    .orElseThrow(() -> new NotFoundException("solicitation", key));
            return Outreach.start(dealerId, key, kind, vehicle.id(), vehicle.ownerId());
        });
    }

    private boolean wants(Filter filter, SolicitationKind kind) {
        return filter.kind() == null || filter.kind() == kind;
    }

    private List<Entry> complete(String dealerId, List<Draft> drafts, boolean includeClosed) {
        Map<String, Outreach> contacts = outreach.findByDealerIdAndKeyIn(dealerId, drafts.stream().map(Draft::key).toList())
                .stream().collect(Collectors.toMap(Outreach::key, Function.identity()));
        Map<String, Customer> owners = customers.findByDealerIdAndIdIn(dealerId,
                        drafts.stream().map(draft -> draft.vehicle().ownerId()).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Customer::id, Function.identity()));
        return drafts.stream()
                .map(draft -> {
                    Outreach contact = contacts.get(draft.key());
                    return new Entry(draft.key(), draft.kind(), VehicleSummary.of(draft.vehicle()),
                            CustomerSummary.of(owners.get(draft.vehicle().ownerId())), draft.dueDate(), draft.dueMileageKm(),
                            draft.estimatedMileageKm(), draft.firstService(),
                            draft.campaign() == null ? null : CampaignDetails.of(draft.campaign()), draft.declinedWork(),
                            contact == null ? Outreach.Status.OPEN : contact.status(),
                            contact == null ? List.of() : contact.attempts());
                })
                .filter(entry -> includeClosed || entry.status() == Outreach.Status.OPEN)
                .sorted(Comparator.comparing((Entry entry) -> entry.kind() == SolicitationKind.CAMPAIGN
                                && entry.campaign().kind() == Campaign.Kind.RECALL ? 0 : 1)
                        .thenComparing(Entry::dueDate, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    private record Draft(String key, SolicitationKind kind, Vehicle vehicle, LocalDate dueDate, Integer dueMileageKm,
                         Integer estimatedMileageKm, boolean firstService, Campaign campaign, DeclinedWork declinedWork) {
    }
}
