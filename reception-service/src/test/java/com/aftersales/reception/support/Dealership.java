package com.aftersales.reception.support;

import com.aftersales.platform.test.DealerRequests;
import com.jayway.jsonpath.JsonPath;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One dealership of a service test: its own {@code X-Dealer-Id}, so tests sharing the one Spring context
 * (and database, and parts-service stub) never see each other's data, plus short ways to set up what a test
 * needs through the HTTP API itself.
 */
public final class Dealership extends DealerRequests {

    public static final String ADVISOR = "adv-1";
    /** 300.00 CNY per hour, in fen. */
    public static final long LABOUR_RATE = 30_000;

    private Dealership(MockMvc http, String id) {
        super(http, id);
    }

    public static Dealership fresh(MockMvc http) {
        return new Dealership(http, freshId());
    }

    /** A time from now, to the second, as the API writes it. */
    public static Instant inMinutes(long minutes) {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofMinutes(minutes));
    }

        // ---- setting up through the API ----------------------------------------------------------------------

    public Dealership withLabourRate() throws Exception {
        put("/api/reception-settings", """
                {"labourRatePerHour":{"amount":%d,"currency":"CNY"}}""".formatted(LABOUR_RATE)).andExpect(status().isOk());
        return this;
    }

    /** Makes a part known to the parts-service stub for this dealer. */
    public Dealership withPart(String partNumber, String name, long unitPrice, int available) {
        PartsServiceStub.instance().part(id(), partNumber, name, unitPrice, available, null);
        return this;
    }

    public static String walkInJson(String advisorId, Instant promisedAt) {
        return """
                {"customerId":"cust-%s","vehicleId":"veh-%s","vin":"%s","plate":"沪A%05d","advisorId":"%s",
                 "requestedWork":["Noise from the front left wheel"],"promisedAt":"%s"}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8), UUID.randomUUID().toString().substring(0, 8),
                        randomVin(), ThreadLocalRandom.current().nextInt(100_000), advisorId, promisedAt);
    }

    /** Opens a walk-in RO, promised in four hours; answers its id. */
    public String walkIn() throws Exception {
        return read(post("/api/repair-orders", walkInJson(ADVISOR, inMinutes(240))).andExpect(status().isCreated()), "$.id");
    }

    public String concern(String repairOrderId, String words) throws Exception {
        String body = body(post("/api/repair-orders/{id}/concerns", """
                {"customerWords":%s,"recordedBy":"%s"}""".formatted(json(words), ADVISOR), repairOrderId)
                .andExpect(status().isCreated()));
        return JsonPath.read(body, "$.concerns[-1].id");
    }

    public String labourLine(String repairOrderId, String description, String hours) throws Exception {
        return JsonPath.read(body(post("/api/repair-orders/{id}/estimate/lines", """
                {"kind":"LABOUR","labourOperationCode":"BRAKE","description":"%s","standardHours":%s}"""
                .formatted(description, hours), repairOrderId).andExpect(status().isCreated())), "$.lines[-1].lineId");
    }

    public String partLine(String repairOrderId, String partNumber, int quantity) throws Exception {
        return JsonPath.read(body(post("/api/repair-orders/{id}/estimate/lines", """
                {"kind":"PART","partNumber":"%s","quantity":%d}""".formatted(partNumber, quantity), repairOrderId)
                .andExpect(status().isCreated())), "$.lines[-1].lineId");
    }

    public void timeRange(String repairOrderId) throws Exception {
        put("/api/repair-orders/{id}/estimate/time-range", """
                {"readyFrom":"%s","readyBy":"%s"}""".formatted(inMinutes(120), inMinutes(180)), repairOrderId)
                .andExpect(status().isOk());
    }

    public void present(String repairOrderId) throws Exception {
        post("/api/repair-orders/{id}/estimate/present", "{\"presentedBy\":\"%s\"}".formatted(ADVISOR), repairOrderId)
                .andExpect(status().isOk());
    }

    /** The payload of appointment-service's CustomerArrived: booked for 09:30 today, OIL (1.5 h, an oil filter). */
    public static String customerArrived(String appointmentId, Instant arrivedAt) {
        return """
                {"appointmentId":"%s","arrivedAt":"%s",
                 "preparation":{"customerId":"cust-1","vehicleId":"veh-1","vin":"LSVAB2BM5NN123456","model":"Passat",
                  "advisorId":"%s","date":"%s","time":"09:30:00",
                  "requestedWork":[{"labourOperationCode":"OIL","name":"Oil and filter change","category":"MAINTENANCE",
                    "standardHours":1.5,"expectedParts":[{"partNumber":"OF-100","name":"Oil filter","quantity":1,
                    "unitPrice":{"amount":4500,"currency":"CNY"}}]}],
                  "expectedHours":1.5,"expectedCost":{"amount":49500,"currency":"CNY"},"firstService":true,"campaignId":null}}"""
                .formatted(appointmentId, arrivedAt, ADVISOR, java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
    }

    /** Publishes CustomerArrived for a new appointment and waits for the RO opened from it; answers the RO's id. */
    public String arrivedAppointment(Events events, String appointmentId) throws Exception {
        events.publish("appointment.events", appointmentId, "CustomerArrived", id(), "appointment",
                customerArrived(appointmentId, Instant.now()));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> get("/api/repair-orders/by-appointment/{a}", appointmentId).andReturn().getResponse().getStatus() == 200);
        return read(get("/api/repair-orders/by-appointment/{a}", appointmentId), "$.id");
    }

    public static String randomVin() {
        String allowed = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
        StringBuilder vin = new StringBuilder("LSV");
        while (vin.length() < 17) {
            vin.append(allowed.charAt(ThreadLocalRandom.current().nextInt(allowed.length())));
        }
        return vin.toString();
    }

    public static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
