package com.aftersales.followup.complaint;

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
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * G7 and S13.1: a dissatisfied customer's complaint with an owner and a plan, the inspection or rework visit
 * booked at appointment-service, and the customer's answer, until they are satisfied.
 */
@RestController
@RequestMapping("/api/complaints")
class ComplaintController {

    private final Complaints complaints;
    private final ReworkAppointments reworkAppointments;
    private final MongoTemplate mongo;
    private final Clock clock;

    ComplaintController(Complaints complaints, ReworkAppointments reworkAppointments, MongoTemplate mongo, Clock clock) {
        this.complaints = complaints;
        this.reworkAppointments = reworkAppointments;
        this.mongo = mongo;
        this.clock = clock;
    }

    record OpenRequest(@NotBlank(message = "is required") String repairOrderId,
                       @NotNull(message = "is required") Complaint.Category category,
                       @NotBlank(message = "is required") @Size(max = 2000, message = "must be at most 2000 characters") String description,
                       @NotBlank(message = "is required") String ownerId,
                       @NotBlank(message = "is required") @Size(max = 2000, message = "must be at most 2000 characters") String plan) {
    }

    record ReworkRequest(@NotNull(message = "is required") LocalDate date,
                         @NotNull(message = "is required") LocalTime time,
                         @NotBlank(message = "is required") String advisorId,
                         @NotEmpty(message = "name at least one piece of work")
                         @Size(max = 30, message = "at most 30 items") List<@NotBlank(message = "is required") String> labourOperationCodes,
                         @NotNull(message = "is required") Complaint.VisitKind kind) {
    }

    record ResolutionRequest(@NotNull(message = "is required") Boolean customerSatisfied,
                             @NotBlank(message = "is required") @Size(max = 2000, message = "must be at most 2000 characters") String note,
                             @NotBlank(message = "is required") String recordedBy) {
    }

    /** G7: opened with an owner and a plan, about a delivered RO (else 422). */
    @PostMapping
    ResponseEntity<ComplaintView> open(DealerId dealer, @Valid @RequestBody OpenRequest request) {
        Complaint complaint = complaints.open(dealer.value(), request.repairOrderId(), request.category(),
                request.description(), request.ownerId(), request.plan());
        return ResponseEntity.created(URI.create("/api/complaints/" + complaint.id()))
                .eTag(Versions.etag(complaint.version())).body(ComplaintView.of(complaint));
    }

    /** The complaints of the dealer, newest first, by status (OPEN ones are those still being followed, G7). */
    @GetMapping
    Paged<ComplaintView> list(DealerId dealer, @RequestParam(required = false) Complaint.Status status,
                              @RequestParam(required = false) String repairOrderId, @Valid PageParams paging) {
        Criteria criteria = Criteria.where("dealerId").is(dealer.value());
        if (status != null) {
            criteria = criteria.and("status").is(status);
        }
        if (repairOrderId != null && !repairOrderId.isBlank()) {
            criteria = criteria.and("repairOrderId").is(repairOrderId);
        }
        Query query = new Query(criteria);
        long total = mongo.count(query, Complaint.class);
        query.with(paging.toRequest(Sort.by(Sort.Direction.DESC, "openedAt")));
        List<ComplaintView> items = mongo.find(query, Complaint.class).stream().map(ComplaintView::of).toList();
        return new Paged<>(items, paging.pageOrFirst(), paging.sizeOrDefault(), total);
    }

    @GetMapping("/{id}")
    ResponseEntity<ComplaintView> get(DealerId dealer, @PathVariable String id) {
        return answer(complaints.load(dealer.value(), id));
    }

    /**
     * S13.1: books the inspection or rework visit at appointment-service, then records it. Appointment-service
     * down: 503 and nothing changed; its refusal: 422 with its detail.
     */
    @PostMapping("/{id}/rework-appointment")
    ResponseEntity<ComplaintView> bookRework(DealerId dealer, @PathVariable String id,
                                             @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                             @Valid @RequestBody ReworkRequest request) {
        Complaint complaint = complaints.load(dealer.value(), id);
        Versions.requireMatch(ifMatch, complaint.version());
        complaint.checkCanBookVisit();
        String appointmentId = reworkAppointments.book(dealer.value(), complaint, request.kind(), request.date(),
                request.time(), request.advisorId(), request.labourOperationCodes());
        complaint.visitBooked(new Complaint.ReworkVisit(appointmentId, request.kind(), request.date(), request.time(),
                request.advisorId(), List.copyOf(request.labourOperationCodes()), clock.instant()));
        return answer(complaints.save(complaint));
    }

    /** G7: the customer's answer; resolved only when satisfied, otherwise it stays open with the contact recorded. */
    @PostMapping("/{id}/resolution")
    ResponseEntity<ComplaintView> resolution(DealerId dealer, @PathVariable String id,
                                             @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                             @Valid @RequestBody ResolutionRequest request) {
        return answer(complaints.update(dealer.value(), id, ifMatch, complaint ->
                complaint.recordOutcome(request.customerSatisfied(), request.note(), request.recordedBy(), clock.instant())));
    }

    private static ResponseEntity<ComplaintView> answer(Complaint complaint) {
        return Versions.ok(complaint.version(), ComplaintView.of(complaint));
    }
}
