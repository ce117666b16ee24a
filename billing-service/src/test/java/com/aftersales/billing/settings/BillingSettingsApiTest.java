package com.aftersales.billing.settings;

import com.aftersales.billing.support.Dealership;
import com.aftersales.platform.test.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static com.aftersales.platform.test.ProblemMatchers.domainRule;
import static com.aftersales.platform.test.ProblemMatchers.invalid;
import static com.aftersales.platform.test.ProblemMatchers.staleVersion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The dealer's billing settings (S11.1): tax rate (13 % by default), labour basis, labour rate. */
@ServiceTest
class BillingSettingsApiTest {

    static final String SETTINGS = "/api/billing-settings";

    @Autowired
    MockMvc http;

    Dealership dealer;

    @BeforeEach
    void freshDealer() {
        dealer = Dealership.fresh(http);
    }

    @Test
    @DisplayName("S11.1: a dealer who set nothing bills at 13 % tax on the flat rate")
    void defaults() throws Exception {
        dealer.get(SETTINGS)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.taxRatePercent").value(13))
                .andExpect(jsonPath("$.labourBasis").value("FLAT_RATE"))
                .andExpect(jsonPath("$.labourRatePerHour").isEmpty());
    }

    @Test
    @DisplayName("S11.1: the dealer sets tax rate, clocked basis and labour rate; they are read back with a version")
    void configure() throws Exception {
        dealer.put(SETTINGS, """
                {"taxRatePercent":6.5,"labourBasis":"CLOCKED","labourRatePerHour":{"amount":30000,"currency":"CNY"}}""")
                .andExpect(status().isOk())
                .andExpect(header().exists("ETag"));

        dealer.get(SETTINGS)
                .andExpect(jsonPath("$.taxRatePercent").value(6.5))
                .andExpect(jsonPath("$.labourBasis").value("CLOCKED"))
                .andExpect(jsonPath("$.labourRatePerHour.amount").value(30_000));
    }

    @Test
    @DisplayName("S11.1: bad settings are refused field by field (400), clocked without a rate is a 422; nothing changes")
    void badSettings() throws Exception {
        String before = dealer.snapshot(SETTINGS);

        dealer.put(SETTINGS, "{\"taxRatePercent\":150}").andExpect(invalid("taxRatePercent"));
        dealer.put(SETTINGS, "{\"labourBasis\":\"HOURLY\"}").andExpect(invalid("labourBasis"));
        dealer.put(SETTINGS, "{\"labourRatePerHour\":{\"amount\":0,\"currency\":\"yuan\"}}")
                .andExpect(invalid("labourRatePerHour.amount"))
                .andExpect(invalid("labourRatePerHour.currency"));
        dealer.put(SETTINGS, "{\"labourBasis\":\"CLOCKED\"}").andExpect(domainRule("S11.1-labour-rate", "labourRatePerHour"));

        assertThat(dealer.snapshot(SETTINGS)).isEqualTo(before);
    }

    @Test
    @DisplayName("A stale If-Match on the settings is a 409")
    void staleVersionRefused() throws Exception {
        dealer.put(SETTINGS, "{\"taxRatePercent\":13}").andExpect(status().isOk());
        dealer.putIfMatch(SETTINGS, "\"7\"", "{\"taxRatePercent\":9}").andExpect(staleVersion());
        dealer.get(SETTINGS).andExpect(jsonPath("$.taxRatePercent").value(13));
    }
}
