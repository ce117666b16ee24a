package com.aftersales.reception.settings;

import com.aftersales.platform.test.ServiceTest;
import com.aftersales.reception.support.Dealership;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static com.aftersales.platform.test.ProblemMatchers.invalid;
import static com.aftersales.platform.test.ProblemMatchers.notFound;
import static com.aftersales.platform.test.ProblemMatchers.staleVersion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** S5.1: the dealer's labour rate, which prices the labour lines of estimates. */
@ServiceTest
class ReceptionSettingsApiTest {

    @Autowired
    MockMvc http;

    Dealership dealer;

    @BeforeEach
    void freshDealer() {
        dealer = Dealership.fresh(http);
    }

    @Test
    @DisplayName("S5.1: the labour rate is set per dealer and read back with its version")
    void theLabourRateIsSetAndReadBack() throws Exception {
        dealer.get("/api/reception-settings").andExpect(notFound("reception settings"));

        dealer.put("/api/reception-settings", "{\"labourRatePerHour\":{\"amount\":30000,\"currency\":\"CNY\"}}")
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.labourRatePerHour.amount").value(30_000));
        dealer.get("/api/reception-settings")
                .andExpect(jsonPath("$.labourRatePerHour.currency").value("CNY"))
                .andExpect(jsonPath("$.version").value(0));
        Dealership.fresh(http).get("/api/reception-settings").andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("S5.1: a bad rate is refused field by field and changes nothing")
    void aBadRateIsRefused() throws Exception {
        dealer.withLabourRate();
        String before = dealer.snapshot("/api/reception-settings");

        dealer.put("/api/reception-settings", "{}").andExpect(invalid("labourRatePerHour"));
        dealer.put("/api/reception-settings", "{\"labourRatePerHour\":{\"amount\":0,\"currency\":\"CNY\"}}")
                .andExpect(invalid("labourRatePerHour.amount"));
        dealer.put("/api/reception-settings", "{\"labourRatePerHour\":{\"amount\":100,\"currency\":\"yuan\"}}")
                .andExpect(invalid("labourRatePerHour.currency"));
        dealer.put("/api/reception-settings", "{\"labourRatePerHour\":{\"amount\":\"lots\",\"currency\":\"CNY\"}}")
                .andExpect(invalid("labourRatePerHour.amount"));

        assertThat(dealer.snapshot("/api/reception-settings")).isEqualTo(before);
    }

    @Test
    @DisplayName("a change from a stale version is refused with 409")
    void aStaleChangeIsRefused() throws Exception {
        dealer.withLabourRate().withLabourRate();

        dealer.perform(put("/api/reception-settings").header("If-Match", "\"0\"")
                        .contentType("application/json").content("{\"labourRatePerHour\":{\"amount\":1,\"currency\":\"CNY\"}}"))
                .andExpect(staleVersion());
    }
}
