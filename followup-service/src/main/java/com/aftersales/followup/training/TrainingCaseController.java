package com.aftersales.followup.training;

import com.aftersales.followup.complaint.Complaint;
import com.aftersales.followup.complaint.Complaints;
import com.aftersales.platform.consumer.InsertOnce;
import com.aftersales.platform.domain.AlreadyExistsException;
import com.aftersales.platform.domain.NotFoundException;
import com.aftersales.platform.web.DealerId;
import com.aftersales.platform.web.PageParams;
import com.aftersales.platform.web.Paged;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.util.List;

/** S13.3: complaints handled well become training cases for the front desk. */
@RestController
class TrainingCaseController {

    private final Complaints complaints;
    private final InsertOnce insertOnce;
    private final MongoTemplate mongo;
    private final Clock clock;

    TrainingCaseController(Complaints complaints, InsertOnce insertOnce, MongoTemplate mongo, Clock clock) {
        this.complaints = complaints;
        this.insertOnce = insertOnce;
        this.mongo = mongo;
        this.clock = clock;
    }

    record TrainingCaseRequest(@NotBlank(message = "is required") @Size(max = 2000, message = "must be at most 2000 characters") String summary,
                               @NotBlank(message = "is required") @Size(max = 4000, message = "must be at most 4000 characters") String lessons,
                               @NotBlank(message = "is required") String approvedBy) {
    }

    /**
     * S13.3: only a resolved complaint (the customer satisfied) becomes a training case (else 409), and once
     * (a second one is 409 naming the first).
     */
    @PostMapping("/api/complaints/{id}/training-case")
    ResponseEntity<TrainingCase> create(DealerId dealer, @PathVariable String id, @Valid @RequestBody TrainingCaseRequest request) {
        Complaint complaint = complaints.load(dealer.value(), id);
        complaint.checkCanBecomeTrainingCase();
        String caseId = TrainingCase.idFor(dealer.value(), complaint.id());
        TrainingCase trainingCase = new TrainingCase(caseId, dealer.value(), complaint.id(), complaint.repairOrderId(),
                complaint.category().name(), complaint.description(), complaint.plan(), complaint.contacts().size(),
                complaint.openedAt(), complaint.resolvedAt(), request.summary(), request.lessons(), request.approvedBy(),
                clock.instant());
        if (!insertOnce.insert(trainingCase)) {
            throw new AlreadyExistsException("complaintId", caseId, "complaint " + id + " is a training case already");
        }
        complaint.becameTrainingCase(caseId);
        complaints.save(complaint);
        return ResponseEntity.created(URI.create("/api/training-cases/" + caseId)).body(trainingCase);
    }

    /** The dealer's training cases, newest first, optionally of one complaint category. */
    @GetMapping("/api/training-cases")
    Paged<TrainingCase> list(DealerId dealer, @RequestParam(required = false) Complaint.Category category,
                             @Valid PageParams paging) {
        Criteria criteria = Criteria.where("dealerId").is(dealer.value());
        if (category != null) {
            criteria = criteria.and("category").is(category.name());
        }
        Query query = new Query(criteria);
        long total = mongo.count(query, TrainingCase.class);
        query.with(paging.toRequest(Sort.by(Sort.Direction.DESC, "createdAt")));
        List<TrainingCase> items = mongo.find(query, TrainingCase.class);
        return new Paged<>(items, paging.pageOrFirst(), paging.sizeOrDefault(), total);
    }

    @GetMapping("/api/training-cases/{id}")
    TrainingCase get(DealerId dealer, @PathVariable String id) {
        TrainingCase found = mongo.findById(id, TrainingCase.class);
        if (found == null || !found.dealerId().equals(dealer.value())) {
            throw new NotFoundException("training case", id);
        }
        return found;
    }
}
