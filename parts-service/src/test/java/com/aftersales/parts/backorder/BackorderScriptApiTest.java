package com.aftersales.parts.backorder;

import com.aftersales.parts.support.Dealership;
import com.aftersales.platform.test.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static com.aftersales.platform.test.ProblemMatchers.invalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** S6.3: the standard script per backorder reason, configurable per dealer. */
@ServiceTest
class BackorderScriptApiTest {

    @Autowired
    MockMvc http;

    Dealership dealer;

    @BeforeEach
    void freshDealer() {
        dealer = Dealership.fresh(http);
    }

    @Test
    @DisplayName("S6.3: every reason has a sensible default script in English")
    void everyReasonHasADefault() throws Exception {
        dealer.get("/api/backorder-scripts")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].reason", contains("OUT_OF_STOCK", "SUPPLIER_DELAY", "SPECIAL_ORDER",
                        "DISCONTINUED_SUPERSEDED")))
                .andExpect(jsonPath("$[0].custom").value(false))
                .andExpect(jsonPath("$[0].script").value(containsString("out of stock")))
                .andExpect(jsonPath("$[3].script").value(containsString("replaced")));
    }

    @Test
    @DisplayName("S6.3: a dealer writes its own script for a reason; other reasons and other dealers keep theirs")
    void aDealerWritesItsOwnScript() throws Exception {
        dealer.put("/api/backorder-scripts/{reason}", """
                        {"script":"Sorry, {partName} is delayed at the supplier; we expect it {expectedOn} and will call you."}""",
                        "SUPPLIER_DELAY")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reason").value("SUPPLIER_DELAY"))
                .andExpect(jsonPath("$.custom").value(true))
                .andExpect(jsonPath("$.changedAt").isNotEmpty());

        dealer.get("/api/backorder-scripts")
                .andExpect(jsonPath("$[1].script").value(containsString("delayed at the supplier")))
                .andExpect(jsonPath("$[1].custom").value(true))
                .andExpect(jsonPath("$[0].custom").value(false));
        dealer.get("/api/backorder-scripts/{reason}", "SUPPLIER_DELAY").andExpect(jsonPath("$.custom").value(true));
        Dealership.fresh(http).get("/api/backorder-scripts").andExpect(jsonPath("$[1].custom").value(false));
    }

    @Test
    @DisplayName("S6.3: an empty script or an unknown reason is refused (400) and changes nothing")
    void badScriptsAreRefused() throws Exception {
        String before = dealer.snapshot("/api/backorder-scripts");

        dealer.put("/api/backorder-scripts/{reason}", "{\"script\":\"  \"}", "OUT_OF_STOCK")
                .andExpect(invalid("script"))
                .andExpect(jsonPath("$.errors[0].message").value("is required"));
        dealer.put("/api/backorder-scripts/{reason}", "{\"script\":\"" + "x".repeat(1001) + "\"}", "OUT_OF_STOCK")
                .andExpect(invalid("script"));
        dealer.put("/api/backorder-scripts/{reason}", "{\"script\":\"Hello\"}", "LOST_IN_TRANSIT").andExpect(invalid("reason"));
        dealer.get("/api/backorder-scripts/{reason}", "LOST_IN_TRANSIT").andExpect(invalid("reason"));

        assertThat(dealer.snapshot("/api/backorder-scripts")).isEqualTo(before);
    }
}
