package com.aftersales.workshop.inspection;

import com.aftersales.platform.PlatformProperties;
import com.aftersales.platform.domain.InvalidInputException;
import com.aftersales.platform.web.DealerId;
import com.aftersales.platform.web.PageParams;
import com.aftersales.platform.web.Paged;
import com.aftersales.platform.web.Versions;
import com.aftersales.workshop.workorder.Inspection;
import com.aftersales.workshop.workorder.Job;
import com.aftersales.workshop.workorder.WorkOrder;
import com.aftersales.workshop.workorder.WorkOrders;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Final inspections (S9.1-S9.6): generated when all jobs of an RO are done; the inspector's result passes (the
 * car joins the wash queue) or fails (failed jobs reopened as rework); the statistics of inspections and reworks
 * (S9.5).
 */
@RestController
@RequestMapping("/api/inspections")
class InspectionController {

    private final WorkOrders workOrders;
    private final Clock clock;
    private final ZoneId zone;

    InspectionController(WorkOrders workOrders, Clock clock, PlatformProperties platform) {
        this.workOrders = workOrders;
        this.clock = clock;
        this.zone = platform.timeZone();
    }

    record ItemResultRequest(@NotBlank(message = "is required") @Size(max = 10, message = "must be at most 10 characters") String itemId,
                             @NotNull(message = "is required") Boolean ok,
                             @Size(max = 1000, message = "must be at most 1000 characters") String note) {
    }

    record ResultRequest(@NotBlank(message = "is required") @Size(max = 40, message = "must be at most 40 characters") String inspectorId,
                         @NotEmpty(message = "is required") @Size(max = 200, message = "at most 200 items")
                         List<@NotNull(message = "is required") @Valid ItemResultRequest> items,
                         Boolean roadTested, Boolean customerPresent) {
    }

    /** S9.5: how many inspections were decided in the period, how many failed, the rework they caused. */
    record Statistics(LocalDate from, LocalDate to, int inspections, int passed, int failed, int reworkJobs,
                      BigDecimal reworkRate, Map<String, Integer> reworkJobsByTechnician) {
    }

    @GetMapping
    Paged<InspectionView> list(DealerId dealer, @RequestParam(required = false) String repairOrderId,
                               @RequestParam(required = false) Inspection.Status status, @Valid PageParams paging) {
        List<InspectionView> all = new ArrayList<>();
        for (WorkOrder order : workOrders.all(dealer.value(), repairOrderId)) {
            for (Inspection inspection : order.inspections()) {
                if (status == null || inspection.status() == status) {
                    all.add(InspectionView.of(order, inspection));
                }
            }
        }
        return Paged.of(all, paging.pageOrFirst(), paging.sizeOrDefault());
    }

    @GetMapping("/statistics")
    Statistics statistics(DealerId dealer,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        LocalDate last = to == null ? LocalDate.now(clock.withZone(zone)) : to;
        LocalDate first = from == null ? last.minusDays(29) : from;
        if (first.isAfter(last)) {
            throw new InvalidInputException("from", "must not be after to");
        }
        Instant start = first.atStartOfDay(zone).toInstant();
        Instant end = last.plusDays(1).atStartOfDay(zone).toInstant();
        int inspections = 0;
        int failed = 0;
        int reworkJobs = 0;
        Map<String, Integer> byTechnician = new TreeMap<>();
        for (WorkOrder order : workOrders.all(dealer.value(), null)) {
            for (Inspection inspection : order.inspections()) {
                Instant decided = inspection.decidedAt();
                if (decided == null || decided.isBefore(start) || !decided.isBefore(end)) {
                    continue;
                }
                inspections++;
                if (inspection.status() == Inspection.Status.FAILED) {
                    failed++;
                    reworkJobs += inspection.reworkJobIds().size();
                    for (String reworkId : inspection.reworkJobIds()) {
                        Job original = order.job(order.job(reworkId).reworkOf());
                        if (original.technicianId() != null) {
                            byTechnician.merge(original.technicianId(), 1, Integer::sum);
                        }
                    }
                }
            }
        }
        BigDecimal rate = inspections == 0 ? BigDecimal.ZERO.setScale(4, RoundingMode.HALF_UP)
                : BigDecimal.valueOf(failed).divide(BigDecimal.valueOf(inspections), 4, RoundingMode.HALF_UP);
        return new Statistics(first, last, inspections, inspections - failed, failed, reworkJobs, rate, byTechnician);
    }

    @GetMapping("/{id}")
    ResponseEntity<InspectionView> get(DealerId dealer, @PathVariable String id) {
        WorkOrder order = workOrders.byInspection(dealer.value(), id);
        return Versions.ok(order.version(), InspectionView.of(order, order.inspection(id)));
    }

    /** Pass (all ok): WashQueued with the time told (S10.1). Fail: failed jobs reopened as rework (S9.5). */
    @PostMapping("/{id}/result")
    ResponseEntity<InspectionView> result(DealerId dealer, @PathVariable String id,
                                          @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                          @Valid @RequestBody ResultRequest request) {
        List<Inspection.ItemResult> results = request.items().stream()
                .map(item -> new Inspection.ItemResult(item.itemId(), item.ok(), item.note())).toList();
        WorkOrder saved = workOrders.update(() -> workOrders.byInspection(dealer.value(), id), ifMatch, order -> {
            Instant now = clock.instant();
            order.recordInspection(id, request.inspectorId(), results, Boolean.TRUE.equals(request.roadTested()),
                    request.customerPresent(), workOrders.washExpectedDoneAt(dealer.value(), now), now);
        });
        return Versions.ok(saved.version(), InspectionView.of(saved, saved.inspection(id)));
    }
}
