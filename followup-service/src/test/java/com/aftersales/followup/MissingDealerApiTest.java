package com.aftersales.followup;

import com.aftersales.platform.test.ProblemMatchers;
import com.aftersales.platform.test.ServiceTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/** G5: every record belongs to one dealership; a request that does not name it is refused before anything happens. */
@ServiceTest
class MissingDealerApiTest {

    @Autowired
    MockMvc http;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = ' ', value = {
            "GET /api/follow-up-settings",
            "PUT /api/follow-up-settings",
            "GET /api/follow-ups",
            "GET /api/follow-ups/f1",
            "POST /api/follow-ups/f1/attempts",
            "POST /api/follow-ups/f1/survey",
            "GET /api/follow-ups/analysis",
            "POST /api/complaints",
            "GET /api/complaints",
            "GET /api/complaints/c1",
            "POST /api/complaints/c1/rework-appointment",
            "POST /api/complaints/c1/resolution",
            "POST /api/complaints/c1/training-case",
            "GET /api/training-cases",
            "GET /api/training-cases/t1",
            "GET /api/figures",
    })
    @DisplayName("G5: a request without X-Dealer-Id is refused with 400 naming the header")
    void aRequestWithoutDealerIsRefused(String method, String path) throws Exception {
        http.perform(request(HttpMethod.valueOf(method), path).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(ProblemMatchers.missingDealer());
    }
}
