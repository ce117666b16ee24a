package com.aftersales.appointment.customer;

import com.aftersales.platform.test.ServiceTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ServiceTest
class CustomerApiTest {

    @Autowired
    MockMvc http;

    @Test
    @DisplayName("S1.1: a customer is registered and found again by phone")
    void aRegisteredCustomerIsFoundByPhone() throws Exception {
        http.perform(post("/api/customers").header("X-Dealer-Id", "d1").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name":"Li Wei","phone":"138-0013 8000","consents":["PHONE","SMS"]}"""))
                .andExpect(status().isCreated())
                .andExpect(header().exists("ETag"))
                .andExpect(jsonPath("$.phone").value("13800138000"));
        http.perform(get("/api/customers").param("q", "13800138000").header("X-Dealer-Id", "d1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].name").value(hasItem("Li Wei")));
    }

    @Test
    void badInputIsAnsweredFieldByField() throws Exception {
        http.perform(post("/api/customers").header("X-Dealer-Id", "d1").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name":"","phone":"call me"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://aftersales.example/problems/validation"))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("name")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("phone")));
    }
}
