package com.aftersales.reception.messages;

import com.aftersales.platform.test.ServiceTest;
import com.aftersales.reception.support.Dealership;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static com.aftersales.platform.test.ProblemMatchers.invalid;
import static com.aftersales.platform.test.ProblemMatchers.notFound;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** S5.2: the waiting customer is told how the work goes; every message is recorded in the RO. */
@ServiceTest
class CustomerMessageApiTest {

    @Autowired
    MockMvc http;

    Dealership dealer;
    String ro;

    @BeforeEach
    void freshDealerWithAnOrder() throws Exception {
        dealer = Dealership.fresh(http);
        ro = dealer.walkIn();
    }

    @Test
    @DisplayName("S5.2: a message is recorded through the notifier with channel, sender, time and outcome, and listed")
    void aMessageIsRecordedAndListed() throws Exception {
        dealer.post("/api/repair-orders/{id}/messages",
                        "{\"channel\":\"IN_PERSON\",\"message\":\"Your car is on the lift now\",\"sentBy\":\"adv-1\"}", ro)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value("M1"))
                .andExpect(jsonPath("$.channel").value("IN_PERSON"))
                .andExpect(jsonPath("$.sentAt").exists())
                .andExpect(jsonPath("$.delivery").value("RECORDED"));
        dealer.post("/api/repair-orders/{id}/messages",
                "{\"channel\":\"SMS\",\"message\":\"About 30 minutes more\",\"sentBy\":\"adv-1\"}", ro).andExpect(status().isCreated());

        dealer.get("/api/repair-orders/{id}/messages", ro)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].message", contains("Your car is on the lift now", "About 30 minutes more")));
    }

    @Test
    @DisplayName("S5.2: a message without channel, text or sender is refused and records nothing")
    void badMessagesRecordNothing() throws Exception {
        dealer.post("/api/repair-orders/{id}/messages", "{}", ro)
                .andExpect(invalid("channel"))
                .andExpect(jsonPath("$.errors[*].field").value(hasItems("message", "sentBy")));
        dealer.post("/api/repair-orders/{id}/messages", "{\"channel\":\"PIGEON\",\"message\":\"hi\",\"sentBy\":\"a\"}", ro)
                .andExpect(invalid("channel"));
        dealer.get("/api/repair-orders/{id}/messages", "nope").andExpect(notFound("repair order"));

        dealer.get("/api/repair-orders/{id}/messages", ro).andExpect(jsonPath("$.length()").value(0));
    }
}
