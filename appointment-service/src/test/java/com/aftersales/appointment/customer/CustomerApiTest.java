package com.aftersales.appointment.customer;

import com.aftersales.appointment.support.Dealership;
import com.aftersales.appointment.support.Vins;
import com.aftersales.platform.test.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static com.aftersales.appointment.support.Dealership.body;
import static com.aftersales.appointment.support.Dealership.read;
import static com.aftersales.appointment.support.Dealership.today;
import static com.aftersales.platform.test.ProblemMatchers.alreadyExists;
import static com.aftersales.platform.test.ProblemMatchers.invalid;
import static com.aftersales.platform.test.ProblemMatchers.missingDealer;
import static com.aftersales.platform.test.ProblemMatchers.notFound;
import static com.aftersales.platform.test.ProblemMatchers.staleVersion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ServiceTest
class CustomerApiTest {

    @Autowired
    MockMvc http;

    Dealership dealer;

    @BeforeEach
    void freshDealer() {
        dealer = Dealership.fresh(http);
    }

    @Test
    @DisplayName("S1.1: a customer is registered and found again by phone")
    void aRegisteredCustomerIsFoundByPhone() throws Exception {
        dealer.post("/api/customers", """
                        {"name":"Li Wei","phone":"138-0013 8000","consents":["PHONE","SMS"]}""")
                .andExpect(status().isCreated())
                .andExpect(header().exists("ETag"))
                .andExpect(header().string("Location", startsWith("/api/customers/")))
                .andExpect(jsonPath("$.phone").value("13800138000"))
                .andExpect(jsonPath("$.consents", containsInAnyOrder("PHONE", "SMS")));
        dealer.get("/api/customers?q=13800138000")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].name").value(hasItem("Li Wei")));
    }

    @Test
    @DisplayName("S1.1: bad input is answered field by field and creates nobody")
    void badInputIsAnsweredFieldByFieldAndCreatesNobody() throws Exception {
        dealer.post("/api/customers", """
                        {"name":"","phone":"call me","email":"not-an-address"}""")
                .andExpect(invalid("name"))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("phone")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("email")));

        dealer.get("/api/customers").andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
    }

    @Test
    @DisplayName("S1.1: a consent to an unknown channel is refused naming the field")
    void anUnknownChannelIsRefused() throws Exception {
        dealer.post("/api/customers", """
                        {"name":"Li Wei","phone":"13800138000","consents":["FAX"]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(startsWith("consents")));

        dealer.get("/api/customers").andExpect(jsonPath("$.total").value(0));
    }

    @Test
    @DisplayName("S1.1: malformed JSON is refused and creates nobody")
    void malformedJsonIsRefused() throws Exception {
        dealer.post("/api/customers", "{\"name\":\"Li Wei\",")
                .andExpect(invalid("body"));

        dealer.get("/api/customers").andExpect(jsonPath("$.total").value(0));
    }

    @Test
    @DisplayName("S1.1: a customer is shown with the vehicles registered to them")
    void aCustomerIsShownWithTheirVehicles() throws Exception {
        String customer = dealer.customer("Wang Fang", "13911112222", "SMS");
        String vin = Vins.random();
        dealer.vehicle(customer, vin, "Tiguan L", today().minusMonths(2), 1200, false);

        dealer.get("/api/customers/{id}", customer)
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.name").value("Wang Fang"))
                .andExpect(jsonPath("$.vehicles[0].vin").value(vin))
                .andExpect(jsonPath("$.vehicles[0].model").value("Tiguan L"));
    }

    @Test
    @DisplayName("S1.1: the front desk finds a customer by part of the name, in any case")
    void aCustomerIsFoundByPartOfTheName() throws Exception {
        dealer.customer("Zhang Xiaoming", "13700001111");
        dealer.customer("Li Wei", "13700002222");

        dealer.get("/api/customers?q=xiaoM")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].name").value("Zhang Xiaoming"));
    }

    @Test
    @DisplayName("S1.1: the front desk finds a customer by a phone number typed with spaces and dashes")
    void aCustomerIsFoundByAFormattedPhone() throws Exception {
        dealer.customer("Zhang Xiaoming", "13700001111");

        dealer.perform(get("/api/customers").param("q", "137-0000 1111"))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].phone").value("13700001111"));
    }

    @Test
    @DisplayName("S1.1: the front desk finds a customer by the plate or the VIN of their vehicle")
    void aCustomerIsFoundByPlateOrVin() throws Exception {
        String owner = dealer.customer("Zhao Lei", "13600003333");
        dealer.customer("Someone Else", "13600004444");
        String vin = Vins.withPrefix("LFV3A28K");
        dealer.vehicle(owner, vin, "Sagitar", today().minusMonths(8), 9000, true);

        dealer.perform(get("/api/customers").param("q", vin.substring(3, 12).toLowerCase()))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].name").value("Zhao Lei"))
                .andExpect(jsonPath("$.items[0].vehicles[0].vin").value(vin));
        // the plate is 沪A + the last five characters of the VIN
        dealer.perform(get("/api/customers").param("q", "沪a " + vin.substring(12).toLowerCase()))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].name").value("Zhao Lei"));
    }

    @Test
    @DisplayName("S1.1: a search term with regular-expression characters is taken literally")
    void aSearchTermIsTakenLiterally() throws Exception {
        dealer.customer("Li (Wei) .*", "13700001111");
        dealer.customer("Wang Fang", "13700002222");

        dealer.perform(get("/api/customers").param("q", "(wei) .*"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].phone").value("13700001111"));
        dealer.perform(get("/api/customers").param("q", ".*")).andExpect(jsonPath("$.total").value(1));
    }

    @Test
    @DisplayName("S1.1: a search without a term lists the dealer's customers, paged")
    void customersAreListedPaged() throws Exception {
        dealer.customer("A One", "13500000001");
        dealer.customer("B Two", "13500000002");
        dealer.customer("C Three", "13500000003");

        dealer.get("/api/customers?size=2&page=1")
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].name").value("C Three"));
        dealer.get("/api/customers?size=0").andExpect(invalid("size"));
    }

    @Test
    @DisplayName("S1.1: a second customer with the same phone is refused as already existing")
    void aDuplicatePhoneIsRefused() throws Exception {
        String first = dealer.customer("Li Wei", "13800138000");

        dealer.post("/api/customers", """
                        {"name":"Li W.","phone":"138 0013-8000"}""")
                .andExpect(alreadyExists("phone"))
                .andExpect(jsonPath("$.existingId").value(first));

        dealer.get("/api/customers").andExpect(jsonPath("$.total").value(1));
    }

    @Test
    @DisplayName("S1.1: the same phone at another dealership is another customer")
    void theSamePhoneAtAnotherDealerIsFine() throws Exception {
        dealer.customer("Li Wei", "13800138000");

        Dealership.fresh(http).post("/api/customers", """
                        {"name":"Li Wei","phone":"13800138000"}""")
                .andExpect(status().isCreated());
    }

    @Test
    @DisplayName("S1.1: a customer record is corrected with the current version")
    void aCustomerIsCorrected() throws Exception {
        String id = dealer.customer("Li Wei", "13800138000", "PHONE");

        dealer.putIfMatch("/api/customers/{id}", "\"0\"", """
                        {"name":"Li Wei","phone":"13800138001","email":"li.wei@example.cn","address":"Pudong",
                         "consents":["PHONE","WECHAT"]}""", id)
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.phone").value("13800138001"))
                .andExpect(jsonPath("$.email").value("li.wei@example.cn"))
                .andExpect(jsonPath("$.consents", containsInAnyOrder("PHONE", "WECHAT")));
    }

    @Test
    @DisplayName("S1.1: a correction from a stale version is refused and changes nothing")
    void aStaleCorrectionIsRefused() throws Exception {
        String id = dealer.customer("Li Wei", "13800138000", "PHONE");
        dealer.putIfMatch("/api/customers/{id}", "\"0\"", """
                {"name":"Li Wei","phone":"13800138000","address":"Pudong"}""", id).andExpect(status().isOk());
        String before = dealer.snapshot("/api/customers/{id}", id);

        dealer.putIfMatch("/api/customers/{id}", "\"0\"", """
                        {"name":"Li Wei (old form)","phone":"13800138000"}""", id)
                .andExpect(staleVersion())
                .andExpect(jsonPath("$.currentVersion").value(1));

        assertThat(dealer.snapshot("/api/customers/{id}", id)).isEqualTo(before);
    }

    @Test
    @DisplayName("S1.1: a correction with bad input changes nothing")
    void aBadCorrectionChangesNothing() throws Exception {
        String id = dealer.customer("Li Wei", "13800138000", "PHONE");
        String before = dealer.snapshot("/api/customers/{id}", id);

        dealer.put("/api/customers/{id}", """
                        {"name":"","phone":"13800138000"}""", id)
                .andExpect(invalid("name"));

        assertThat(dealer.snapshot("/api/customers/{id}", id)).isEqualTo(before);
    }

    @Test
    @DisplayName("S1.1: taking another customer's phone in a correction is refused and changes nothing")
    void takingAnotherCustomersPhoneIsRefused() throws Exception {
        dealer.customer("Li Wei", "13800138000");
        String other = dealer.customer("Wang Fang", "13900139000");
        String before = dealer.snapshot("/api/customers/{id}", other);

        dealer.put("/api/customers/{id}", """
                        {"name":"Wang Fang","phone":"13800138000"}""", other)
                .andExpect(alreadyExists("phone"));

        assertThat(dealer.snapshot("/api/customers/{id}", other)).isEqualTo(before);
    }

    @Test
    @DisplayName("S1.1: an unknown customer is a 404 problem detail")
    void anUnknownCustomerIsNotFound() throws Exception {
        dealer.get("/api/customers/{id}", "no-such-customer").andExpect(notFound("customer"))
                .andExpect(jsonPath("$.id").value("no-such-customer"));
        dealer.put("/api/customers/{id}", """
                {"name":"Li Wei","phone":"13800138000"}""", "no-such-customer").andExpect(notFound("customer"));
        dealer.get("/api/customers").andExpect(jsonPath("$.total").value(0));
    }

    @Test
    @DisplayName("G5: another dealership neither sees nor finds a customer")
    void anotherDealerDoesNotSeeTheCustomer() throws Exception {
        String id = dealer.customer("Li Wei", "13800138000");
        Dealership other = Dealership.fresh(http);

        other.get("/api/customers/{id}", id).andExpect(notFound("customer"));
        other.get("/api/customers?q=Li").andExpect(jsonPath("$.total").value(0));
        other.get("/api/customers").andExpect(jsonPath("$.total").value(0));
    }

    @Test
    @DisplayName("G5: a request without a dealership is refused and creates nothing")
    void aRequestWithoutDealerIsRefused() throws Exception {
        http.perform(post("/api/customers").contentType(MediaType.APPLICATION_JSON).content("""
                        {"name":"Li Wei","phone":"13800138000"}"""))
                .andExpect(missingDealer());
        http.perform(get("/api/customers").header("X-Dealer-Id", "has spaces and is far too long to be a dealer id"))
                .andExpect(missingDealer());
        assertThat(body(http.perform(get("/api/customers").header("X-Dealer-Id", dealer.id()))))
                .contains("\"total\":0");
    }

    @Test
    @DisplayName("G1: every answer carries a request id")
    void everyAnswerCarriesARequestId() throws Exception {
        dealer.perform(get("/api/customers").header("X-Request-Id", "req-12345"))
                .andExpect(header().string("X-Request-Id", "req-12345"));
        assertThat(read(dealer.get("/api/customers"), "$.total").toString()).isEqualTo("0");
    }
}
