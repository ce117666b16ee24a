package com.aftersales.workshop.job;

import com.aftersales.contracts.Money;
import com.aftersales.contracts.workshop.WorkshopEvents.ProposedLine;
import com.aftersales.platform.web.DealerId;
import com.aftersales.platform.web.PageParams;
import com.aftersales.platform.web.Paged;
import com.aftersales.platform.web.Versions;
import com.aftersales.workshop.dispatch.DispatchBoard;
import com.aftersales.workshop.workorder.Job;
import com.aftersales.workshop.workorder.JobStatus;
import com.aftersales.workshop.workorder.RepairChecklist;
import com.aftersales.workshop.workorder.WorkOrder;
import com.aftersales.workshop.workorder.WorkOrders;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Jobs (steps 7 and 8): the dispatch board and dispatch (S7.2, S7.3), the job clock, the repair checklist
 * (S8.1, S8.3, S8.4), findings, requests for additional work (S8.2) and reports to the front desk (S7.4).
 * Mutations accept {@code If-Match} with the version of the RO's work order (the job's ETag).
 */
@RestController
@RequestMapping("/api/jobs")
class JobController {

    private final WorkOrders workOrders;
    private final DispatchBoard board;
    private final Clock clock;

    JobController(WorkOrders workOrders, DispatchBoard board, Clock clock) {
        this.workOrders = workOrders;
        this.board = board;
        this.clock = clock;
    }

    static final String ID = "[A-Za-z0-9_-]{1,40}";
    static final String ID_MESSAGE = "must be 1-40 letters, digits, - or _";

    record DispatchRequest(@Pattern(regexp = ID, message = ID_MESSAGE) String technicianId,
                           @Pattern(regexp = ID, message = ID_MESSAGE) String bayId,
                           @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters")
                           String dispatchedBy) {
    }

    record TechnicianRequest(@NotBlank(message = "is required") @Size(max = 40, message = "must be at most 40 characters")
                             String technicianId) {
    }

    record PauseRequest(@NotBlank(message = "is required") @Size(max = 40, message = "must be at most 40 characters")
                        String technicianId,
                        @NotBlank(message = "is required") @Size(max = 500, message = "must be at most 500 characters")
                        String reason) {
    }

    record ChecklistRequest(@NotNull(message = "is required") Boolean coversOn,
                            @NotNull(message = "is required") Boolean areaCleaned,
                            @NotNull(message = "is required") Boolean settingsRestored,
                            @NotNull(message = "is required") Boolean hingesLubricated,
                            RepairChecklist.OldParts oldParts) {
        RepairChecklist checklist() {
            return new RepairChecklist(coversOn, areaCleaned, settingsRestored, hingesLubricated, oldParts);
        }
    }

    record FindingRequest(@NotBlank(message = "is required") @Size(max = 2000, message = "must be at most 2000 characters")
                          String text,
                          @NotBlank(message = "is required") @Size(max = 40, message = "must be at most 40 characters")
                          String technicianId) {
    }

    record LineRequest(@NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters")
                       String description,
                       @Size(max = 40, message = "must be at most 40 characters") String labourOperationCode,
                       @DecimalMin(value = "0.1", message = "must be at least 0.1")
                       @DecimalMax(value = "100", message = "must be at most 100") BigDecimal standardHours,
                       @Size(max = 40, message = "must be at most 40 characters") String partNumber,
                       @NotNull(message = "is required") @Min(value = 0, message = "must be 0 or more")
                       @Max(value = 1000, message = "must be at most 1000") Integer quantity) {
    }

    record MoneyRequest(@NotNull(message = "is required") @Min(value = 0, message = "must be 0 or more") Long amount,
                        @NotNull(message = "is required") @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO-4217 code")
                        String currency) {
    }

    record AdditionalWorkRequest(
            @NotBlank(message = "is required") @Size(max = 40, message = "must be at most 40 characters") String technicianId,
            @NotBlank(message = "is required") @Size(max = 1000, message = "must be at most 1000 characters") String reason,
            @NotEmpty(message = "is required") @Size(max = 50, message = "at most 50 lines")
            List<@NotNull(message = "is required") @Valid LineRequest> lines,
            @NotNull(message = "is required") @Valid MoneyRequest estimatedExtraCost,
            @NotNull(message = "is required") @Min(value = 0, message = "must be 0 or more")
            @Max(value = 10_000, message = "must be at most 10000") Integer estimatedExtraMinutes) {
    }

    record FrontDeskReportRequest(
            @NotBlank(message = "is required") @Size(max = 40, message = "must be at most 40 characters") String technicianId,
            @NotBlank(message = "is required") @Size(max = 1000, message = "must be at most 1000 characters") String message) {
    }

    record AdditionalWorkAnswer(String requestId, JobView job) {
    }

    @GetMapping
    Paged<JobView> list(DealerId dealer, @RequestParam(required = false) String repairOrderId,
                        @RequestParam(required = false) JobStatus status, @Valid PageParams paging) {
        List<JobView> jobs = new ArrayList<>();
        for (WorkOrder order : workOrders.all(dealer.value(), repairOrderId)) {
            for (Job job : order.jobs()) {
                if (status == null || job.status() == status) {
                    jobs.add(JobView.of(order, job, clock.instant()));
                }
            }
        }
        return Paged.of(jobs, paging.pageOrFirst(), paging.sizeOrDefault());
    }

