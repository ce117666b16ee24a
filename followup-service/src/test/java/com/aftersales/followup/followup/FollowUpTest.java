package com.aftersales.followup.followup;

import com.aftersales.contracts.followup.FollowupEvents.FollowUpCompleted;
import com.aftersales.contracts.followup.FollowupEvents.FollowUpScheduled;
import com.aftersales.platform.domain.IllegalTransitionException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.groups.Tuple.tuple;

/** Step 13: the follow-up call due after delivery, the call attempts, the survey (S13.2). */
class FollowUpTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** 01:30 on 28 November in Shanghai, still 27 November in UTC. */
    static final Instant DELIVERED = Instant.parse("2026-11-27T17:30:00Z");
    static final Instant NOW = Instant.parse("2026-11-27T18:00:00Z");
    static final Map<String, Integer> GOOD = Map.of("reception", 5, "repairQuality", 4, "timeliness", 4, "price", 3,
            "cleanliness", 5, "overall", 4);

    static FollowUp scheduled(int days) {
        return FollowUp.schedule("dealer-1", new FollowUp.Delivery("ro-1", "inv-1", "cust-1", "veh-1", "adv-1", DELIVERED),
                days, SHANGHAI, NOW);
    }

    @Test
    @DisplayName("Step 13: the call is due N days after the day of delivery, the day taken in the dealer's zone")
    void dueNDaysAfterDeliveryInTheDealersZone() {
        FollowUp followUp = scheduled(3);

        assertThat(followUp.deliveredOn()).isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(followUp.dueOn()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(scheduled(7).dueOn()).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(followUp.status()).isEqualTo(FollowUp.Status.OPEN);
        assertThat(followUp.customerId()).isEqualTo("cust-1");
    }

    @Test
    @DisplayName("Step 13: scheduling raises FollowUpScheduled, keyed by the RO")
    void schedulingRaisesFollowUpScheduled() {
        FollowUp followUp = scheduled(3);

        assertThat(followUp.raisedEvents()).singleElement().isInstanceOfSatisfying(FollowUpScheduled.class, e -> {
            assertThat(e.repairOrderId()).isEqualTo("ro-1");
            assertThat(e.aggregateKey()).isEqualTo("ro-1");
            assertThat(e.followUpId()).isEqualTo(followUp.id());
            assertThat(e.dueOn()).isEqualTo(LocalDate.of(2026, 12, 1));
        });
    }

    @Test
    @DisplayName("Step 13: one follow-up per RO: its id comes from the dealer and the RO")
    void oneFollowUpPerRepairOrder() {
        assertThat(FollowUp.idFor("dealer-1", "ro-1")).isEqualTo(scheduled(3).id()).isEqualTo(scheduled(5).id());
        assertThat(FollowUp.idFor("dealer-2", "ro-1")).isNotEqualTo(scheduled(3).id());
    }

    @Test
    @DisplayName("Step 13: it is in the queue from its due day on, while open")
    void inTheQueueFromItsDueDayWhileOpen() {
        FollowUp followUp = scheduled(3);

        assertThat(followUp.isDueBy(LocalDate.of(2026, 11, 30))).isFalse();
        assertThat(followUp.isDueBy(LocalDate.of(2026, 12, 1))).isTrue();
        assertThat(followUp.isDueBy(LocalDate.of(2026, 12, 9))).isTrue();
        followUp.takeSurvey(GOOD, null, null, true, "agent-1", NOW);
        assertThat(followUp.isDueBy(LocalDate.of(2026, 12, 9))).isFalse();
    }

    @Test
    @DisplayName("Step 13: call attempts are numbered with their outcome and keep the follow-up open")
    void attemptsAreRecorded() {
        FollowUp followUp = scheduled(3);

        followUp.recordAttempt("agent-1", FollowUp.Outcome.NO_ANSWER, null, NOW);
        followUp.recordAttempt("agent-2", FollowUp.Outcome.CALL_BACK, "after 18:00", NOW.plusSeconds(3600));

        assertThat(followUp.attempts()).extracting(FollowUp.Attempt::number, FollowUp.Attempt::outcome)
                .containsExactly(tuple(1, FollowUp.Outcome.NO_ANSWER),
                        tuple(2, FollowUp.Outcome.CALL_BACK));
        assertThat(followUp.status()).isEqualTo(FollowUp.Status.OPEN);
    }

    @Test
    @DisplayName("S13.2: the survey records scores per aspect, comments and suggestions, completes it and raises FollowUpCompleted")
    void theSurveyCompletesTheFollowUp() {
        FollowUp followUp = scheduled(3);

        followUp.takeSurvey(GOOD, "Friendly", "Open on Sundays", true, "agent-1", NOW);

        assertThat(followUp.status()).isEqualTo(FollowUp.Status.COMPLETED);
        assertThat(followUp.survey().scores()).containsExactly(entry("reception", 5), entry("repairQuality", 4),
                entry("timeliness", 4), entry("price", 3), entry("cleanliness", 5), entry("overall", 4));
        assertThat(followUp.survey().suggestions()).isEqualTo("Open on Sundays");
        assertThat(followUp.attempts()).last().extracting(FollowUp.Attempt::outcome).isEqualTo(FollowUp.Outcome.REACHED);
        assertThat(followUp.raisedEvents()).last().isInstanceOfSatisfying(FollowUpCompleted.class, e -> {
            assertThat(e.satisfied()).isTrue();
            assertThat(e.scores()).containsEntry("overall", 4);
            assertThat(e.agentId()).isEqualTo("agent-1");
        });
    }

    @Test
    @DisplayName("S13.2: the survey is taken once; a second one, or another attempt, is refused as COMPLETED")
    void theSurveyIsTakenOnce() {
        FollowUp followUp = scheduled(3);
        followUp.takeSurvey(GOOD, null, null, false, "agent-1", NOW);

        assertThatThrownBy(() -> followUp.takeSurvey(GOOD, null, null, true, "agent-1", NOW))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> assertThat(e.currentState()).isEqualTo("COMPLETED"));
        assertThatThrownBy(() -> followUp.recordAttempt("agent-1", FollowUp.Outcome.REACHED, null, NOW))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(followUp.raisedEvents()).filteredOn(FollowUpCompleted.class::isInstance).hasSize(1);
    }
}
