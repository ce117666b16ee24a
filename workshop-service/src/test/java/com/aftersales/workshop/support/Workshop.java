package com.aftersales.workshop.support;

import com.aftersales.platform.test.KafkaProbe;
import com.jayway.jsonpath.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One dealership of a service test: its own {@code X-Dealer-Id}, so tests sharing the one Spring context never see
 * each other's data; short ways to set up technicians and bays through HTTP, and the other services as the
 * workshop hears them: contract envelopes published on their topics, as their outbox relays would.
 */
public final class Workshop {

    public static final String APPOINTMENTS = "appointment.events";
    public static final String RECEPTION = "reception.events";
    public static final String PARTS = "parts.events";
    public static final String WORKSHOP = "workshop.events";
    public static final Duration PATIENCE = Duration.ofSeconds(20);

    private final KafkaProbe kafka = KafkaProbe.onTestBroker();
    private final MockMvc http;
    private final String id;

    private Workshop(MockMvc http, String id) {
        this.http = http;
        this.id = id;
    }

    public static Workshop fresh(MockMvc http) {
        return new Workshop(http, "dealer-" + UUID.randomUUID().toString().replace("-", "").substring(0, 24));
    }

    public String id() {
        return id;
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    public static Instant inHours(long hours) {
        return Instant.now().plus(hours, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    }

    // ---- HTTP --------------------------------------------------------------------------------------------

    public ResultActions get(String url, Object... vars) throws Exception {
        return http.perform(scoped(MockMvcRequestBuilders.get(url, vars)));
    }

    public ResultActions post(String url, String json, Object... vars) throws Exception {
        return http.perform(scoped(MockMvcRequestBuilders.post(url, vars)).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    public ResultActions postIfMatch(String url, String ifMatch, String json, Object... vars) throws Exception {
        return http.perform(scoped(MockMvcRequestBuilders.post(url, vars)).header("If-Match", ifMatch)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    public ResultActions put(String url, String json, Object... vars) throws Exception {
        return http.perform(scoped(MockMvcRequestBuilders.put(url, vars)).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private MockHttpServletRequestBuilder scoped(MockHttpServletRequestBuilder request) {
        return request.header("X-Dealer-Id", id).characterEncoding(StandardCharsets.UTF_8);
    }

    public static String body(ResultActions actions) throws Exception {
        return actions.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    public static <T> T read(ResultActions actions, String path) throws Exception {
        return JsonPath.read(body(actions), path);
    }

    public String snapshot(String url, Object... vars) throws Exception {
        return body(get(url, vars).andExpect(status().isOk()));
    }

    // ---- set-up through the API --------------------------------------------------------------------------

    public Workshop technician(String technicianId, String level, String... skills) throws Exception {
        String list = String.join(",", java.util.Arrays.stream(skills).map(skill -> "\"" + skill + "\"").toList());
        post("/api/technicians", """
                {"id":"%s","name":"Tech %s","skills":[%s],"experienceLevel":"%s","dailyHours":8}"""
                .formatted(technicianId, technicianId, list, level)).andExpect(status().isCreated());
        return this;
    }

    public Workshop bay(String bayId, String kind, String... equipment) throws Exception {
        String list = String.join(",", java.util.Arrays.stream(equipment).map(item -> "\"" + item + "\"").toList());
        post("/api/bays", """
                {"id":"%s","name":"Bay %s","kind":"%s","equipment":[%s]}""".formatted(bayId, bayId, kind, list))
                .andExpect(status().isCreated());
        return this;
    }

    /** Two technicians and three bays: what most tests work with. */
    public Workshop staffed() throws Exception {
        return technician("t-wang", "MASTER", "MAINTENANCE", "REPAIR", "DIAGNOSIS")
                .technician("t-zhao", "JUNIOR", "MAINTENANCE", "TYRES")
                .bay("b-lift", "LIFT", "LIFT")
                .bay("b-diag", "DIAGNOSIS", "DIAGNOSIS", "LIFT")
                .bay("b-align", "ALIGNMENT", "ALIGNMENT_RIG", "LIFT");
    }

    // ---- envelopes of the other services -----------------------------------------------------------------

    public String envelope(String eventId, String type, String key, String source, String payload) {
        return """
                {"eventId":"%s","type":"%s","schemaVersion":1,"occurredAt":"%s","dealerId":"%s","aggregateKey":"%s",
                 "source":"%s","payload":%s}""".formatted(eventId, type, Instant.now(), id, key, source, payload);
    }

    public void publish(String topic, String key, String envelope) {
        String eventId = JsonPath.read(envelope, "$.eventId");
        String type = JsonPath.read(envelope, "$.type");
        kafka.send(topic, key, envelope, Map.of("eventId", eventId, "eventType", type, "dealerId", id));
    }

    public String repairOrderOpened(String repairOrderId, String appointmentId, Instant promisedAt) {
        return envelope(newId(), "RepairOrderOpened", repairOrderId, "reception", """
                {"repairOrderId":"%s","repairOrderNumber":"RO-%s","appointmentId":%s,"customerId":"cust-1",
                 "vehicleId":"veh-1","vin":"LSVAB2BM5NN123456","advisorId":"adv-1","walkIn":%s,"promisedAt":"%s",
                 "openedAt":"%s"}""".formatted(repairOrderId, repairOrderId.substring(0, 8),
                appointmentId == null ? "null" : "\"" + appointmentId + "\"", appointmentId == null, promisedAt, Instant.now()));
    }

    /** A labour line {@code lineId:code:hours:description}. */
    public static String labour(String lineId, String code, String hours, String description) {
        return """
                {"lineId":"%s","kind":"LABOUR","description":"%s","labourOperationCode":"%s","standardHours":%s,
                 "partNumber":null,"quantity":0,"price":{"amount":45000,"currency":"CNY"}}""".formatted(lineId, description, code, hours);
    }

    public static String partLine(String lineId, String partNumber) {
        return """
                {"lineId":"%s","kind":"PART","description":"Part %s","labourOperationCode":null,"standardHours":null,
                 "partNumber":"%s","quantity":1,"price":{"amount":4500,"currency":"CNY"}}""".formatted(lineId, partNumber, partNumber);
    }

    public String estimateApproved(String eventId, String repairOrderId, String... lines) {
        return envelope(eventId, "EstimateLinesApproved", repairOrderId, "reception", """
                {"repairOrderId":"%s","repairOrderNumber":"RO-%s","estimateVersion":1,"lines":[%s],"how":"IN_PERSON",
                 "recordedBy":"adv-1","approvedAt":"%s"}""".formatted(repairOrderId, repairOrderId.substring(0, 8),
                String.join(",", lines), Instant.now()));
    }

    public String concernRecorded(String repairOrderId, String concernId, String words) {
        return envelope(newId(), "ConcernRecorded", repairOrderId, "reception", """
                {"repairOrderId":"%s","concernId":"%s","customerWords":"%s","correctsConcernId":null,"recordedBy":"adv-1",
                 "recordedAt":"%s"}""".formatted(repairOrderId, concernId, words, Instant.now()));
    }

    public String promiseRevised(String repairOrderId, Instant promisedAt) {
        return envelope(newId(), "PromisedTimeRevised", repairOrderId, "reception", """
                {"repairOrderId":"%s","previousPromisedAt":null,"promisedAt":"%s","reason":"parts late","revisedBy":"adv-1",
                 "revisedAt":"%s"}""".formatted(repairOrderId, promisedAt, Instant.now()));
    }

    public String partsBackordered(String repairOrderId, String partNumber) {
        return envelope(newId(), "PartsBackordered", repairOrderId, "parts", """
                {"reservationId":"res-1","repairOrderId":"%s","appointmentId":null,"partNumber":"%s","quantity":1,
                 "reason":"OUT_OF_STOCK","script":"We are sorry...","expectedOn":"2030-01-01","backorderedAt":"%s"}"""
                .formatted(repairOrderId, partNumber, Instant.now()));
    }

    public String partArrived(String eventId, String repairOrderId, String partNumber) {
        return envelope(eventId, "BackorderedPartArrived", repairOrderId, "parts", """
                {"reservationId":"res-1","repairOrderId":"%s","partNumber":"%s","quantity":1,"arrivedAt":"%s"}"""
                .formatted(repairOrderId, partNumber, Instant.now()));
    }

    public String customerArrived(String appointmentId, boolean firstService) {
        return envelope(newId(), "CustomerArrived", appointmentId, "appointment", """
                {"appointmentId":"%s","preparation":{"customerId":"cust-1","vehicleId":"veh-1","vin":"LSVAB2BM5NN123456",
                 "model":"Passat","advisorId":"adv-1","date":"2030-01-01","time":"09:00","requestedWork":[
                 {"labourOperationCode":"FIRST-SVC","name":"First maintenance","category":"MAINTENANCE","standardHours":1.0,
                  "expectedParts":[]}],"expectedHours":1.0,"expectedCost":{"amount":30000,"currency":"CNY"},
                 "firstService":%s,"campaignId":null},"arrivedAt":"%s"}""".formatted(appointmentId, firstService, Instant.now()));
    }

    // ---- scenarios ---------------------------------------------------------------------------------------

    /** Opens a walk-in RO promised at the time given, approves the lines and waits for the jobs of the LABOUR ones. */
    public String repairOrderWithJobs(Instant promisedAt, String... labourLines) {
        String repairOrderId = newId();
        publish(RECEPTION, repairOrderId, repairOrderOpened(repairOrderId, null, promisedAt));
        publish(RECEPTION, repairOrderId, estimateApproved(newId(), repairOrderId, labourLines));
        awaitJobs(repairOrderId, (int) java.util.Arrays.stream(labourLines).filter(line -> line.contains("\"LABOUR\"")).count());
        return repairOrderId;
    }

    public void awaitJobs(String repairOrderId, int count) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                get("/api/jobs?repairOrderId=" + repairOrderId).andExpect(jsonPath("$.total").value(count)));
    }

    public List<String> jobIds(String repairOrderId) throws Exception {
        return read(get("/api/jobs?repairOrderId=" + repairOrderId), "$.items[*].id");
    }

    /** Dispatches (accepting the proposal), clocks on, ticks the checklist and completes the job. */
    public void doJob(String jobId, String technicianId) throws Exception {
        post("/api/jobs/{id}/dispatch", "{\"technicianId\":\"%s\",\"dispatchedBy\":\"foreman\"}".formatted(technicianId), jobId)
                .andExpect(status().isOk());
        post("/api/jobs/{id}/clock-on", "{\"technicianId\":\"%s\"}".formatted(technicianId), jobId).andExpect(status().isOk());
        put("/api/jobs/{id}/checklist", CHECKLIST_DONE, jobId).andExpect(status().isOk());
        post("/api/jobs/{id}/completion", "{\"technicianId\":\"%s\"}".formatted(technicianId), jobId).andExpect(status().isOk());
    }

    public static final String CHECKLIST_DONE = """
            {"coversOn":true,"areaCleaned":true,"settingsRestored":true,"hingesLubricated":true,"oldParts":"TRUNK"}""";

    /** The events on workshop.events keyed {@code key} of the type, each once, waiting until {@code count} are there. */
    public List<ConsumerRecord<String, String>> workshopEvents(String key, String type, int count) {
        return workshopEvents(key, type, count, PATIENCE);
    }

    public List<ConsumerRecord<String, String>> workshopEvents(String key, String type, int count, Duration patience) {
        List<ConsumerRecord<String, String>> found = kafka.read(WORKSHOP,
                record -> key.equals(record.key()) && type.equals(KafkaProbe.header(record, "eventType")),
                records -> records.stream().map(KafkaProbe::eventId).distinct().count() >= count, patience);
        Set<String> seen = new HashSet<>();
        return found.stream().filter(record -> seen.add(KafkaProbe.eventId(record))).toList();
    }

    public static String payload(ConsumerRecord<String, String> record, String path) {
        return String.valueOf((Object) JsonPath.read(record.value(), "$.payload." + path));
    }
}
