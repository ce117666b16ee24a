package com.aftersales.followup.followup;

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

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Step 13 at the call-center: the queue of follow-up calls due, each call attempt and its outcome, and the
 * survey once the customer is reached (S13.2).
 */
@RestController
@RequestMapping("/api/follow-ups")
class FollowUpController {

    private final FollowUps followUps;
    private final MongoTemplate mongo;
    private final Clock clock;

    FollowUpController(FollowUps followUps, MongoTemplate mongo, Clock clock) {
        this.followUps = followUps;
        this.mongo = mongo;
        this.clock = clock;
    }

    record AttemptRequest(@NotBlank(message = "is required") String agentId,
                          @NotNull(message = "is required") FollowUp.Outcome outcome,
                          @Size(max = 1000, message = "must be at most 1000 characters") String note) {
    }

    record ScoresRequest(@NotNull(message = "is required") @Min(value = 1, message = "must be 1 to 5") @Max(value = 5, message = "must be 1 to 5") Integer reception,
                         @NotNull(message = "is required") @Min(value = 1, message = "must be 1 to 5") @Max(value = 5, message = "must be 1 to 5") Integer repairQuality,
                         @NotNull(message = "is required") @Min(value = 1, message = "must be 1 to 5") @Max(value = 5, message = "must be 1 to 5") Integer timeliness,
                         @NotNull(message = "is required") @Min(value = 1, message = "must be 1 to 5") @Max(value = 5, message = "must be 1 to 5") Integer price,
                         @NotNull(message = "is required") @Min(value = 1, message = "must be 1 to 5") @Max(value = 5, message = "must be 1 to 5") Integer cleanliness,
                         @NotNull(message = "is required") @Min(value = 1, message = "must be 1 to 5") @Max(value = 5, message = "must be 1 to 5") Integer overall) {

        Map<String, Integer> toMap() {
            Map<String, Integer> scores = new LinkedHashMap<>();
            scores.put("reception", reception);
            scores.put("repairQuality", repairQuality);
            scores.put("timeliness", timeliness);
            scores.put("price", price);
            scores.put("cleanliness", cleanliness);
            scores.put("overall", overall);
            return scores;
        }
    }

    record SurveyRequest(@NotBlank(message = "is required") String agentId,
                         @NotNull(message = "is required") @Valid ScoresRequest scores,
                         @Size(max = 2000, message = "must be at most 2000 characters") String comments,
                         @Size(max = 2000, message = "must be at most 2000 characters") String suggestions,
                         @NotNull(message = "is required") Boolean satisfied) {
    }

    /**
     * The call-center queue: open follow-ups due by a day (default today, in the dealer's zone), oldest due
     * first; or, with {@code repairOrderId}, the follow-up of that RO whatever its state.
     */
    @GetMapping
    Paged<FollowUpView> list(DealerId dealer,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBy,
                             @RequestParam(required = false) FollowUp.Status status,
                             @RequestParam(required = false) String repairOrderId,
                             @Valid PageParams paging) {
        Criteria criteria = Criteria.where("dealerId").is(dealer.value());
        if (repairOrderId != null && !repairOrderId.isBlank()) {
            criteria = criteria.and("repairOrderId").is(repairOrderId);
            if (status != null) {
                criteria = criteria.and("status").is(status);
            }
            if (dueBy != null) {
                criteria = criteria.and("dueOn").lte(dueBy);
            }
        } else {
            criteria = criteria.and("status").is(status == null ? FollowUp.Status.OPEN : status)
                    .and("dueOn").lte(dueBy == null ? LocalDate.now(clock) : dueBy);
        }
        Query query = new Query(criteria);
        long total = mongo.count(query, FollowUp.class);
        query.with(paging.toRequest(Sort.by("dueOn", "deliveredAt")));
        List<FollowUpView> items = mongo.find(query, FollowUp.class).stream().map(FollowUpView::of).toList();
        return new Paged<>(items, paging.pageOrFirst(), paging.sizeOrDefault(), total);
    }

    @GetMapping("/{id}")
    ResponseEntity<FollowUpView> get(DealerId dealer, @PathVariable String id) {
        return answer(followUps.load(dealer.value(), id));
    }

    /** One call of the call-center and its outcome; the follow-up stays in the queue until the survey. */
    @PostMapping("/{id}/attempts")
    ResponseEntity<FollowUpView> attempt(DealerId dealer, @PathVariable String id,
                                         @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                         @Valid @RequestBody AttemptRequest request) {
        return answer(followUps.update(dealer.value(), id, ifMatch, followUp ->
                followUp.recordAttempt(request.agentId(), request.outcome(), request.note(), clock.instant())));
    }

    /** S13.2: the customer's scores, comments and suggestions; once (a second survey is a 409). */
    @PostMapping("/{id}/survey")
    ResponseEntity<FollowUpView> survey(DealerId dealer, @PathVariable String id,
                                        @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                        @Valid @RequestBody SurveyRequest request) {
        return answer(followUps.update(dealer.value(), id, ifMatch, followUp ->
                followUp.takeSurvey(request.scores().toMap(), request.comments(), request.suggestions(),
                        request.satisfied(), request.agentId(), clock.instant())));
    }

    private static ResponseEntity<FollowUpView> answer(FollowUp followUp) {
        return Versions.ok(followUp.version(), FollowUpView.of(followUp));
    }
}
