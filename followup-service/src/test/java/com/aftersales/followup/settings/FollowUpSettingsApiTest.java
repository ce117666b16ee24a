package com.aftersales.followup.settings;

import com.aftersales.followup.support.Dealership;
import com.aftersales.followup.support.Events;
import com.aftersales.platform.test.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Instant;

import static com.aftersales.followup.support.Dealership.newRepairOrder;
import static com.aftersales.platform.test.ProblemMatchers.invalid;
import static com.aftersales.platform.test.ProblemMatchers.staleVersion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Step 13: how many days after delivery the follow-up call is due, per dealer (default 3). */
@ServiceTest
class FollowUpSettingsApiTest {

    @Autowired
    MockMvc http;

    final Events events = new Events();
    Dealership dealer;

    @BeforeEach
    void freshDealer() {
        dealer = Dealership.fresh(http);
    }

    @Test
    @DisplayName("Step 13: a dealer who set nothing calls three days after delivery; the setting is changed and read back")
    void defaultThreeDaysThenSet() throws Exception {
        dealer.get("/api/follow-up-settings")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.daysAfterDelivery").value(3))
                .andExpect(jsonPath("$.isDefault").value(true));

        dealer.put("/api/follow-up-settings", "{\"daysAfterDelivery\":5}")
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.daysAfterDelivery").value(5));
        dealer.get("/api/follow-up-settings")
                .andExpect(jsonPath("$.daysAfterDelivery").value(5))
                .andExpect(jsonPath("$.isDefault").value(false))
                .andExpect(jsonPath("$.version").value(0));
        Dealership.fresh(http).get("/api/follow-up-settings").andExpect(jsonPath("$.daysAfterDelivery").value(3));
    }

    @Test
    @DisplayName("Step 13: the dealer's setting decides the due day of the next deliveries")
    void theSettingDecidesTheDueDay() throws Exception {
        dealer.put("/api/follow-up-settings", "{\"daysAfterDelivery\":7}").andExpect(status().isOk());
        Instant deliveredAt = Instant.now();

        String followUp = dealer.delivered(events, newRepairOrder(), deliveredAt);

        dealer.get("/api/follow-ups/{id}", followUp)
                .andExpect(jsonPath("$.daysAfterDelivery").value(7))
                .andExpect(jsonPath("$.dueOn").value(deliveredAt.atZone(Dealership.ZONE).toLocalDate().plusDays(7).toString()));
    }

    @Test
    @DisplayName("Step 13: a bad setting is refused field by field and changes nothing; a stale If-Match is 409")
    void aBadSettingIsRefused() throws Exception {
        dealer.put("/api/follow-up-settings", "{\"daysAfterDelivery\":4}").andExpect(status().isOk());
        String before = dealer.snapshot("/api/follow-up-settings");

        dealer.put("/api/follow-up-settings", "{}").andExpect(invalid("daysAfterDelivery"));
        dealer.put("/api/follow-up-settings", "{\"daysAfterDelivery\":0}").andExpect(invalid("daysAfterDelivery"));
        dealer.put("/api/follow-up-settings", "{\"daysAfterDelivery\":61}").andExpect(invalid("daysAfterDelivery"));
        dealer.put("/api/follow-up-settings", "{\"daysAfterDelivery\":\"soon\"}").andExpect(invalid("daysAfterDelivery"));
        dealer.put("/api/follow-up-settings", "{\"daysAfterDelivery\":2.5}").andExpect(invalid("daysAfterDelivery"));
        dealer.put("/api/follow-up-settings", "{\"daysAfterDelivery\":5}").andExpect(status().isOk());
        dealer.perform(put("/api/follow-up-settings").header("If-Match", "\"0\"").contentType("application/json")
                .content("{\"daysAfterDelivery\":9}")).andExpect(staleVersion());

        assertThat(dealer.snapshot("/api/follow-up-settings")).isNotEqualTo(before).contains("\"daysAfterDelivery\":5");
    }
}
