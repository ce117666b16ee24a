package com.aftersales.parts.support;

import com.aftersales.platform.test.KafkaProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.test.web.servlet.ResultActions;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * The other services, as parts-service hears them: contract envelopes of appointment-service and
 * reception-service published on their topics, as those services' outbox relays would.
 */
public final class Reception {

    public static final String APPOINTMENTS = "appointment.events";
    public static final String RECEPTION = "reception.events";
    public static final Duration PATIENCE = Duration.ofSeconds(20);

    private final KafkaProbe kafka = KafkaProbe.onTestBroker();
    private final Dealership dealer;

    public Reception(Dealership dealer) {
        this.dealer = dealer;
    }

    /** One part of a booking's expected parts. */
    public record Expected(String partNumber, int quantity) {
    }

    public static Expected part(String partNumber, int quantity) {
        return new Expected(partNumber, quantity);
    }

    // ---- envelopes ---------------------------------------------------------------------------------------

    public String envelope(String eventId, String type, String key, String source, String payload) {
        return """
                {"eventId":"%s","type":"%s","schemaVersion":1,"occurredAt":"%s","dealerId":"%s","aggregateKey":"%s",
                 "source":"%s","payload":%s}""".formatted(eventId, type, Instant.now(), dealer.id(), key, source, payload);
    }

    public static String preparation(LocalDate date, String time, Expected... parts) {
        StringBuilder expected = new StringBuilder();
        for (Expected part : parts) {
            expected.append(expected.isEmpty() ? "" : ",").append("""
                    {"partNumber":"%s","name":"Part %s","quantity":%d,"unitPrice":{"amount":4500,"currency":"CNY"}}"""
                    .formatted(part.partNumber(), part.partNumber(), part.quantity()));
        }
        return """
                {"customerId":"cust-1","vehicleId":"veh-1","vin":"LSVAB2BM5NN123456","model":"Passat","advisorId":"adv-1",
                 "date":"%s","time":"%s","requestedWork":[{"labourOperationCode":"OIL","name":"Oil and filter change",
                 "category":"MAINTENANCE","standardHours":1.5,"expectedParts":[%s]}],"expectedHours":1.5,
                 "expectedCost":{"amount":73500,"currency":"CNY"},"firstService":false,"campaignId":null}"""
                .formatted(date, time, expected);
    }

    public String booked(String eventId, String appointmentId, LocalDate date, String time, Expected... parts) {
        return envelope(eventId, "AppointmentBooked", appointmentId, "appointment", """
                {"appointmentId":"%s","preparation":%s,"forcedOverCapacity":false,"overCapacityReason":null,"bookedAt":"%s"}"""
                .formatted(appointmentId, preparation(date, time, parts), Instant.now()));
    }

    public String cancelled(String eventId, String appointmentId) {
        return envelope(eventId, "AppointmentCancelled", appointmentId, "appointment", """
                {"appointmentId":"%s","date":"%s","reason":"car sold","releasedParts":[],"cancelledAt":"%s"}"""
                .formatted(appointmentId, Dealership.today(), Instant.now()));
    }

    public String noShow(String eventId, String appointmentId) {
        return envelope(eventId, "AppointmentNoShowRecorded", appointmentId, "appointment", """
                {"appointmentId":"%s","date":"%s","releasedParts":[],"recordedAt":"%s"}"""
                .formatted(appointmentId, Dealership.today(), Instant.now()));
    }

    public String repairOrderOpened(String eventId, String repairOrderId, String appointmentId, Instant promisedAt) {
        return envelope(eventId, "RepairOrderOpened", repairOrderId, "reception", """
                {"repairOrderId":"%s","repairOrderNumber":"RO-%s","appointmentId":%s,"customerId":"cust-1",
                 "vehicleId":"veh-1","vin":"LSVAB2BM5NN123456","advisorId":"adv-1","walkIn":%s,"promisedAt":"%s",
                 "openedAt":"%s"}""".formatted(repairOrderId, repairOrderId.substring(0, 8),
                appointmentId == null ? "null" : "\"" + appointmentId + "\"", appointmentId == null, promisedAt, Instant.now()));
    }

    /** Approved estimate lines: each part line {@code lineId:partNumber:quantity}, plus one labour line. */
    public String estimateApproved(String eventId, String repairOrderId, String... partLines) {
        StringBuilder lines = new StringBuilder("""
                {"lineId":"labour-1","kind":"LABOUR","description":"Oil change","labourOperationCode":"OIL",
                 "standardHours":1.5,"partNumber":null,"quantity":0,"price":{"amount":45000,"currency":"CNY"}}""");
        for (String partLine : partLines) {
            String[] p = partLine.split(":");
            lines.append(",").append("""
                    {"lineId":"%s","kind":"PART","description":"Part %s","labourOperationCode":null,"standardHours":null,
                     "partNumber":"%s","quantity":%s,"price":{"amount":4500,"currency":"CNY"}}""".formatted(p[0], p[1], p[1], p[2]));
        }
        return envelope(eventId, "EstimateLinesApproved", repairOrderId, "reception", """
                {"repairOrderId":"%s","repairOrderNumber":"RO-%s","estimateVersion":1,"lines":[%s],"how":"IN_PERSON",
                 "recordedBy":"adv-1","approvedAt":"%s"}""".formatted(repairOrderId, repairOrderId.substring(0, 8), lines,
                Instant.now()));
    }

