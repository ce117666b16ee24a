package com.aftersales.followup.analysis;

import com.aftersales.followup.support.Dealership;
import com.aftersales.followup.support.Events;
import com.aftersales.platform.test.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.TemporalAdjusters;

import static com.aftersales.followup.support.Dealership.complaintJson;
import static com.aftersales.followup.support.Dealership.newRepairOrder;
import static com.aftersales.followup.support.Dealership.surveyJson;
import static com.aftersales.followup.support.Dealership.today;
import static com.aftersales.platform.test.ProblemMatchers.invalid;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** S13.2 through HTTP: opinions and suggestions counted and analysed for a period. */
@ServiceTest
class AnalysisApiTest {

    @Autowired
    MockMvc http;

    final Events events = new Events();
    Dealership dealer;

    @BeforeEach
    void freshDealer() {
        dealer = Dealership.fresh(http);
    }

    String surveyed(int overall, boolean satisfied, String suggestions) throws Exception {
        String ro = newRepairOrder();
        String followUp = dealer.delivered(events, ro, Instant.now().minus(Duration.ofDays(3)));
        dealer.post("/api/follow-ups/{id}/survey", surveyJson(overall, satisfied, suggestions), followUp).andExpect(status().isOk());
        return ro;
    }

    @Test
    @DisplayName("S13.2: satisfaction per week, average per aspect, complaints per category and the customers' suggestions")
    void theAnalysis() throws Exception {
        surveyed(5, true, "Open on Sundays");
        String unhappy = surveyed(2, false, null);
        dealer.post("/api/complaints", complaintJson(unhappy, "WAITING_TIME")).andExpect(status().isCreated());

        dealer.get("/api/follow-ups/analysis?from={f}&to={t}", today().minusDays(6), today())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.surveys").value(2))
                .andExpect(jsonPath("$.averageOverall").value(3.5))
                .andExpect(jsonPath("$.satisfiedShare").value(0.5))
                .andExpect(jsonPath("$.weeks[-1].weekStart").value(today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString()))
                .andExpect(jsonPath("$.weeks[-1].surveys").value(2))
                .andExpect(jsonPath("$.averagePerAspect.repairQuality").value(3.5))
                .andExpect(jsonPath("$.averagePerAspect.price").value(3.0))
                .andExpect(jsonPath("$.complaints").value(1))
                .andExpect(jsonPath("$.complaintsPerCategory.WAITING_TIME").value(1))
                .andExpect(jsonPath("$.complaintsPerCategory.PRICE").value(0))
                .andExpect(jsonPath("$.complaintsStillOpen").value(1))
                .andExpect(jsonPath("$.suggestions.length()").value(1))
                .andExpect(jsonPath("$.suggestions[0].text").value("Open on Sundays"))
                .andExpect(jsonPath("$.comments.length()").value(2));
        dealer.get("/api/follow-ups/analysis").andExpect(jsonPath("$.surveys").value(2));
        dealer.get("/api/follow-ups/analysis?from={f}&to={t}", today().plusDays(1), today().plusDays(2))
                .andExpect(jsonPath("$.surveys").value(0))
                .andExpect(jsonPath("$.averageOverall").isEmpty());
        Dealership.fresh(http).get("/api/follow-ups/analysis").andExpect(jsonPath("$.surveys").value(0));
    }

    @Test
    @DisplayName("S13.2: a period the wrong way round, too long, or not a date is refused")
    void aBadPeriodIsRefused() throws Exception {
        dealer.get("/api/follow-ups/analysis?from={f}&to={t}", today(), today().minusDays(1)).andExpect(invalid("to"));
        dealer.get("/api/follow-ups/analysis?from={f}&to={t}", today().minusYears(2), today()).andExpect(invalid("to"));
        dealer.get("/api/follow-ups/analysis?from=last-week").andExpect(invalid("from"));
    }
}
