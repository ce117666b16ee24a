package com.aftersales.parts;

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
            "GET /api/parts",
            "POST /api/parts",
            "GET /api/parts/OF-100",
            "PUT /api/parts/OF-100",
            "POST /api/parts/OF-100/stock-adjustments",
            "GET /api/parts/low-stock",
            "GET /api/part-reservations",
            "GET /api/part-reservations/r1",
            "GET /api/part-reservations/picking-list",
            "GET /api/part-reservations/backorders",
            "POST /api/part-reservations/r1/issues",
            "POST /api/part-reservations/r1/returns",
            "GET /api/backorder-scripts",
            "GET /api/backorder-scripts/OUT_OF_STOCK",
            "PUT /api/backorder-scripts/OUT_OF_STOCK",
            "GET /api/purchase-orders",
            "POST /api/purchase-orders",
            "GET /api/purchase-orders/po1",
            "POST /api/purchase-orders/po1/receipts",
    })
    @DisplayName("G5: a request without X-Dealer-Id is refused with 400 naming the header")
    void aRequestWithoutDealerIsRefused(String method, String path) throws Exception {
        http.perform(request(HttpMethod.valueOf(method), path).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(missingDealer());
    }
}
