package com.aftersales.followup.followup;

import com.aftersales.followup.support.Dealership;
import com.aftersales.followup.support.Events;
import com.aftersales.platform.test.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static com.aftersales.followup.support.Dealership.newRepairOrder;
import static com.aftersales.followup.support.Dealership.read;
import static com.aftersales.followup.support.Dealership.surveyJson;
import static com.aftersales.followup.support.Dealership.today;
import static com.aftersales.platform.test.ProblemMatchers.illegalTransition;
import static com.aftersales.platform.test.ProblemMatchers.invalid;
import static com.aftersales.platform.test.ProblemMatchers.notFound;
import static com.aftersales.platform.test.ProblemMatchers.staleVersion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Step 13 at the call-center through HTTP: the queue of calls due, attempts and outcomes, the survey (S13.2). */
@ServiceTest
class FollowUpApiTest {

    @Autowired
    MockMvc http;

    final Events events = new Events();
    Dealership dealer;
    String dueRo;
    String due;

    @BeforeEach
    void aDeliveryWhoseCallIsDue() throws Exception {
        dealer = Dealership.fresh(http);
        dueRo = newRepairOrder();
        due = dealer.delivered(events, dueRo, Instant.now().minus(Duration.ofDays(4)));
    }

    @Test
    @DisplayName("Step 13: the queue holds the open follow-ups due today or earlier, oldest first; later ones by dueBy")
    void theCallCenterQueue() throws Exception {
        String older = dealer.delivered(events, newRepairOrder(), Instant.now().minus(Duration.ofDays(6)));
        String notYet = dealer.delivered(events, newRepairOrder(), Instant.now());

        List<String> queue = read(dealer.get("/api/follow-ups"), "$.items[*].id");
        assertThat(queue).containsExactly(older, due);
        List<String> later = read(dealer.get("/api/follow-ups?dueBy={d}", today().plusDays(3)), "$.items[*].id");
        assertThat(later).containsExactly(older, due, notYet);
        dealer.get("/api/follow-ups?repairOrderId={ro}", dueRo).andExpect(jsonPath("$.items[0].id").value(due));
        Dealership.fresh(http).get("/api/follow-ups?dueBy={d}", today().plusDays(30)).andExpect(jsonPath("$.total").value(0));
    }

    @Test
    @DisplayName("Step 13: call attempts are recorded with their outcome; the follow-up stays in the queue")
    void attemptsAreRecorded() throws Exception {
        dealer.post("/api/follow-ups/{id}/attempts", "{\"agentId\":\"agent-1\",\"outcome\":\"NO_ANSWER\"}", due)
                .andExpect(status().isOk());
        dealer.post("/api/follow-ups/{id}/attempts", "{\"agentId\":\"agent-2\",\"outcome\":\"CALL_BACK\",\"note\":\"after 18:00\"}", due)
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\""))
                .andExpect(jsonPath("$.attempts[1].number").value(2))
                .andExpect(jsonPath("$.attempts[1].outcome").value("CALL_BACK"))
                .andExpect(jsonPath("$.attempts[1].note").value("after 18:00"))
                .andExpect(jsonPath("$.attempts[1].at").exists())
                .andExpect(jsonPath("$.status").value("OPEN"));
        dealer.get("/api/follow-ups").andExpect(jsonPath("$.items[0].attempts.length()").value(2));
    }

    @Test
    @DisplayName("S13.2: the survey records scores per aspect, comments and suggestions and completes the follow-up, once (409 after)")
    void theSurveyIsTakenOnce() throws Exception {
        dealer.post("/api/follow-ups/{id}/survey", surveyJson(4, true, "Open on Sundays"), due)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.survey.scores.overall").value(4))
                .andExpect(jsonPath("$.survey.scores.price").value(3))
                .andExpect(jsonPath("$.survey.suggestions").value("Open on Sundays"))
                .andExpect(jsonPath("$.survey.comments").value("Friendly staff"))
                .andExpect(jsonPath("$.survey.satisfied").value(true))
                .andExpect(jsonPath("$.attempts[0].outcome").value("REACHED"));
        String after = dealer.snapshot("/api/follow-ups/{id}", due);

        dealer.post("/api/follow-ups/{id}/survey", surveyJson(1, false, null), due).andExpect(illegalTransition("COMPLETED"));
        dealer.post("/api/follow-ups/{id}/attempts", "{\"agentId\":\"agent-1\",\"outcome\":\"REACHED\"}", due)
                .andExpect(illegalTransition("COMPLETED"));

        assertThat(dealer.snapshot("/api/follow-ups/{id}", due)).isEqualTo(after);
        dealer.get("/api/follow-ups").andExpect(jsonPath("$.total").value(0));
        dealer.get("/api/follow-ups?status=COMPLETED").andExpect(jsonPath("$.items[0].id").value(due));
    }

    @Test
    @DisplayName("Step 13: bad input is refused field by field and changes nothing")
    void badInputIsRefused() throws Exception {
        String before = dealer.snapshot("/api/follow-ups/{id}", due);

        dealer.post("/api/follow-ups/{id}/attempts", "{\"outcome\":\"NO_ANSWER\"}", due).andExpect(invalid("agentId"));
        dealer.post("/api/follow-ups/{id}/attempts", "{\"agentId\":\"a\",\"outcome\":\"HUNG_UP\"}", due).andExpect(invalid("outcome"));
        dealer.post("/api/follow-ups/{id}/survey", surveyJson(6, true, null), due).andExpect(invalid("scores.overall"));
        dealer.post("/api/follow-ups/{id}/survey", surveyJson(0, true, null), due).andExpect(invalid("scores.repairQuality"));
        dealer.post("/api/follow-ups/{id}/survey", surveyJson(4, true, null).replace("\"price\":3,", ""), due)
                .andExpect(invalid("scores.price"));
        dealer.post("/api/follow-ups/{id}/survey", "{\"agentId\":\"a\",\"satisfied\":true}", due).andExpect(invalid("scores"));
        dealer.post("/api/follow-ups/{id}/survey", surveyJson(4, true, null).replace(",\"satisfied\":true", ""), due)
                .andExpect(invalid("satisfied"));
        dealer.get("/api/follow-ups?dueBy=tomorrow").andExpect(invalid("dueBy"));
        dealer.get("/api/follow-ups?status=LOST").andExpect(invalid("status"));
        dealer.get("/api/follow-ups?size=0").andExpect(invalid("size"));
        dealer.perform(post("/api/follow-ups/{id}/attempts", due).header("If-Match", "\"7\"")
                .contentType("application/json").content("{\"agentId\":\"a\",\"outcome\":\"NO_ANSWER\"}")).andExpect(staleVersion());

        assertThat(dealer.snapshot("/api/follow-ups/{id}", due)).isEqualTo(before);
    }

    @Test
    @DisplayName("Step 13: an unknown follow-up, or another dealer's, is 404")
    void unknownIsNotFound() throws Exception {
        dealer.get("/api/follow-ups/{id}", "nope").andExpect(notFound("follow-up"));
        dealer.post("/api/follow-ups/{id}/attempts", "{\"agentId\":\"a\",\"outcome\":\"NO_ANSWER\"}", "nope")
                .andExpect(notFound("follow-up"));
        dealer.post("/api/follow-ups/{id}/survey", surveyJson(4, true, null), "nope").andExpect(notFound("follow-up"));
        Dealership.fresh(http).get("/api/follow-ups/{id}", due).andExpect(notFound("follow-up"));
    }
}
