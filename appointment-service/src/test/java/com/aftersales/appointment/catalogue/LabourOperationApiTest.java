package com.aftersales.appointment.catalogue;

import com.aftersales.appointment.support.Dealership;
import com.aftersales.platform.test.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static com.aftersales.appointment.support.JsonNumbers.number;
import static com.aftersales.platform.test.ProblemMatchers.alreadyExists;
import static com.aftersales.platform.test.ProblemMatchers.invalid;
import static com.aftersales.platform.test.ProblemMatchers.notFound;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ServiceTest
class LabourOperationApiTest {

    static final String OIL_CHANGE = """
            {"code":"OIL","name":"Oil and filter change","category":"MAINTENANCE","standardHours":1.5,
             "expectedParts":[{"partNumber":"OF-100","name":"Oil filter","quantity":1,"unitPrice":{"amount":4500,"currency":"CNY"}}]}""";

    @Autowired
    MockMvc http;

    Dealership dealer;

    @BeforeEach
    void freshDealer() {
        dealer = Dealership.fresh(http);
    }

    @Test
    @DisplayName("S2.1: an operation is defined with its standard hours and expected parts")
    void anOperationIsDefined() throws Exception {
        dealer.post("/api/labour-operations", OIL_CHANGE)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/labour-operations/OIL"))
                .andExpect(jsonPath("$.active").value(true));

        dealer.get("/api/labour-operations/{code}", "OIL")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Oil and filter change"))
                .andExpect(jsonPath("$.standardHours").value(number(1.5)))
                .andExpect(jsonPath("$.expectedParts[0].partNumber").value("OF-100"))
                .andExpect(jsonPath("$.expectedParts[0].unitPrice.amount").value(4500))
                .andExpect(jsonPath("$.expectedParts[0].unitPrice.currency").value("CNY"));
    }

    @Test
    @DisplayName("S2.1: the catalogue is listed by code and filtered by category")
    void theCatalogueIsListedAndFiltered() throws Exception {
        dealer.withCatalogue();

        dealer.get("/api/labour-operations")
                .andExpect(jsonPath("$[*].code", contains("BRAKE", "ENGINE", "OIL")));
        dealer.get("/api/labour-operations?category=maintenance")
                .andExpect(jsonPath("$[*].code", contains("OIL")));
    }

    @Test
    @DisplayName("S2.1: a code is defined once per dealership")
    void aDuplicateCodeIsRefused() throws Exception {
        dealer.post("/api/labour-operations", OIL_CHANGE).andExpect(status().isCreated());

        dealer.post("/api/labour-operations", OIL_CHANGE.replace("1.5", "2")).andExpect(alreadyExists("code"));

        dealer.get("/api/labour-operations/{code}", "OIL").andExpect(jsonPath("$.standardHours").value(number(1.5)));
        Dealership.fresh(http).post("/api/labour-operations", OIL_CHANGE).andExpect(status().isCreated());
    }

    @Test
    @DisplayName("S2.1: a bad definition is refused field by field and nothing is defined")
    void aBadDefinitionIsRefused() throws Exception {
        dealer.post("/api/labour-operations", """
                        {"code":"oil change","name":"Oil","category":"MAINTENANCE","standardHours":0,
                         "expectedParts":[{"partNumber":"OF-100","name":"Oil filter","quantity":0,"unitPrice":{"amount":-1,"currency":"yuan"}}]}""")
                .andExpect(invalid("code"))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems(
                        "standardHours", "expectedParts[0].quantity", "expectedParts[0].unitPrice.amount",
                        "expectedParts[0].unitPrice.currency")));
        dealer.post("/api/labour-operations", """
                        {"code":"OIL","name":"Oil","category":"MAINTENANCE","standardHours":"one and a half"}""")
                .andExpect(invalid("standardHours"));

        dealer.get("/api/labour-operations").andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    @DisplayName("S2.1: an operation is redefined; a bad redefinition changes nothing")
    void anOperationIsRedefined() throws Exception {
        dealer.post("/api/labour-operations", OIL_CHANGE).andExpect(status().isCreated());

        dealer.put("/api/labour-operations/{code}", OIL_CHANGE.replace("1.5", "1.2"), "OIL")
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.standardHours").value(number(1.2)));
        String before = dealer.snapshot("/api/labour-operations/{code}", "OIL");

        dealer.put("/api/labour-operations/{code}", OIL_CHANGE.replace("1.5", "41"), "OIL").andExpect(invalid("standardHours"));

        assertThat(dealer.snapshot("/api/labour-operations/{code}", "OIL")).isEqualTo(before);
    }

    @Test
    @DisplayName("S2.1: an operation can be retired (inactive) and stays listed")
    void anOperationIsRetired() throws Exception {
        dealer.post("/api/labour-operations", OIL_CHANGE).andExpect(status().isCreated());

        dealer.put("/api/labour-operations/{code}", OIL_CHANGE.replace("}]}", "}],\"active\":false}"), "OIL")
                .andExpect(jsonPath("$.active").value(false));

        dealer.get("/api/labour-operations").andExpect(jsonPath("$[0].active").value(false));
    }

    @Test
    @DisplayName("S2.1: an unknown operation is a 404 problem detail")
    void anUnknownOperationIsNotFound() throws Exception {
        dealer.get("/api/labour-operations/{code}", "NOPE").andExpect(notFound("labour operation"));
        dealer.put("/api/labour-operations/{code}", OIL_CHANGE, "NOPE").andExpect(notFound("labour operation"));

        dealer.get("/api/labour-operations").andExpect(jsonPath("$.length()").value(0));
    }
}
