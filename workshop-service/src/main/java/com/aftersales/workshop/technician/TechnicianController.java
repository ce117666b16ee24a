package com.aftersales.workshop.technician;

import com.aftersales.platform.consumer.InsertOnce;
import com.aftersales.platform.domain.AlreadyExistsException;
import com.aftersales.platform.domain.NotFoundException;
import com.aftersales.platform.web.DealerId;
import com.aftersales.platform.web.PageParams;
import com.aftersales.platform.web.Paged;
import com.aftersales.platform.web.Versions;
import com.aftersales.platform.storage.Conflicts;
import com.aftersales.workshop.catalogue.LabourCategory;
import com.aftersales.workshop.job.JobView;
import com.aftersales.workshop.workorder.Job;
import com.aftersales.workshop.workorder.WorkOrder;
import com.aftersales.workshop.workorder.WorkOrders;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;

/**
 * Technicians: skills, experience, daily hours (S7.3); the shift clock for attendance; "my jobs" for the tablet,
 * priority ROs first, then by promised time.
 */
@RestController
@RequestMapping("/api/technicians")
class TechnicianController {

    private final TechnicianRepository technicians;
    private final InsertOnce insertOnce;
    private final WorkOrders workOrders;
    private final Clock clock;

    TechnicianController(TechnicianRepository technicians, InsertOnce insertOnce, WorkOrders workOrders, Clock clock) {
        this.technicians = technicians;
        this.insertOnce = insertOnce;
        this.workOrders = workOrders;
        this.clock = clock;
    }

    record TechnicianRequest(
            @NotBlank(message = "is required")
            @Pattern(regexp = "[A-Za-z0-9_-]{1,40}", message = "must be 1-40 letters, digits, - or _") String id,
            @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String name,
            @NotEmpty(message = "is required") List<@NotNull(message = "is required") LabourCategory> skills,
            @NotNull(message = "is required") Technician.ExperienceLevel experienceLevel,
            @NotNull(message = "is required") @DecimalMin(value = "0.5", message = "must be at least 0.5")
            @DecimalMax(value = "24", message = "must be at most 24") BigDecimal dailyHours) {
    }

    record ShiftView(Instant from, Instant to) {
    }

    record TechnicianView(String id, String name, List<LabourCategory> skills, Technician.ExperienceLevel experienceLevel,
                          BigDecimal dailyHours, Technician.ShiftState shiftState, List<ShiftView> shifts,
                          BigDecimal speedFactor, int completedJobs, BigDecimal completedStandardHours,
                          BigDecimal completedClockedHours, Long version) {
        static TechnicianView of(Technician technician) {
            List<Technician.Shift> shifts = technician.shifts();
            return new TechnicianView(technician.technicianId(), technician.name(), technician.skills(),
                    technician.experienceLevel(), technician.dailyHours(), technician.shiftState(),
                    shifts.subList(Math.max(0, shifts.size() - 10), shifts.size()).stream()
                            .map(shift -> new ShiftView(shift.from(), shift.to())).toList(),
                    technician.speedFactor(), technician.completedJobs(), technician.completedStandardHours(),
                    technician.completedClockedHours(), technician.version());
        }
    }

    @PostMapping
    ResponseEntity<TechnicianView> register(DealerId dealer, @Valid @RequestBody TechnicianRequest request) {
        Technician technician = Technician.register(request.id(), dealer.value(), request.name(),
                new LinkedHashSet<>(request.skills()), request.experienceLevel(), request.dailyHours(), clock.instant());
        if (!insertOnce.insert(technician)) {
            throw new AlreadyExistsException("id", request.id(), "technician " + request.id() + " exists already");
        }
        return ResponseEntity.created(URI.create("/api/technicians/" + request.id()))
                .eTag(Versions.etag(technician.version())).body(TechnicianView.of(technician));
    }

    @GetMapping
    Paged<TechnicianView> list(DealerId dealer, @Valid PageParams paging) {
        List<TechnicianView> all = technicians.findByDealerId(dealer.value(), Sort.by("technicianId")).stream()
                .map(TechnicianView::of).toList();
        return Paged.of(all, paging.pageOrFirst(), paging.sizeOrDefault());
    }

    @GetMapping("/{id}")
    ResponseEntity<TechnicianView> get(DealerId dealer, @PathVariable String id) {
        Technician technician = load(dealer.value(), id);
        return Versions.ok(technician.version(), TechnicianView.of(technician));
    }

    /** My jobs (tablet): open jobs dispatched to me, priority ROs first, then by promised time. */
    @GetMapping("/{id}/jobs")
    Paged<JobView> myJobs(DealerId dealer, @PathVariable String id, @Valid PageParams paging) {
        load(dealer.value(), id);
        Instant now = clock.instant();
        List<JobView> mine = new ArrayList<>();
        for (WorkOrder order : workOrders.open(dealer.value())) {
            for (Job job : order.jobs()) {
                if (job.isOpen() && id.equals(job.technicianId())) {
                    mine.add(JobView.of(order, job, now));
                }
            }
        }
        mine.sort(JobView.PRIORITY_THEN_PROMISE);
        return Paged.of(mine, paging.pageOrFirst(), paging.sizeOrDefault());
    }

    @PostMapping("/{id}/shift/clock-on")
    ResponseEntity<TechnicianView> clockOn(DealerId dealer, @PathVariable String id) {
        return change(dealer.value(), id, technician -> technician.clockOnShift(clock.instant()));
    }

    @PostMapping("/{id}/shift/clock-off")
    ResponseEntity<TechnicianView> clockOff(DealerId dealer, @PathVariable String id) {
        return change(dealer.value(), id, technician -> technician.clockOffShift(clock.instant()));
    }

    private ResponseEntity<TechnicianView> change(String dealerId, String id, Consumer<Technician> change) {
        Technician saved = Conflicts.retry(() -> {
            Technician technician = load(dealerId, id);
            change.accept(technician);
            return technicians.save(technician);
        });
        return Versions.ok(saved.version(), TechnicianView.of(saved));
    }

    private Technician load(String dealerId, String id) {
        return technicians.findByDealerIdAndTechnicianId(dealerId, id).orElseThrow(() -> new NotFoundException("technician", id));
    }

}
