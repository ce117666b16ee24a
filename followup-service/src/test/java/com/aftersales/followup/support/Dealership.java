package com.aftersales.followup.support;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import java.nio.charset.StandardCharsets;
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
public final class Dealership {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final Duration PATIENCE = Duration.ofSeconds(20);

    private final MockMvc http;
    private final String id;

    private Dealership(MockMvc http, String id) {
        this.http = http;
        this.id = id;
    }

    public static Dealership fresh(MockMvc http) {
        return new Dealership(http, "dealer-" + UUID.randomUUID().toString().replace("-", "").substring(0, 24));
    }

    public String id() {
        return id;
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    // ---- raw requests ------------------------------------------------------------------------------------

    public ResultActions get(String url, Object... vars) throws Exception {
        return http.perform(scoped(MockMvcRequestBuilders.get(url, vars)));
    }

    public ResultActions post(String url, String json, Object... vars) throws Exception {
        return http.perform(scoped(MockMvcRequestBuilders.post(url, vars)).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    public ResultActions put(String url, String json, Object... vars) throws Exception {
        return http.perform(scoped(MockMvcRequestBuilders.put(url, vars)).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    public ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
        return http.perform(scoped(request));
    }

    public MockHttpServletRequestBuilder scoped(MockHttpServletRequestBuilder request) {
        return request.header("X-Dealer-Id", id).characterEncoding(StandardCharsets.UTF_8);
    }

    // ---- reading answers ---------------------------------------------------------------------------------

    public static String body(ResultActions actions) throws Exception {
        return body(actions.andReturn());
    }

    public static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    public static <T> T read(ResultActions actions, String path) throws Exception {
        return JsonPath.read(body(actions), path);
    }

    /** What a GET answers now, to compare before and after a refused request. */
    public String snapshot(String url, Object... vars) throws Exception {
        return body(get(url, vars).andExpect(status().isOk()));
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
        events.publish("billing.events", repairOrderId, "VehicleDelivered", id, "billing",
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
