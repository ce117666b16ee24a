package com.aftersales.appointment;

import com.aftersales.platform.test.ServiceTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.DisplayName;
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
            "GET /api/customers",
            "POST /api/customers",
            "GET /api/customers/c1",
            "PUT /api/customers/c1",
            "GET /api/vehicles",
            "POST /api/vehicles",
            "GET /api/vehicles/v1",
            "PUT /api/vehicles/v1",
            "GET /api/labour-operations",
            "POST /api/labour-operations",
            "GET /api/labour-operations/OIL",
            "PUT /api/labour-operations/OIL",
            "GET /api/workshop-capacity",
            "PUT /api/workshop-capacity",
            "GET /api/workshop-capacity/days",
            "PUT /api/workshop-capacity/days/2026-12-24",
            "DELETE /api/workshop-capacity/days/2026-12-24",
            "GET /api/campaigns",
            "POST /api/campaigns",
            "GET /api/campaigns/c1",
            "PUT /api/campaigns/c1",
            "POST /api/campaigns/c1/closure",
            "GET /api/campaigns/c1/vehicles",
            "GET /api/solicitations",
            "POST /api/solicitations/MAINTENANCE_DUE:v1:2026-12-01/attempts",
            "GET /api/solicitations/decline-statistics",
            "GET /api/appointments",
            "POST /api/appointments",
            "GET /api/appointments/a1",
            "GET /api/appointments/confirmations-due",
            "POST /api/appointments/a1/reschedule",
            "POST /api/appointments/a1/confirmation",
            "POST /api/appointments/a1/cancellation",
            "POST /api/appointments/a1/no-show",
            "POST /api/appointments/a1/arrival",
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
        http.perform(request(HttpMethod.GET, "/api/customers").header("X-Dealer-Id", dealerId)).andExpect(missingDealer());
    }
}
