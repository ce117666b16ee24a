package com.aftersales.reception.repairorder;

import com.aftersales.contracts.appointment.AppointmentEvents.RequestedWork;
import com.aftersales.platform.domain.NotFoundException;
import com.aftersales.platform.web.DealerId;
import com.aftersales.platform.web.PageParams;
import com.aftersales.platform.web.Paged;
import com.aftersales.platform.web.Versions;
import com.fasterxml.jackson.annotation.JsonCreator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
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
import java.util.List;

/**
 * Repair orders at the desk (step 3): open one for a walk-in (an appointment's RO opens by itself on arrival,
 * S3.1), find it, greet the customer (S3.2), hand over to another advisor (S3.4), the check-in walkaround
 * (S8.3) and the promised time (G2).
 */
@RestController
@RequestMapping("/api/repair-orders")
class RepairOrderController {

    static final String VIN_RULE = "must be 17 characters: digits and capital letters except I, O and Q";

    private final RepairOrders repairOrders;
    private final MongoTemplate mongo;
    private final Clock clock;

    RepairOrderController(RepairOrders repairOrders, MongoTemplate mongo, Clock clock) {
        this.repairOrders = repairOrders;
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Work the customer asks for: an operation of the catalogue, or just its name (a plain string is taken as the name). */
    record RequestedWorkRequest(@Size(max = 40, message = "must be at most 40 characters") String labourOperationCode,
                                @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String name,
                                @DecimalMin(value = "0", message = "cannot be negative")
                                @DecimalMax(value = "100", message = "must be at most 100 h") BigDecimal standardHours) {

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        RequestedWorkRequest {
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static RequestedWorkRequest named(String name) {
            return new RequestedWorkRequest(null, name, null);
        }

        RequestedWork toWork() {
            return new RequestedWork(labourOperationCode, name, null, standardHours, List.of());
        }
    }

    record WalkInRequest(@NotBlank(message = "is required") String customerId,
                         @NotBlank(message = "is required") String vehicleId,
                         @NotBlank(message = "is required") @Pattern(regexp = "[A-HJ-NPR-Z0-9]{17}", message = VIN_RULE) String vin,
                         @NotBlank(message = "is required") @Size(max = 16, message = "must be at most 16 characters") String plate,
                         @NotBlank(message = "is required") String advisorId,
                         @Size(max = 30, message = "at most 30 items") List<@NotNull(message = "is required") @Valid RequestedWorkRequest> requestedWork,
                         @NotNull(message = "is required") Instant promisedAt,
                         Instant arrivedAt) {
    }

    record GreetingRequest(@NotBlank(message = "is required") String advisorId) {
    }

    record ReassignmentRequest(@NotBlank(message = "is required") String advisorId,
                               @NotBlank(message = "is required") @Size(max = 500, message = "must be at most 500 characters") String reason) {
    }

    record CheckInRequest(@NotNull(message = "is required") @Min(value = 0, message = "cannot be negative")
                          @Max(value = 3_000_000, message = "must be at most 3000000 km") Integer odometerKm,
                          @NotNull(message = "is required") @Min(value = 0, message = "must be 0 to 100")
                          @Max(value = 100, message = "must be 0 to 100") Integer fuelLevelPercent,
                          @Size(max = 50, message = "at most 50 items") List<@NotBlank(message = "must not be blank") @Size(max = 300, message = "must be at most 300 characters") String> existingDamage,
                          @Size(max = 50, message = "at most 50 items") List<@NotBlank(message = "must not be blank") @Size(max = 300, message = "must be at most 300 characters") String> valuables,
                          @Size(max = 50, message = "at most 50 items") List<@NotBlank(message = "must not be blank") @Size(max = 300, message = "must be at most 300 characters") String> settingsToRestore,
                          @NotBlank(message = "is required") String checkedInBy) {
    }

    record PromisedTimeRequest(@NotNull(message = "is required") Instant promisedAt,
                               @NotBlank(message = "is required") @Size(max = 500, message = "must be at most 500 characters") String reason,
                               @NotBlank(message = "is required") String revisedBy) {
    }

    /** A walk-in: the advisor opens the RO at the desk (an appointment's RO is opened on arrival). */
    @PostMapping
    ResponseEntity<RepairOrderView> openWalkIn(DealerId dealer, @Valid @RequestBody WalkInRequest request) {
        RepairOrder order = repairOrders.openWalkIn(dealer.value(), new RepairOrder.WalkIn(request.customerId(),
                request.vehicleId(), request.vin(), request.plate(), request.advisorId(),
                request.requestedWork() == null ? List.of() : request.requestedWork().stream().map(RequestedWorkRequest::toWork).toList(),
                request.promisedAt(), request.arrivedAt()));
        return ResponseEntity.created(URI.create("/api/repair-orders/" + order.id()))
                .eTag(Versions.etag(order.version())).body(RepairOrderView.of(order));
    }

    /** The ROs of the dealer, newest first; filtered by status and by the day they were opened. */
    @GetMapping
    Paged<RepairOrderView.Summary> list(DealerId dealer, @RequestParam(required = false) RepairOrder.Status status,
                                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                                        @Valid PageParams paging) {
        Criteria criteria = Criteria.where("dealerId").is(dealer.value());
        if (status != null) {
            criteria = criteria.and("status").is(status);
        }
        if (date != null) {
            criteria = criteria.and("openedOn").is(date);
        }
        Query query = new Query(criteria);
        long total = mongo.count(query, RepairOrder.class);
        query.with(paging.toRequest(Sort.by(Sort.Direction.DESC, "openedAt").and(Sort.by(Sort.Direction.DESC, "number"))));
        List<RepairOrderView.Summary> items = mongo.find(query, RepairOrder.class).stream().map(RepairOrderView.Summary::of).toList();
        return new Paged<>(items, paging.pageOrFirst(), paging.sizeOrDefault(), total);
    }

    @GetMapping("/{id}")
    ResponseEntity<RepairOrderView> get(DealerId dealer, @PathVariable String id) {
        RepairOrder order = repairOrders.load(dealer.value(), id);
        return Versions.ok(order.version(), RepairOrderView.of(order));
    }

    /** The RO opened from an appointment when the customer arrived (S3.1): it is made by an event, so found by the appointment. */
    @GetMapping("/by-appointment/{appointmentId}")
    ResponseEntity<RepairOrderView> byAppointment(DealerId dealer, @PathVariable String appointmentId) {
        RepairOrder order = repairOrders.byAppointment(dealer.value(), appointmentId)
                .orElseThrow(() -> new NotFoundException("repair order of appointment", appointmentId));
        return Versions.ok(order.version(), RepairOrderView.of(order));
    }

    /** S3.2: the greeting at the desk; the wait since arrival is measured. */
    @PostMapping("/{id}/greeting")
    ResponseEntity<RepairOrderView> greet(DealerId dealer, @PathVariable String id,
                                          @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                          @Valid @RequestBody GreetingRequest request) {
        return answer(repairOrders.update(dealer.value(), id, ifMatch, order -> order.greet(request.advisorId(), clock.instant())));
    }

    /** S3.4: one responsible advisor; a hand-over is recorded with its reason. */
    @PostMapping("/{id}/reassignment")
    ResponseEntity<RepairOrderView> reassign(DealerId dealer, @PathVariable String id,
                                             @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                             @Valid @RequestBody ReassignmentRequest request) {
        return answer(repairOrders.update(dealer.value(), id, ifMatch,
                order -> order.reassign(request.advisorId(), request.reason(), clock.instant())));
    }

    /** S8.3: the walkaround at check-in, so the vehicle can be given back as it came. */
    @PostMapping("/{id}/check-in")
    ResponseEntity<RepairOrderView> checkIn(DealerId dealer, @PathVariable String id,
                                            @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                            @Valid @RequestBody CheckInRequest request) {
        CheckIn walkaround = new CheckIn(request.odometerKm(), request.fuelLevelPercent(), request.existingDamage(),
                request.valuables(), request.settingsToRestore(), request.checkedInBy(), clock.instant());
        return answer(repairOrders.update(dealer.value(), id, ifMatch, order -> order.checkIn(walkaround)));
    }

    /** G2: the promised time, revised only with a record of who and why. */
    @PostMapping("/{id}/promised-time")
    ResponseEntity<RepairOrderView> revisePromise(DealerId dealer, @PathVariable String id,
                                                  @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                  @Valid @RequestBody PromisedTimeRequest request) {
        return answer(repairOrders.update(dealer.value(), id, ifMatch, order ->
                order.revisePromise(request.promisedAt(), request.reason(), request.revisedBy(), clock.instant())));
    }

    private static ResponseEntity<RepairOrderView> answer(RepairOrder order) {
        return Versions.ok(order.version(), RepairOrderView.of(order));
    }
}
