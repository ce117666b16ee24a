package com.aftersales.parts.purchasing;

import com.aftersales.parts.support.Dealership;
import com.aftersales.platform.test.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static com.aftersales.parts.support.Dealership.read;
import static com.aftersales.parts.support.Dealership.today;
import static com.aftersales.platform.test.ProblemMatchers.domainRule;
import static com.aftersales.platform.test.ProblemMatchers.illegalTransition;
import static com.aftersales.platform.test.ProblemMatchers.invalid;
import static com.aftersales.platform.test.ProblemMatchers.notFound;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Purchase and special orders, and the daily receiving (S6.1). */
@ServiceTest
class PurchaseOrderApiTest {

    @Autowired
    MockMvc http;

    Dealership dealer;

    @BeforeEach
    void freshDealerWithParts() throws Exception {
        dealer = Dealership.fresh(http).withPart("OF-100", 0).withPart("EO-5W30", 0);
    }

    String orderJson(String expectedOn) {
        return """
                {"supplier":"FAW-VW Parts Center","expectedOn":"%s","placedBy":"clerk-1",
                 "lines":[{"partNumber":"OF-100","quantity":5},{"partNumber":"EO-5W30","quantity":12}]}""".formatted(expectedOn);
    }

    @Test
    @DisplayName("S6.1: an order is placed; it shows among the arrivals expected on its day (default today)")
    void anOrderIsPlacedAndExpected() throws Exception {
        String id = read(dealer.post("/api/purchase-orders", orderJson(today().toString()))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/purchase-orders/")))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.lines[*].outstanding", contains(5, 12))), "$.id");
        dealer.order("OF-100", 3, today().plusDays(1), null);

        dealer.get("/api/purchase-orders")
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(id))
                .andExpect(jsonPath("$.items[0].supplier").value("FAW-VW Parts Center"));
        dealer.get("/api/purchase-orders?expectedOn=" + today().plusDays(1)).andExpect(jsonPath("$.total").value(1));
        dealer.get("/api/purchase-orders/{id}", id).andExpect(status().isOk()).andExpect(jsonPath("$.placedBy").value("clerk-1"));
        dealer.get("/api/purchase-orders?expectedOn=tomorrow").andExpect(invalid("expectedOn"));
        Dealership.fresh(http).get("/api/purchase-orders").andExpect(jsonPath("$.total").value(0));
    }

    @Test
    @DisplayName("S6.1: a bad order is refused (400 field by field, 422 for a part not in the catalogue) and nothing is placed")
    void aBadOrderIsRefused() throws Exception {
        dealer.post("/api/purchase-orders", """
                        {"supplier":"","lines":[{"partNumber":"","quantity":0}]}""")
                .andExpect(invalid("supplier"))
                .andExpect(jsonPath("$.errors[*].field").value(hasItems("expectedOn", "lines[0].partNumber", "lines[0].quantity")));
        dealer.post("/api/purchase-orders", """
                        {"supplier":"FAW-VW","expectedOn":"%s","lines":[]}""".formatted(today()))
                .andExpect(invalid("lines"));
        dealer.post("/api/purchase-orders", orderJson(today().minusDays(1).toString())).andExpect(invalid("expectedOn"));
        dealer.post("/api/purchase-orders", orderJson("2026-13-45")).andExpect(invalid("expectedOn"));
        dealer.post("/api/purchase-orders", orderJson(today().toString()).replace("EO-5W30", "OF-100"))
                .andExpect(invalid("lines[1].partNumber"));
        dealer.post("/api/purchase-orders", orderJson(today().toString()).replace("EO-5W30", "XX-999"))
                .andExpect(domainRule("S6-catalogue", "lines[1].partNumber"));

        dealer.get("/api/purchase-orders").andExpect(jsonPath("$.total").value(0));
    }

    @Test
    @DisplayName("S6.1: what actually came is booked: stock in, the order partly then fully received")
    void whatCameIsBooked() throws Exception {
        String id = read(dealer.post("/api/purchase-orders", orderJson(today().toString())), "$.id");

        dealer.post("/api/purchase-orders/{id}/receipts", """
                        {"lines":[{"partNumber":"OF-100","quantity":5},{"partNumber":"EO-5W30","quantity":4}],"receivedBy":"clerk-2"}""", id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.receiptId").isNotEmpty())
                .andExpect(jsonPath("$.purchaseOrder.status").value("PARTLY_RECEIVED"))
                .andExpect(jsonPath("$.purchaseOrder.lines[*].received", contains(5, 4)))
                .andExpect(jsonPath("$.purchaseOrder.receipts[0].receivedBy").value("clerk-2"))
                .andExpect(jsonPath("$.filledBackorders.length()").value(0));
        assertThat(dealer.onHand("OF-100")).isEqualTo(5);
        assertThat(dealer.onHand("EO-5W30")).isEqualTo(4);

        dealer.receive(id, "EO-5W30", 8).andExpect(jsonPath("$.purchaseOrder.status").value("RECEIVED"));
        assertThat(dealer.onHand("EO-5W30")).isEqualTo(12);
        dealer.get("/api/purchase-orders").andExpect(jsonPath("$.items[0].lines[*].outstanding", contains(0, 0)));
    }

    @Test
    @DisplayName("S6.1: a receipt of a part not ordered (422), more than is to come (422), bad input (400) or on a received order (409) changes nothing")
    void aWrongReceiptChangesNothing() throws Exception {
        String id = dealer.order("OF-100", 2, today(), null);
        String before = dealer.snapshot("/api/purchase-orders/{id}", id);

        dealer.receive(id, "EO-5W30", 1).andExpect(domainRule("S6.1-receipt-on-order", "lines[0].partNumber"));
        dealer.receive(id, "OF-100", 3).andExpect(domainRule("S6.1-receipt-within-order", "lines[0].quantity"));
        dealer.post("/api/purchase-orders/{id}/receipts", "{\"lines\":[{\"partNumber\":\"OF-100\",\"quantity\":-1}]}", id)
                .andExpect(invalid("receivedBy"))
                .andExpect(jsonPath("$.errors[*].field").value(hasItems("lines[0].quantity")));
        dealer.post("/api/purchase-orders/{id}/receipts", "{\"lines\":[],\"receivedBy\":\"clerk-1\"}", id).andExpect(invalid("lines"));

        assertThat(dealer.snapshot("/api/purchase-orders/{id}", id)).isEqualTo(before);
        assertThat(dealer.onHand("OF-100")).isZero();

        dealer.receive(id, "OF-100", 2).andExpect(status().isOk());
        dealer.receive(id, "OF-100", 1).andExpect(illegalTransition("RECEIVED"));
        assertThat(dealer.onHand("OF-100")).isEqualTo(2);
    }

    @Test
    @DisplayName("S6.1: an unknown order is a 404 problem detail, also another dealer's")
    void anUnknownOrderIsNotFound() throws Exception {
        String id = dealer.order("OF-100", 2, today(), null);
        Dealership other = Dealership.fresh(http);

        other.get("/api/purchase-orders/{id}", id).andExpect(notFound("purchase order"));
        other.receive(id, "OF-100", 1).andExpect(notFound("purchase order"));
        assertThat(dealer.onHand("OF-100")).isZero();
    }
}
