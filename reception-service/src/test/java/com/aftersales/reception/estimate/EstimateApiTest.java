package com.aftersales.reception.estimate;

import com.aftersales.platform.http.ResilientHttpClient;
import com.aftersales.platform.test.ServiceTest;
import com.aftersales.reception.support.Dealership;
import com.aftersales.reception.support.PartsServiceStub;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;

import static com.aftersales.reception.support.Dealership.inMinutes;
import static com.aftersales.platform.test.ProblemMatchers.domainRule;
import static com.aftersales.platform.test.ProblemMatchers.illegalTransition;
import static com.aftersales.platform.test.ProblemMatchers.invalid;
import static com.aftersales.platform.test.ProblemMatchers.notFound;
import static com.aftersales.platform.test.ProblemMatchers.serviceUnavailable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Step 5 through HTTP (S5.1): lines priced by the labour rate and by parts-service (a real HTTP stub), also
 * while parts-service is down or slow; presenting only a complete estimate; versions; the customer's decisions.
 */
@ServiceTest
class EstimateApiTest {

    @Autowired
    MockMvc http;
    @Autowired
    ResilientHttpClient partsServiceClient;

    final PartsServiceStub partsService = PartsServiceStub.instance();

    Dealership dealer;
    String ro;

    @BeforeEach
    void freshDealerWithRateCatalogueAndOrder() throws Exception {
        dealer = Dealership.fresh(http).withLabourRate()
                .withPart("BP-200", "Brake pads front", 25_000, 10)
                .withPart("BD-100", "Brake disc front", 60_000, 1);
        ro = dealer.walkIn();
    }

    @AfterEach
    void closeTheBreaker() {
        partsServiceClient.circuitBreaker().reset();
    }

    String estimate() throws Exception {
        return dealer.snapshot("/api/repair-orders/{id}/estimate", ro);
    }

    String decisions(String how, String... lineDecisions) {
        return "{\"how\":\"%s\",\"recordedBy\":\"adv-1\",\"decisions\":[%s]}".formatted(how, String.join(",", lineDecisions));
    }

    static String approve(String lineId) {
        return "{\"lineId\":\"%s\",\"approved\":true}".formatted(lineId);
    }

    static String decline(String lineId, String reason) {
        return "{\"lineId\":\"%s\",\"approved\":false,\"reason\":\"%s\"}".formatted(lineId, reason);
    }

