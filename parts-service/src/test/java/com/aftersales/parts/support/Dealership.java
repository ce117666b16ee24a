package com.aftersales.parts.support;

import com.aftersales.platform.test.DealerRequests;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One dealership of a service test: its own {@code X-Dealer-Id}, so tests sharing the one Spring context (and
 * so the one database) never see each other's data, and short ways to set up parts through the HTTP API.
 */
public final class Dealership extends DealerRequests {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Dealership(MockMvc http, String id) {
        super(http, id);
    }

    /** A dealership nobody else uses (the header allows 40 characters at most). */
    public static Dealership fresh(MockMvc http) {
        return new Dealership(http, freshId());
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

        // ---- setting up through the API ----------------------------------------------------------------------

    public static String partJson(String partNumber, String name, long price, String bin, int reorderPoint) {
        return """
                {"partNumber":"%s","name":"%s","unitPrice":{"amount":%d,"currency":"CNY"},"binLocation":"%s","reorderPoint":%d}"""
                .formatted(partNumber, name, price, bin, reorderPoint);
    }

    /** A part in the catalogue with {@code onHand} units in stock (reorder point 0). */
    public Dealership withPart(String partNumber, int onHand) throws Exception {
        return withPart(partNumber, "Part " + partNumber, onHand, 0);
    }

    public Dealership withPart(String partNumber, String name, int onHand, int reorderPoint) throws Exception {
        post("/api/parts", partJson(partNumber, name, 4500, "A-01-" + partNumber.length(), reorderPoint))
                .andExpect(status().isCreated());
        if (onHand != 0) {
            stock(partNumber, onHand, "initial stock");
        }
        return this;
    }

    public void stock(String partNumber, int quantity, String reason) throws Exception {
        post("/api/parts/{partNumber}/stock-adjustments", """
                {"quantity":%d,"reason":"%s"}""".formatted(quantity, reason), partNumber)
                .andExpect(status().isOk());
    }

    public int onHand(String partNumber) throws Exception {
        return read(get("/api/parts/{partNumber}", partNumber), "$.onHand");
    }

    public int reserved(String partNumber) throws Exception {
        return read(get("/api/parts/{partNumber}", partNumber), "$.reserved");
    }

    public int available(String partNumber) throws Exception {
        return read(get("/api/parts/{partNumber}", partNumber), "$.available");
    }

    /** Places a purchase order for one part, expected on the day given; answers its id. */
    public String order(String partNumber, int quantity, LocalDate expectedOn, String specialForRepairOrderId) throws Exception {
        String special = specialForRepairOrderId == null ? "" : ",\"specialOrderForRepairOrderId\":\"" + specialForRepairOrderId + "\"";
        return read(post("/api/purchase-orders", """
                {"supplier":"FAW-VW Parts Center","expectedOn":"%s","lines":[{"partNumber":"%s","quantity":%d}]%s}"""
                .formatted(expectedOn, partNumber, quantity, special)).andExpect(status().isCreated()), "$.id");
    }

    public ResultActions receive(String orderId, String partNumber, int quantity) throws Exception {
        return post("/api/purchase-orders/{id}/receipts", """
                {"lines":[{"partNumber":"%s","quantity":%d}],"receivedBy":"clerk-1"}""".formatted(partNumber, quantity), orderId);
    }
}
