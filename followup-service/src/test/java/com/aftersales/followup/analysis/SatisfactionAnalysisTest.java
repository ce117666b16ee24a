package com.aftersales.followup.analysis;

import com.aftersales.followup.complaint.Complaint;
import com.aftersales.followup.figures.ReportingPeriod;
import com.aftersales.followup.followup.FollowUp;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** S13.2: opinions and suggestions counted and analysed. */
class SatisfactionAnalysisTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final ReportingPeriod PERIOD = new ReportingPeriod(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 13));

    static FollowUp surveyed(String ro, int overall, boolean satisfied, String suggestions, Instant at) {
        FollowUp followUp = FollowUp.schedule("dealer-1", new FollowUp.Delivery(ro, "inv", "cust", "veh", "adv",
                at.minusSeconds(3 * 86_400)), 3, ZONE, at);
        followUp.takeSurvey(Map.of("reception", 4, "repairQuality", overall, "timeliness", 3, "price", 2, "cleanliness", 5,
                "overall", overall), "comment " + ro, suggestions, satisfied, "agent-1", at);
        return followUp;
    }

    static Complaint complaint(Complaint.Category category, Instant at) {
        return Complaint.open("c-" + at, "dealer-1", new Complaint.Subject("ro", "fu", "cust", "veh"), category, "d",
                "mgr", "plan", at);
    }

    @Test
    @DisplayName("S13.2: satisfaction per week (Monday first, dealer's zone), average per aspect, complaints per category, suggestions")
    void analysis() {
        List<FollowUp> surveys = List.of(
                surveyed("ro-1", 5, true, "Open on Sundays", Instant.parse("2026-12-01T02:00:00Z")),
                surveyed("ro-2", 3, false, null, Instant.parse("2026-12-02T02:00:00Z")),
                // Monday 7 December 01:00 in Shanghai (still Sunday in UTC): the second week
                surveyed("ro-3", 4, true, "  ", Instant.parse("2026-12-06T17:00:00Z")),
                surveyed("ro-4", 1, false, "never", Instant.parse("2026-12-20T02:00:00Z")));
        List<Complaint> complaints = List.of(
                complaint(Complaint.Category.PRICE, Instant.parse("2026-12-01T02:00:00Z")),
                complaint(Complaint.Category.PRICE, Instant.parse("2026-12-03T02:00:00Z")),
                complaint(Complaint.Category.WAITING_TIME, Instant.parse("2026-12-03T02:00:00Z")));

        SatisfactionAnalysis.Analysis analysis = SatisfactionAnalysis.of(PERIOD, surveys, complaints, ZONE);

        assertThat(analysis.surveys()).isEqualTo(3);
        assertThat(analysis.averageOverall()).isEqualTo(4.0);
        assertThat(analysis.satisfiedShare()).isEqualTo(0.67);
        assertThat(analysis.weeks()).containsExactly(
                new SatisfactionAnalysis.Week(LocalDate.of(2026, 11, 30), 2, 4.0, 0.5),
                new SatisfactionAnalysis.Week(LocalDate.of(2026, 12, 7), 1, 4.0, 1.0));
        assertThat(analysis.averagePerAspect()).containsEntry("repairQuality", 4.0).containsEntry("price", 2.0)
                .containsOnlyKeys(FollowUp.ASPECTS);
        assertThat(analysis.complaintsPerCategory()).contains(entry("PRICE", 2), entry("WAITING_TIME", 1),
                entry("REPAIR_QUALITY", 0));
        assertThat(analysis.complaintsStillOpen()).isEqualTo(3);
        assertThat(analysis.suggestions()).extracting(SatisfactionAnalysis.Remark::text).containsExactly("Open on Sundays");
        assertThat(analysis.comments()).hasSize(3);
    }
}