    @Test
    @DisplayName("S5.1: labour is standard hours x the dealer's rate; a part has the price and availability parts-service gives")
    void linesArePriced() throws Exception {
        dealer.post("/api/repair-orders/{id}/estimate/lines", """
                        {"kind":"LABOUR","labourOperationCode":"BRAKE","description":"Replace front brake pads","standardHours":1.5}""", ro)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", endsWith("/estimate/lines/L1")))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.lines[0].price.amount").value(45_000))
                .andExpect(jsonPath("$.lines[0].priceSource").value("LABOUR_RATE"));
        dealer.post("/api/repair-orders/{id}/estimate/lines", "{\"kind\":\"PART\",\"partNumber\":\"BP-200\",\"quantity\":2}", ro)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.lines[1].lineId").value("L2"))
                .andExpect(jsonPath("$.lines[1].description").value("Brake pads front"))
                .andExpect(jsonPath("$.lines[1].unitPrice.amount").value(25_000))
                .andExpect(jsonPath("$.lines[1].price.amount").value(50_000))
                .andExpect(jsonPath("$.lines[1].priceSource").value("PARTS_SERVICE"))
                .andExpect(jsonPath("$.lines[1].availability").value("IN_STOCK"))
                .andExpect(jsonPath("$.lines[1].availableQuantity").value(10))
                .andExpect(jsonPath("$.total.amount").value(95_000))
                .andExpect(jsonPath("$.total.currency").value("CNY"));
        dealer.post("/api/repair-orders/{id}/estimate/lines", "{\"kind\":\"PART\",\"partNumber\":\"BD-100\",\"quantity\":2}", ro)
                .andExpect(jsonPath("$.lines[2].availability").value("SHORT"))
                .andExpect(jsonPath("$.lines[2].availableQuantity").value(1));
        dealer.get("/api/repair-orders/{id}", ro)
                .andExpect(jsonPath("$.estimate.total.amount").value(215_000))
                .andExpect(jsonPath("$.estimate.lines").value(3));
    }

    @Test
    @DisplayName("S5.1: while parts-service is down the estimate still opens: the part line shows availability UNKNOWN")
    void theEstimateOpensWhilePartsServiceIsDown() throws Exception {
        dealer.labourLine(ro, "Replace front brake pads", "1.5");
        dealer.timeRange(ro);

        try (PartsServiceStub.Outage down = partsService.outage()) {
            dealer.post("/api/repair-orders/{id}/estimate/lines", "{\"kind\":\"PART\",\"partNumber\":\"BP-200\",\"quantity\":2}", ro)
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.lines[1].partNumber").value("BP-200"))
                    .andExpect(jsonPath("$.lines[1].availability").value("UNKNOWN"))
                    .andExpect(jsonPath("$.lines[1].price").value(nullValue()));
            dealer.get("/api/repair-orders/{id}/estimate", ro).andExpect(status().isOk());

            dealer.post("/api/repair-orders/{id}/estimate/present", "{\"presentedBy\":\"adv-1\"}", ro)
                    .andExpect(domainRule("S5.1-unpriced-line"));
            String before = estimate();
            dealer.postWithoutBody("/api/repair-orders/{id}/estimate/lines/L2/repricing", ro)
                    .andExpect(serviceUnavailable("parts-service"));
            assertThat(estimate()).isEqualTo(before);
        }

        dealer.postWithoutBody("/api/repair-orders/{id}/estimate/lines/L2/repricing", ro)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[1].price.amount").value(50_000))
                .andExpect(jsonPath("$.lines[1].availability").value("IN_STOCK"));
        dealer.post("/api/repair-orders/{id}/estimate/present", "{\"presentedBy\":\"adv-1\"}", ro).andExpect(status().isOk());
    }

    @Test
    @DisplayName("S5.1: a line parts-service could not price is priced by hand, and then the estimate can be presented")
    void aManualPriceCompletesTheEstimate() throws Exception {
        dealer.timeRange(ro);
        try (PartsServiceStub.Outage down = partsService.outage()) {
            dealer.partLine(ro, "BP-200", 2);

            dealer.put("/api/repair-orders/{id}/estimate/lines/L1/price", "{\"price\":{\"amount\":-1,\"currency\":\"CNY\"}}", ro)
                    .andExpect(invalid("price.amount"));
            dealer.put("/api/repair-orders/{id}/estimate/lines/L1/price", "{}", ro).andExpect(invalid("price"));
            dealer.put("/api/repair-orders/{id}/estimate/lines/L1/price",
                            "{\"price\":{\"amount\":48000,\"currency\":\"CNY\"},\"pricedBy\":\"adv-1\"}", ro)
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.lines[0].price.amount").value(48_000))
                    .andExpect(jsonPath("$.lines[0].priceSource").value("MANUAL"))
                    .andExpect(jsonPath("$.lines[0].pricedBy").value("adv-1"))
                    .andExpect(jsonPath("$.lines[0].availability").value("UNKNOWN"));
            dealer.post("/api/repair-orders/{id}/estimate/present", "{\"presentedBy\":\"adv-1\"}", ro)
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("PRESENTED"));
        }
    }

    @Test
    @DisplayName("S5.1: a parts-service slower than the read time-out is given up: the line shows availability UNKNOWN")
    void aSlowPartsServiceTimesOut() throws Exception {
        partsService.slow(dealer.id(), "BP-200");
        long start = System.nanoTime();

        dealer.post("/api/repair-orders/{id}/estimate/lines", "{\"kind\":\"PART\",\"partNumber\":\"BP-200\",\"quantity\":1}", ro)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.lines[0].availability").value("UNKNOWN"));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2_500));
    }

    @Test
    @DisplayName("S5.1: after repeated failures the circuit breaker opens: parts-service is not even asked, lines stay UNKNOWN")
    void theCircuitBreakerOpens() throws Exception {
        try (PartsServiceStub.Outage down = partsService.outage()) {
            for (int i = 0; i < 5; i++) {
                dealer.partLine(ro, "BP-200", 1);
            }
        }
        assertThat(partsServiceClient.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);
        int asked = partsService.requestsFrom(dealer.id());

        dealer.post("/api/repair-orders/{id}/estimate/lines", "{\"kind\":\"PART\",\"partNumber\":\"BP-200\",\"quantity\":1}", ro)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.lines[5].availability").value("UNKNOWN"));

        assertThat(partsService.requestsFrom(dealer.id())).isEqualTo(asked);
    }

    @Test
    @DisplayName("S5.1: labour without the dealer's rate, and a part parts-service does not know, are refused and add nothing")
    void unpriceableLinesAreRefused() throws Exception {
        Dealership noRate = Dealership.fresh(http);
        String other = noRate.walkIn();

        noRate.post("/api/repair-orders/{id}/estimate/lines", "{\"kind\":\"LABOUR\",\"description\":\"Brakes\",\"standardHours\":1}", other)
                .andExpect(domainRule("S5.1-labour-rate"));
        dealer.post("/api/repair-orders/{id}/estimate/lines", "{\"kind\":\"PART\",\"partNumber\":\"NOPE-1\",\"quantity\":1}", ro)
                .andExpect(domainRule("S5.1-unknown-part", "partNumber"));

        noRate.get("/api/repair-orders/{id}/estimate", other).andExpect(jsonPath("$.lines.length()").value(0));
        dealer.get("/api/repair-orders/{id}/estimate", ro).andExpect(jsonPath("$.lines.length()").value(0));
    }

    @Test
    @DisplayName("S5.1: bad line input is refused field by field and changes nothing")
    void badLineInputChangesNothing() throws Exception {
        String before = estimate();

        dealer.post("/api/repair-orders/{id}/estimate/lines", "{}", ro).andExpect(invalid("kind"));
        dealer.post("/api/repair-orders/{id}/estimate/lines", "{\"kind\":\"SERVICE\"}", ro).andExpect(invalid("kind"));
        dealer.post("/api/repair-orders/{id}/estimate/lines", "{\"kind\":\"LABOUR\",\"description\":\"Brakes\"}", ro)
                .andExpect(invalid("standardHours"));
        dealer.post("/api/repair-orders/{id}/estimate/lines", "{\"kind\":\"LABOUR\",\"standardHours\":1}", ro)
                .andExpect(invalid("description"));
        dealer.post("/api/repair-orders/{id}/estimate/lines", "{\"kind\":\"LABOUR\",\"description\":\"x\",\"standardHours\":0}", ro)
                .andExpect(invalid("standardHours"));
        dealer.post("/api/repair-orders/{id}/estimate/lines", "{\"kind\":\"PART\",\"quantity\":1}", ro).andExpect(invalid("partNumber"));
        dealer.post("/api/repair-orders/{id}/estimate/lines", "{\"kind\":\"PART\",\"partNumber\":\"BP-200\",\"quantity\":0}", ro)
                .andExpect(invalid("quantity"));
        dealer.put("/api/repair-orders/{id}/estimate/time-range", "{\"readyFrom\":\"%s\",\"readyBy\":\"%s\"}"
                .formatted(inMinutes(120), inMinutes(60)), ro).andExpect(invalid("readyBy"));
        dealer.put("/api/repair-orders/{id}/estimate/time-range", "{\"readyFrom\":\"%s\"}".formatted(inMinutes(120)), ro)
                .andExpect(invalid("readyBy"));
        dealer.post("/api/repair-orders/{id}/estimate/lines", "{\"kind\":\"PART\",\"partNumber\":\"BP-200\"}", "nope")
                .andExpect(notFound("repair order"));

        assertThat(estimate()).isEqualTo(before);
        assertThat(partsService.requestsFrom(dealer.id())).isZero();
    }

    @Test
    @DisplayName("S5.1: presented only when complete: lines, every line priced, a time range")
    void presentedOnlyWhenComplete() throws Exception {
        dealer.post("/api/repair-orders/{id}/estimate/present", "{\"presentedBy\":\"adv-1\"}", ro).andExpect(domainRule("S5.1-no-lines"));
        dealer.labourLine(ro, "Replace front brake pads", "1.5");
        dealer.post("/api/repair-orders/{id}/estimate/present", "{\"presentedBy\":\"adv-1\"}", ro).andExpect(domainRule("S5.1-time-range"));
        dealer.post("/api/repair-orders/{id}/estimate/present", "{}", ro).andExpect(invalid("presentedBy"));
        dealer.timeRange(ro);
        String before = estimate();
        assertThat(before).contains("\"status\":\"DRAFT\"");

        dealer.post("/api/repair-orders/{id}/estimate/present", "{\"presentedBy\":\"adv-1\"}", ro)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PRESENTED"))
                .andExpect(jsonPath("$.presentedBy").value("adv-1"))
                .andExpect(jsonPath("$.presentedAt").exists());
        dealer.get("/api/repair-orders/{id}", ro).andExpect(jsonPath("$.status").value("AWAITING_APPROVAL"));
        dealer.post("/api/repair-orders/{id}/estimate/present", "{\"presentedBy\":\"adv-1\"}", ro)
                .andExpect(illegalTransition("PRESENTED"));
    }

    @Test
    @DisplayName("S5.1: a change after presenting starts a new version; the presented one is kept and can be read")
    void aChangeAfterPresentingStartsANewVersion() throws Exception {
        dealer.labourLine(ro, "Replace front brake pads", "1.5");
        dealer.timeRange(ro);
        dealer.present(ro);
        String presented = dealer.snapshot("/api/repair-orders/{id}/estimate/versions/1", ro);

        dealer.partLine(ro, "BP-200", 2);

        dealer.get("/api/repair-orders/{id}/estimate", ro)
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.lines[*].lineId", contains("L1", "L2")))
                .andExpect(jsonPath("$.versions[*].status", contains("PRESENTED", "DRAFT")));
        dealer.get("/api/repair-orders/{id}/estimate/versions/1", ro)
                .andExpect(jsonPath("$.status").value("PRESENTED"))
                .andExpect(jsonPath("$.lines[*].lineId", contains("L1")));
        assertThat(dealer.snapshot("/api/repair-orders/{id}/estimate/versions/1", ro).replaceAll("\"versions\":\\[.*?\\]", "")
                .replaceAll("\"repairOrderVersion\":\\d+", ""))
                .isEqualTo(presented.replaceAll("\"versions\":\\[.*?\\]", "").replaceAll("\"repairOrderVersion\":\\d+", ""));
        dealer.get("/api/repair-orders/{id}/estimate/versions/7", ro).andExpect(notFound("estimate version"));
    }

    @Test
    @DisplayName("S5.1: the customer approves or declines each line with who and how; partial approval is normal")
    void partialApproval() throws Exception {
        dealer.labourLine(ro, "Replace front brake pads", "1.5");
        dealer.partLine(ro, "BP-200", 2);
        dealer.timeRange(ro);
        dealer.present(ro);

        dealer.post("/api/repair-orders/{id}/estimate/decisions", decisions("PHONE", approve("L1"), decline("L2", "PRICE_TOO_HIGH")), ro)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DECIDED"))
                .andExpect(jsonPath("$.lines[0].decision.approved").value(true))
                .andExpect(jsonPath("$.lines[0].decision.how").value("PHONE"))
                .andExpect(jsonPath("$.lines[0].decision.recordedBy").value("adv-1"))
                .andExpect(jsonPath("$.lines[0].decision.at").exists())
                .andExpect(jsonPath("$.lines[1].decision.approved").value(false))
                .andExpect(jsonPath("$.lines[1].decision.reason").value("PRICE_TOO_HIGH"))
                .andExpect(jsonPath("$.approvedTotal.amount").value(45_000))
                .andExpect(jsonPath("$.declinedTotal.amount").value(50_000));
        dealer.get("/api/repair-orders/{id}", ro).andExpect(jsonPath("$.status").value("APPROVED"));
    }

    @Test
    @DisplayName("S5.1: deciding a line twice is refused with 409; unknown or repeated lines and bad input are refused; nothing changes")
    void refusedDecisionsChangeNothing() throws Exception {
        dealer.labourLine(ro, "Replace front brake pads", "1.5");
        dealer.partLine(ro, "BP-200", 2);
        dealer.timeRange(ro);

        dealer.post("/api/repair-orders/{id}/estimate/decisions", decisions("PHONE", approve("L1")), ro)
                .andExpect(illegalTransition("DRAFT"));
        dealer.present(ro);
        dealer.post("/api/repair-orders/{id}/estimate/decisions", decisions("PHONE", approve("L1")), ro).andExpect(status().isOk());
        String before = estimate();

        dealer.post("/api/repair-orders/{id}/estimate/decisions", decisions("PHONE", approve("L2"), approve("L1")), ro)
                .andExpect(illegalTransition("APPROVED"));
        dealer.post("/api/repair-orders/{id}/estimate/decisions", decisions("PHONE", approve("L9")), ro)
                .andExpect(domainRule("S5.1-unknown-line", "decisions[0].lineId"));
        dealer.post("/api/repair-orders/{id}/estimate/decisions", decisions("PHONE", approve("L2"), decline("L2", "x")), ro)
                .andExpect(invalid("decisions[1].lineId"));
        dealer.post("/api/repair-orders/{id}/estimate/decisions", decisions("TELEPATHY", approve("L2")), ro)
                .andExpect(invalid("how"));
        dealer.post("/api/repair-orders/{id}/estimate/decisions", decisions("PHONE", "{\"lineId\":\"L2\"}"), ro)
                .andExpect(invalid("decisions[0].approved"));
        dealer.post("/api/repair-orders/{id}/estimate/decisions", decisions("PHONE"), ro).andExpect(invalid("decisions"));
        dealer.delete("/api/repair-orders/{id}/estimate/lines/L1", ro).andExpect(illegalTransition("APPROVED"));

        assertThat(estimate()).isEqualTo(before);
    }

    @Test
    @DisplayName("S5.1: an undecided line can be removed; removing an unknown line is not found")
    void linesAreRemoved() throws Exception {
        dealer.labourLine(ro, "Replace front brake pads", "1.5");
        dealer.partLine(ro, "BP-200", 2);

        dealer.delete("/api/repair-orders/{id}/estimate/lines/L1", ro)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[*].lineId", contains("L2")))
                .andExpect(jsonPath("$.version").value(1));
        dealer.delete("/api/repair-orders/{id}/estimate/lines/L1", ro).andExpect(notFound("estimate line"));
    }
}