    /** Additional work the customer consented to (S8.2), with its part lines {@code lineId:partNumber:quantity}. */
    public String additionalWorkConsented(String eventId, String repairOrderId, String... partLines) {
        StringBuilder lines = new StringBuilder();
        for (String partLine : partLines) {
            String[] p = partLine.split(":");
            lines.append(lines.isEmpty() ? "" : ",").append("""
                    {"lineId":"%s","kind":"PART","description":"Part %s","labourOperationCode":null,"standardHours":null,
                     "partNumber":"%s","quantity":%s,"price":{"amount":4500,"currency":"CNY"}}""".formatted(p[0], p[1], p[1], p[2]));
        }
        return envelope(eventId, "AdditionalWorkConsented", repairOrderId, "reception", """
                {"repairOrderId":"%s","requestId":"req-1","lines":[%s],"extraCost":{"amount":9000,"currency":"CNY"},
                 "promisedAt":"%s","recordedBy":"adv-1","consentedAt":"%s"}""".formatted(repairOrderId, lines,
                Instant.now().plusSeconds(7200), Instant.now()));
    }

    public String promiseRevised(String eventId, String repairOrderId, Instant promisedAt) {
        return envelope(eventId, "PromisedTimeRevised", repairOrderId, "reception", """
                {"repairOrderId":"%s","previousPromisedAt":null,"promisedAt":"%s","reason":"parts late","revisedBy":"adv-1",
                 "revisedAt":"%s"}""".formatted(repairOrderId, promisedAt, Instant.now()));
    }

    // ---- publishing --------------------------------------------------------------------------------------

    public void publish(String topic, String key, String envelope) {
        String eventId = com.jayway.jsonpath.JsonPath.read(envelope, "$.eventId");
        String type = com.jayway.jsonpath.JsonPath.read(envelope, "$.type");
        kafka.send(topic, key, envelope, Map.of("eventId", eventId, "eventType", type, "dealerId", dealer.id()));
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** Books an appointment with expected parts and waits until parts-service has pre-reserved them. */
    public String book(LocalDate date, String time, Expected... parts) {
        String appointmentId = newId();
        publish(APPOINTMENTS, appointmentId, booked(newId(), appointmentId, date, time, parts));
        awaitReservations("appointmentId", appointmentId, 1);
        return appointmentId;
    }

    /** Opens a repair order (from an appointment, or a walk-in when null) and waits until parts-service knows it. */
    public String openRepairOrder(String appointmentId, Instant promisedAt) {
        String repairOrderId = newId();
        publish(RECEPTION, repairOrderId, repairOrderOpened(newId(), repairOrderId, appointmentId, promisedAt));
        awaitReservations("repairOrderId", repairOrderId, 1);
        return repairOrderId;
    }

    /**
     * Approves part lines ({@code lineId:partNumber:quantity}) and waits until the repair order's line of
     * {@code partNumber} requests {@code requested}.
     */
    public void approve(String repairOrderId, String partNumber, int requested, String... partLines) {
        publish(RECEPTION, repairOrderId, estimateApproved(newId(), repairOrderId, partLines));
        awaitLine(repairOrderId, partNumber, "requested", requested);
    }

    /** Waits until the repair order's line of the part shows the value in the field (requested, reserved, ...). */
    public void awaitLine(String repairOrderId, String partNumber, String field, int value) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> reservations("repairOrderId", repairOrderId)
                .andExpect(jsonPath("$.items[0].lines[?(@.partNumber == '" + partNumber + "')]." + field)
                        .value(org.hamcrest.Matchers.contains(value))));
    }

    public ResultActions reservations(String by, String id) throws Exception {
        return dealer.get("/api/part-reservations?" + by + "=" + id);
    }

    public void awaitReservations(String by, String id, int count) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> reservations(by, id).andExpect(jsonPath("$.total").value(count)));
    }

    /** The events on parts.events keyed {@code key} of the type, each once, waiting until {@code count} are there. */
    public List<ConsumerRecord<String, String>> partsEvents(String key, String type, int count) {
        List<ConsumerRecord<String, String>> found = kafka.read("parts.events",
                record -> key.equals(record.key()) && type.equals(KafkaProbe.header(record, "eventType")),
                records -> records.stream().map(KafkaProbe::eventId).distinct().count() >= count, PATIENCE);
        java.util.Set<String> seen = new java.util.HashSet<>();
        return found.stream().filter(record -> seen.add(KafkaProbe.eventId(record))).toList();
    }

    public String reservationIdOf(String by, String id) throws Exception {
        List<String> ids = Dealership.read(reservations(by, id), "$.items[*].id");
        return ids.get(0);
    }
}
