package com.aftersales.billing;

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

/** G5: every invoice belongs to one dealership; a request that does not name it is refused before anything happens. */
@ServiceTest
class MissingDealerApiTest {

    @Autowired
    MockMvc http;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = ' ', value = {
            "GET /api/billing-settings",
            "PUT /api/billing-settings",
            "GET /api/invoices",
            "GET /api/invoices/i1",
            "PUT /api/invoices/i1/lines/LAB-L1/payer",
            "POST /api/invoices/i1/discounts",
            "POST /api/invoices/i1/issue",
            "POST /api/invoices/i1/explanation",
            "POST /api/invoices/i1/results-shown",
            "GET /api/invoices/i1/cashier-view",
            "POST /api/invoices/i1/payments",
            "GET /api/invoices/i1/receipt",
            "POST /api/invoices/i1/delivery",
    })
    @DisplayName("G5: a request without X-Dealer-Id is refused with 400 naming the header")
    void refusedWithoutDealer(String method, String path) throws Exception {
        var call = request(HttpMethod.valueOf(method), path);
        if (!method.equals("GET")) {
            call = call.contentType(MediaType.APPLICATION_JSON).content("{}");
        }
        http.perform(call).andExpect(missingDealer());
    }
}
