package com.aftersales.followup.followup;

import com.aftersales.contracts.followup.FollowupEvents.FollowUpCompleted;
import com.aftersales.contracts.followup.FollowupEvents.FollowUpScheduled;
import com.aftersales.platform.domain.IllegalTransitionException;
import com.aftersales.platform.outbox.AggregateRoot;
import org.springframework.data.mongodb.core.mapping.Document;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The follow-up of one delivered repair order (step 13): the call due some days after delivery, the
 * call-center's attempts to reach the customer, and the survey once the customer is reached. Its purpose is
 * to confirm the repair result and collect the customer's opinion; a dissatisfied customer's complaint is a
 * {@code Complaint} of its own (S13.1, G7).
 */
@Document("follow_ups")
public class FollowUp extends AggregateRoot {

    /** OPEN: in the call-center queue from its due day on. COMPLETED: the survey was taken. */
    public enum Status { OPEN, COMPLETED }

    public enum Outcome { NO_ANSWER, CALL_BACK, REACHED }

    /** The aspects a customer scores, each 1-5; {@code overall} is the one satisfaction is measured by. */
    public static final List<String> ASPECTS = List.of("reception", "repairQuality", "timeliness", "price", "cleanliness",
            "overall");

    private static final String AGGREGATE = "follow-up";

    /** What the delivery told us: the RO, its customer and vehicle (ids only, no contact data), when. */
    public record Delivery(String repairOrderId, String invoiceId, String customerId, String vehicleId, String advisorId,
                           Instant deliveredAt) {
    }

    /** One call of the call-center. */
    public record Attempt(int number, String agentId, Outcome outcome, String note, Instant at) {
    }

    /** The customer's opinion: scores per aspect (1-5), free comments and suggestions (S13.2). */
    public record Survey(Map<String, Integer> scores, String comments, String suggestions, boolean satisfied,
                         String agentId, Instant completedAt) {
        public int overall() {
            return scores.get("overall");
        }
    }

    private String repairOrderId;
    private String invoiceId;
    private String customerId;
    private String vehicleId;
    private String advisorId;
    private Instant deliveredAt;
    private LocalDate deliveredOn;
    private int daysAfterDelivery;
    private LocalDate dueOn;
    private Status status;
    private Instant scheduledAt;
    private List<Attempt> attempts = new ArrayList<>();
    private Survey survey;

    protected FollowUp() {
    }

    /** One follow-up per delivered RO: the id comes from the dealer and the RO, so a redelivered delivery finds it. */
    public static String idFor(String dealerId, String repairOrderId) {
        return UUID.nameUUIDFromBytes(("follow-up-of-repair-order:" + dealerId + ":" + repairOrderId)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    /**
     * Step 13: the follow-up call is due {@code daysAfterDelivery} days after the day of delivery, that day
     * taken in the dealer's zone (a car delivered at 01:30 in Shanghai was delivered that day, not the day
     * before as in UTC).
     */
    public static FollowUp schedule(String dealerId, Delivery delivery, int daysAfterDelivery, ZoneId zone, Instant now) {
        if (daysAfterDelivery < 1) {
            throw new IllegalArgumentException("a follow-up is due at least one day after delivery");
        }
        FollowUp followUp = new FollowUp();
        followUp.id = idFor(dealerId, delivery.repairOrderId());
        followUp.dealerId = dealerId;
        followUp.repairOrderId = delivery.repairOrderId();
        followUp.invoiceId = delivery.invoiceId();
        followUp.customerId = delivery.customerId();
        followUp.vehicleId = delivery.vehicleId();
        followUp.advisorId = delivery.advisorId();
        followUp.deliveredAt = delivery.deliveredAt();
        followUp.deliveredOn = delivery.deliveredAt().atZone(zone).toLocalDate();
        followUp.daysAfterDelivery = daysAfterDelivery;
        followUp.dueOn = followUp.deliveredOn.plusDays(daysAfterDelivery);
        followUp.status = Status.OPEN;
        followUp.scheduledAt = now;
        followUp.raise(new FollowUpScheduled(followUp.repairOrderId, followUp.id, followUp.dueOn, now));
        return followUp;
    }

    /** A call of the call-center and how it went; the follow-up stays in the queue until the survey is taken. */
    public Attempt recordAttempt(String agentId, Outcome outcome, String note, Instant now) {
        requireOpen("record a call attempt");
        Attempt attempt = new Attempt(attempts.size() + 1, agentId, outcome, note, now);
        attempts.add(attempt);
        return attempt;
    }

    /**
     * The customer was reached and gave their opinion (S13.2): scores per aspect, comments, suggestions,
     * and whether they are satisfied. Taken once; the follow-up is then completed.
     */
    public void takeSurvey(Map<String, Integer> scores, String comments, String suggestions, boolean satisfied,
                           String agentId, Instant now) {
        requireOpen("take the survey");
        Map<String, Integer> ordered = new LinkedHashMap<>();
        for (String aspect : ASPECTS) {
            Integer score = scores.get(aspect);
            if (score == null || score < 1 || score > 5) {
                throw new IllegalArgumentException("score of " + aspect + " must be 1 to 5");
            }
            ordered.put(aspect, score);
        }
        if (attempts.isEmpty() || attempts.get(attempts.size() - 1).outcome() != Outcome.REACHED) {
            // the survey is itself the call that reached the customer
            attempts.add(new Attempt(attempts.size() + 1, agentId, Outcome.REACHED, "survey taken", now));
        }
        survey = new Survey(ordered, comments, suggestions, satisfied, agentId, now);
        status = Status.COMPLETED;
        raise(new FollowUpCompleted(repairOrderId, id, satisfied, ordered, agentId, now));
    }

    private void requireOpen(String action) {
        if (status != Status.OPEN) {
            throw new IllegalTransitionException(AGGREGATE, status, action + " (completed at " + survey.completedAt() + ")");
        }
    }

    /** In the call-center queue of {@code day}: open and due that day or earlier. */
    public boolean isDueBy(LocalDate day) {
        return status == Status.OPEN && !dueOn.isAfter(day);
    }

    public String repairOrderId() {
        return repairOrderId;
    }

    public String invoiceId() {
        return invoiceId;
    }

    public String customerId() {
        return customerId;
    }

    public String vehicleId() {
        return vehicleId;
    }

    public String advisorId() {
        return advisorId;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    public LocalDate deliveredOn() {
        return deliveredOn;
    }

    public int daysAfterDelivery() {
        return daysAfterDelivery;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public Status status() {
        return status;
    }

    public Instant scheduledAt() {
        return scheduledAt;
    }

    public List<Attempt> attempts() {
        return Collections.unmodifiableList(attempts);
    }

    public Survey survey() {
        return survey;
    }
}
