package com.aftersales.parts.reservation;

import com.aftersales.parts.backorder.BackorderReason;
import com.aftersales.parts.backorder.BackorderScripts;
import com.aftersales.parts.backorder.BackorderScriptsRepository;
import com.aftersales.parts.part.Part;
import com.aftersales.parts.part.PartRepository;
import com.aftersales.platform.web.DealerId;
import com.aftersales.platform.web.PageParams;
import com.aftersales.platform.web.Paged;
import com.aftersales.platform.web.Versions;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Part reservations of appointments and repair orders (step 6): read them, the clerk's picking list, issuing
 * to jobs and taking unused parts back, and the open backorders with what to tell the customer (S6.3).
 */
@RestController
@RequestMapping("/api/part-reservations")
class PartReservationController {

    private final PartReservationRepository reservations;
    private final Reservations reserving;
    private final PartRepository parts;
    private final BackorderScriptsRepository scripts;
    private final Arrivals arrivals;
    private final Clock clock;

    PartReservationController(PartReservationRepository reservations, Reservations reserving, PartRepository parts,
                              BackorderScriptsRepository scripts, Arrivals arrivals, Clock clock) {
        this.reservations = reservations;
        this.reserving = reserving;
        this.parts = parts;
        this.scripts = scripts;
        this.arrivals = arrivals;
        this.clock = clock;
    }

    record IssueRequest(@NotBlank(message = "is required") String partNumber,
                        @NotNull(message = "is required") @Min(value = 1, message = "must be at least 1")
                        @Max(value = 10_000, message = "must be at most 10000") Integer quantity,
                        @Size(max = 100, message = "must be at most 100 characters") String jobId,
                        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String issuedBy) {
    }

    record ReturnRequest(@NotBlank(message = "is required") String partNumber,
                         @NotNull(message = "is required") @Min(value = 1, message = "must be at least 1")
                         @Max(value = 10_000, message = "must be at most 10000") Integer quantity,
                         @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String returnedBy) {
    }

    record LineView(String partNumber, String name, int requested, int reserved, int backordered, int issued,
                    int returned, BackorderReason backorderReason, String backorderScript, Instant backorderedAt) {
        static LineView of(PartReservation.Line line) {
            return new LineView(line.partNumber(), line.name(), line.requested(), line.reserved(), line.backordered(),
                    line.issued(), line.returned(), line.reason(), line.script(), line.backorderedAt());
        }
    }

    record ReservationView(String id, String status, String repairOrderId, String repairOrderNumber, String appointmentId,
                           Instant promisedAt, List<LineView> lines, List<PartReservation.Movement> movements,
                           String releaseReason, Instant releasedAt, Instant createdAt, Long version) {
        static ReservationView of(PartReservation r) {
            return new ReservationView(r.id(), r.status().name(), r.repairOrderId(), r.repairOrderNumber(),
                    r.appointmentId(), r.promisedAt(), r.lines().stream().map(LineView::of).toList(), r.movements(),
                    r.releaseReason(), r.releasedAt(), r.createdAt(), r.version());
        }
    }

    /** One line of the picking list: what to take from which bin for which repair order. */
    record PickView(String reservationId, String repairOrderId, String repairOrderNumber, String partNumber, String name,
                    String binLocation, int quantity, Instant reservedAt, Instant promisedAt) {
    }

    /** One open backorder: what the advisor tells the customer, and when the part is expected (S6.3). */
    record BackorderView(String reservationId, String repairOrderId, String repairOrderNumber, String appointmentId,
                         String partNumber, String name, int quantity, BackorderReason reason, String script,
                         LocalDate expectedOn, Instant promisedAt, Instant backorderedAt) {
    }

    /** The reservations of the dealership, of one repair order or of one appointment; newest first. */
    @GetMapping
    Paged<ReservationView> list(DealerId dealer, @RequestParam(required = false) String repairOrderId,
                                @RequestParam(required = false) String appointmentId, @Valid PageParams paging) {
        var page = paging.toRequest(Sort.by(Sort.Direction.DESC, "createdAt"));
        Page<PartReservation> found;
        if (repairOrderId != null && appointmentId != null) {
            found = reservations.findByDealerIdAndRepairOrderIdAndAppointmentId(dealer.value(), repairOrderId, appointmentId, page);
        } else if (repairOrderId != null) {
            found = reservations.findByDealerIdAndRepairOrderId(dealer.value(), repairOrderId, page);
        } else if (appointmentId != null) {
            found = reservations.findByDealerIdAndAppointmentId(dealer.value(), appointmentId, page);
        } else {
            found = reservations.findByDealerId(dealer.value(), page);
        }
        return Paged.of(found, ReservationView::of);
    }

    @GetMapping("/{id}")
    ResponseEntity<ReservationView> get(DealerId dealer, @PathVariable String id) {
        PartReservation reservation = reserving.load(dealer.value(), id);
        return Versions.ok(reservation.version(), ReservationView.of(reservation));
    }

