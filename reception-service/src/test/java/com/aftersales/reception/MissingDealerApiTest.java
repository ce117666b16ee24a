package com.aftersales.reception;

import com.aftersales.platform.test.ServiceTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static com.aftersales.platform.test.ProblemMatchers.missingDealer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/** G5: every record belongs to one dealership; a request that does not name it is refused before anything happens. */
@ServiceTest
class MissingDealerApiTest {

    @Autowired
    MockMvc http;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = ' ', value = {
            "GET /api/reception-settings",
            "PUT /api/reception-settings",
            "GET /api/repair-orders",
            "POST /api/repair-orders",
            "GET /api/repair-orders/r1",
            "GET /api/repair-orders/by-appointment/a1",
            "POST /api/repair-orders/r1/greeting",
            "POST /api/repair-orders/r1/reassignment",
            "POST /api/repair-orders/r1/check-in",
            "POST /api/repair-orders/r1/promised-time",
            "POST /api/repair-orders/r1/concerns",
            "POST /api/repair-orders/r1/concerns/C1/confirmation",
            "POST /api/repair-orders/r1/diagnosis-bay",
            "POST /api/repair-orders/r1/concerns/C1/assistance-requests",
            "POST /api/repair-orders/r1/concerns/C1/diagnosis",
            "GET /api/repair-orders/r1/estimate",
            "GET /api/repair-orders/r1/estimate/versions/1",
            "POST /api/repair-orders/r1/estimate/lines",
            "PUT /api/repair-orders/r1/estimate/lines/L1/price",
            "POST /api/repair-orders/r1/estimate/lines/L1/repricing",
            "DELETE /api/repair-orders/r1/estimate/lines/L1",
            "PUT /api/repair-orders/r1/estimate/time-range",
            "POST /api/repair-orders/r1/estimate/present",
            "POST /api/repair-orders/r1/estimate/decisions",
            "POST /api/repair-orders/r1/messages",
            "GET /api/repair-orders/r1/messages",
            "GET /api/repair-orders/r1/additional-work",
            "POST /api/repair-orders/r1/additional-work/R1/decision",
            "GET /api/repair-orders/r1/timeline",
    })
    @DisplayName("G5: a request without X-Dealer-Id is refused with 400 naming the header")
    void aRequestWithoutDealerIsRefused(String method, String path) throws Exception {
        http.perform(request(HttpMethod.valueOf(method), path).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(missingDealer());
    }

    @ParameterizedTest
    @CsvSource({"''", "'dealer 1'", "'dealer/1'", "'d-12345678901234567890123456789012345678901'"})
    @DisplayName("G5: a malformed X-Dealer-Id is refused like a missing one")
    void aMalformedDealerIsRefused(String dealerId) throws Exception {
        http.perform(request(HttpMethod.GET, "/api/repair-orders").header("X-Dealer-Id", dealerId)).andExpect(missingDealer());
    }
}
