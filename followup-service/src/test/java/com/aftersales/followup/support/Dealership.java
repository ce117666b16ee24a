package com.aftersales.followup.support;

import com.aftersales.platform.test.DealerRequests;
import com.jayway.jsonpath.JsonPath;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One dealership of a service test: its own {@code X-Dealer-Id}, so tests sharing the one Spring context
 * (and database, and appointment-service stub) never see each other's data, plus short ways to set up what a
 * test needs through Kafka and the HTTP API.
 */
public final class Dealership extends DealerRequests {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final Duration PATIENCE = Duration.ofSeconds(20);

    private Dealership(MockMvc http, String id) {
        super(http, id);
    }

    public static Dealership fresh(MockMvc http) {
        return new Dealership(http, freshId());
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

        // ---- setting up through Kafka and the API ------------------------------------------------------------

    /** The payload of billing-service's VehicleDelivered. */
    public static String vehicleDelivered(String repairOrderId, Instant deliveredAt) {
        return """
                {"repairOrderId":"%s","invoiceId":"inv-%s","customerId":"cust-%s","vehicleId":"veh-%s","advisorId":"adv-1",
                 "mileageKm":31500,"maintenanceDone":true,"deliveredAt":"%s"}"""
                .formatted(repairOrderId, repairOrderId, repairOrderId, repairOrderId, deliveredAt);
    }

    /** Publishes VehicleDelivered for the RO and waits for its follow-up; answers the follow-up's id. */
    public String delivered(Events events, String repairOrderId, Instant deliveredAt) throws Exception {
        events.publish("billing.events", repairOrderId, "VehicleDelivered", id(), "billing",
                vehicleDelivered(repairOrderId, deliveredAt));
        return awaitFollowUpOf(repairOrderId);
    }

    public String awaitFollowUpOf(String repairOrderId) throws Exception {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() ->
                !JsonPath.<List<?>>read(body(get("/api/follow-ups?repairOrderId={ro}", repairOrderId)), "$.items").isEmpty());
        return read(get("/api/follow-ups?repairOrderId={ro}", repairOrderId), "$.items[0].id");
    }

    /** A delivered RO (delivered four days ago: its follow-up is due) with a complaint opened; answers the complaint's id. */
    public String complaint(Events events, String repairOrderId) throws Exception {
        delivered(events, repairOrderId, Instant.now().minus(Duration.ofDays(4)));
        return read(post("/api/complaints", complaintJson(repairOrderId, "REPAIR_QUALITY")).andExpect(status().isCreated()), "$.id");
    }

    public static String complaintJson(String repairOrderId, String category) {
        return """
                {"repairOrderId":"%s","category":"%s","description":"The brakes still squeal","ownerId":"mgr-1",
                 "plan":"Inspect the brakes again within two days, free of charge"}""".formatted(repairOrderId, category);
    }

    public static String surveyJson(int overall, boolean satisfied, String suggestions) {
        return """
                {"agentId":"agent-1","scores":{"reception":5,"repairQuality":%d,"timeliness":4,"price":3,"cleanliness":5,"overall":%d},
                 "comments":"Friendly staff","suggestions":%s,"satisfied":%s}"""
                .formatted(overall, overall, suggestions == null ? "null" : json(suggestions), satisfied);
    }

    public static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    public static String newRepairOrder() {
        return "ro-" + UUID.randomUUID();
    }
}