    /** Reserved parts not yet issued, of open repair orders, with their bins: oldest reservation first. */
    @GetMapping("/picking-list")
    Paged<PickView> pickingList(DealerId dealer, @Valid PageParams paging) {
        List<PartReservation> toPick = reservations.findByDealerIdAndToPickTrue(dealer.value());
        Map<String, Part> catalogue = catalogue(dealer, toPick.stream()
                .flatMap(r -> r.lines().stream()).map(PartReservation.Line::partNumber).toList());
        List<PickView> picks = new ArrayList<>();
        for (PartReservation reservation : toPick) {
            for (PartReservation.Line line : reservation.lines()) {
                if (line.reserved() > 0) {
                    Part part = catalogue.get(line.partNumber());
                    picks.add(new PickView(reservation.id(), reservation.repairOrderId(), reservation.repairOrderNumber(),
                            line.partNumber(), part == null ? line.name() : part.name(),
                            part == null ? null : part.binLocation(), line.reserved(), line.reservedAt(),
                            reservation.promisedAt()));
                }
            }
        }
        picks.sort(Comparator.comparing(PickView::reservedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(PickView::repairOrderId).thenComparing(PickView::partNumber));
        return Paged.of(picks, paging.pageOrFirst(), paging.sizeOrDefault());
    }

    /**
     * Open backorder lines in the order they will be served: oldest promise first. The reason is today's
     * (an overdue order is a supplier delay), the script the dealer's current wording of it (S6.3).
     */
    @GetMapping("/backorders")
    Paged<BackorderView> backorders(DealerId dealer, @RequestParam(required = false) String partNumber,
                                    @RequestParam(required = false) String repairOrderId, @Valid PageParams paging) {
        List<PartReservation> waiting = reservations.findWithBackorders(dealer.value());
        Map<String, Part> catalogue = catalogue(dealer, waiting.stream().flatMap(r -> r.openBackorderParts().stream()).toList());
        BackorderScripts book = scripts.of(dealer.value());
        List<Arrivals.ExpectedArrival> expected = arrivals.expected(dealer.value());
        LocalDate today = LocalDate.now(clock);
        List<BackorderView> open = new ArrayList<>();
        for (PartReservation reservation : waiting) {
            if (repairOrderId != null && !repairOrderId.equals(reservation.repairOrderId())) {
                continue;
            }
            for (PartReservation.Line line : reservation.lines()) {
                if (line.backordered() == 0 || (partNumber != null && !partNumber.equals(line.partNumber()))) {
                    continue;
                }
                Optional<Arrivals.ExpectedArrival> arrival = Arrivals.nextFor(expected, line.partNumber(),
                        reservation.repairOrderId());
                LocalDate expectedOn = arrival.map(Arrivals.ExpectedArrival::expectedOn).orElse(null);
                BackorderReason reason = BackorderReason.effective(line.reason(),
                        arrival.map(a -> a.specialOrderForRepairOrderId() != null).orElse(false), expectedOn, today);
                Part part = catalogue.get(line.partNumber());
                String name = part == null ? line.name() : part.name();
                open.add(new BackorderView(reservation.id(), reservation.repairOrderId(), reservation.repairOrderNumber(),
                        reservation.appointmentId(), line.partNumber(), name, line.backordered(), reason,
                        book.render(reason, line.partNumber(), name, line.backordered(), expectedOn), expectedOn,
                        reservation.promisedAt(), line.backorderedAt()));
            }
        }
        open.sort(Comparator.comparing(BackorderView::promisedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(BackorderView::backorderedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(BackorderView::partNumber));
        return Paged.of(open, paging.pageOrFirst(), paging.sizeOrDefault());
    }

    /** Hands reserved parts to a job of the repair order (from the picking list); billing charges them (S11.1). */
    @PostMapping("/{id}/issues")
    ResponseEntity<ReservationView> issue(DealerId dealer, @PathVariable String id,
                                          @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                          @Valid @RequestBody IssueRequest request) {
        PartReservation reservation = reserving.issue(dealer.value(), id, ifMatch, request.partNumber(), request.quantity(),
                request.jobId(), request.issuedBy());
        return Versions.ok(reservation.version(), ReservationView.of(reservation));
    }

    /** Unused parts come back from the workshop into stock. */
    @PostMapping("/{id}/returns")
    ResponseEntity<ReservationView> takeBack(DealerId dealer, @PathVariable String id,
                                             @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                             @Valid @RequestBody ReturnRequest request) {
        PartReservation reservation = reserving.takeBack(dealer.value(), id, ifMatch, request.partNumber(),
                request.quantity(), request.returnedBy());
        return Versions.ok(reservation.version(), ReservationView.of(reservation));
    }

    private Map<String, Part> catalogue(DealerId dealer, List<String> partNumbers) {
        if (partNumbers.isEmpty()) {
            return Map.of();
        }
        return parts.findByDealerIdAndPartNumberIn(dealer.value(), partNumbers.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(Part::partNumber, Function.identity()));
    }
}