    @GetMapping("/dispatch-board")
    DispatchBoard.Board dispatchBoard(DealerId dealer) {
        return board.board(dealer.value());
    }

    @GetMapping("/{id}")
    ResponseEntity<JobView> get(DealerId dealer, @PathVariable String id) {
        WorkOrder order = workOrders.byJob(dealer.value(), id);
        return Versions.ok(order.version(), JobView.of(order, order.job(id), clock.instant()));
    }

    /** S7.2, S7.3: no ids accept the proposal; other ids override it, and must fit the job. */
    @PostMapping("/{id}/dispatch")
    ResponseEntity<JobView> dispatch(DealerId dealer, @PathVariable String id, @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                     @Valid @RequestBody DispatchRequest request) {
        return change(dealer, id, ifMatch, order -> {
            DispatchBoard.Decision decision = board.decide(dealer.value(), order, id, request.technicianId(), request.bayId());
            order.dispatch(id, decision.technicianId(), decision.bayId(), decision.overridden(), request.dispatchedBy(),
                    clock.instant());
        });
    }

    @PostMapping("/{id}/clock-on")
    ResponseEntity<JobView> clockOn(DealerId dealer, @PathVariable String id, @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                    @Valid @RequestBody TechnicianRequest request) {
        return change(dealer, id, ifMatch, order -> order.clockOn(id, request.technicianId(), clock.instant()));
    }

    @PostMapping("/{id}/pause")
    ResponseEntity<JobView> pause(DealerId dealer, @PathVariable String id, @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                  @Valid @RequestBody PauseRequest request) {
        return change(dealer, id, ifMatch, order -> order.pause(id, request.technicianId(), request.reason(), clock.instant()));
    }

    /** The job is done; refused (422) while the repair checklist is not (S8.1, S8.3, S8.4). */
    @PostMapping("/{id}/completion")
    ResponseEntity<JobView> complete(DealerId dealer, @PathVariable String id, @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                     @Valid @RequestBody TechnicianRequest request) {
        return change(dealer, id, ifMatch, order -> order.complete(id, request.technicianId(), clock.instant()));
    }

    @PutMapping("/{id}/checklist")
    ResponseEntity<JobView> checklist(DealerId dealer, @PathVariable String id, @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                      @Valid @RequestBody ChecklistRequest request) {
        return change(dealer, id, ifMatch, order -> order.updateChecklist(id, request.checklist()));
    }

    @PostMapping("/{id}/findings")
    ResponseEntity<JobView> finding(DealerId dealer, @PathVariable String id, @Valid @RequestBody FindingRequest request) {
        ResponseEntity<JobView> answer = change(dealer, id, null,
                order -> order.addFinding(id, request.technicianId(), request.text(), clock.instant()));
        return ResponseEntity.status(HttpStatus.CREATED).headers(answer.getHeaders()).body(answer.getBody());
    }

    /** S8.2: goes to the advisor (AdditionalWorkRequested); the job and the others go on. */
    @PostMapping("/{id}/additional-work-requests")
    ResponseEntity<AdditionalWorkAnswer> additionalWork(DealerId dealer, @PathVariable String id,
                                                        @Valid @RequestBody AdditionalWorkRequest request) {
        String[] requestId = new String[1];
        List<ProposedLine> lines = request.lines().stream().map(line -> new ProposedLine(line.description(),
                line.labourOperationCode(), line.standardHours(), line.partNumber(), line.quantity())).toList();
        Money cost = new Money(request.estimatedExtraCost().amount(), request.estimatedExtraCost().currency());
        ResponseEntity<JobView> answer = change(dealer, id, null, order -> requestId[0] = order.requestAdditionalWork(id,
                request.technicianId(), request.reason(), lines, cost, request.estimatedExtraMinutes(), clock.instant()));
        return ResponseEntity.status(HttpStatus.CREATED).headers(answer.getHeaders())
                .body(new AdditionalWorkAnswer(requestId[0], answer.getBody()));
    }

    /** S7.4: a change reported to the front desk (FrontDeskNotified). */
    @PostMapping("/{id}/front-desk-reports")
    ResponseEntity<JobView> frontDeskReport(DealerId dealer, @PathVariable String id,
                                            @Valid @RequestBody FrontDeskReportRequest request) {
        ResponseEntity<JobView> answer = change(dealer, id, null,
                order -> order.reportToFrontDesk(id, request.technicianId(), request.message(), clock.instant()));
        return ResponseEntity.status(HttpStatus.CREATED).headers(answer.getHeaders()).body(answer.getBody());
    }

    private ResponseEntity<JobView> change(DealerId dealer, String id, String ifMatch, Consumer<WorkOrder> change) {
        WorkOrder saved = workOrders.update(() -> workOrders.byJob(dealer.value(), id), ifMatch, change);
        return Versions.ok(saved.version(), JobView.of(saved, saved.job(id), clock.instant()));
    }
}
