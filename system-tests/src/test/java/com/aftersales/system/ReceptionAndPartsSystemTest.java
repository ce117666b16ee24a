package com.aftersales.system;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Steps 1-6 across the running services, through the gateway, with the real broker: an appointment is
 * booked and the customer arrives; the repair order is waiting (S3.1); the customer's words are kept (S4.1);
 * the diagnosis and the estimate follow; one line is declined, the rest approved (S5.1); parts are reserved
 * and one is backordered; it arrives, the customer is told and the RO gets priority (S6.2); the declined line
 * is in the solicitation list (S1); and the RO's timeline shows every step in order (G1).
 */
@ExtendWith(RunningStack.class)
class ReceptionAndPartsSystemTest {

    private static final ZoneId DEALER_ZONE = ZoneId.of("Asia/Shanghai");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final Api api = new Api("sys-" + UUID.randomUUID().toString().substring(0, 8));

    @Test
    @DisplayName("S3.1, S4.1, S5.1, S6.2, S1, G1: from the appointment to the approved estimate, a backorder filled, the timeline in order")
    void anAppointmentBecomesARepairOrderWhoseApprovedWorkIsReservedAndWhoseDeclinedWorkIsSolicited() {
        SystemFixtures.workshop(api);
        api.ok("POST", "/api/labour-operations", """
                {"code":"BRAKE-FRONT","name":"Front brake pads","category":"REPAIR","standardHours":1.2}""");
        api.ok("PUT", "/api/reception-settings", """
                {"labourRatePerHour":{"amount":30000,"currency":"CNY"}}""");
        part("OF-1001", "Oil filter", 6800, 10);
        part("BP-3003", "Front brake pad set", 48000, 0);

        String customerId = api.ok("POST", "/api/customers", """
                {"name":"Qian Li","phone":"1366%s","consents":["PHONE","SMS"]}""".formatted(SystemFixtures.digits(7))).get("id").asString();
        String vehicleId = api.ok("POST", "/api/vehicles", """
                {"vin":"%s","plate":"沪H%s","model":"Lavida","ownerId":"%s","mileageKm":21000,"purchaseDate":"2024-09-01","firstServiceDone":true}"""
                .formatted(SystemFixtures.vin(), SystemFixtures.digits(5), customerId)).get("id").asString();
        String appointmentId = api.ok("POST", "/api/appointments", """
                {"customerId":"%s","vehicleId":"%s","advisorId":"a-li","date":"%s","time":"%s","labourOperationCodes":["MAINT-10K"],
                 "forceOverCapacity":true,"overCapacityReason":"system test: today, whatever the weekday"}"""
                .formatted(customerId, vehicleId, LocalDate.now(DEALER_ZONE), "09:00")).get("id").asString();

        // S3.1: arrival; reception has the RO ready from the appointment.
        api.ok("POST", "/api/appointments/" + appointmentId + "/arrival", null);
        JsonNode ro = await().atMost(PATIENCE).until(
                () -> api.get("/api/repair-orders/by-appointment/" + appointmentId),
                answer -> answer.status() == 200).json();
        String roId = ro.get("id").asString();
        String roPath = "/api/repair-orders/" + roId;
        api.ok("POST", roPath + "/greeting", """
                {"advisorId":"a-li"}""");

        // S4.1-S4.3: the customer's words verbatim, confirmed, diagnosed.
        String words = "It squeals at the front when I brake, mostly on cold mornings — like a whistle!";
        api.ok("POST", roPath + "/concerns", """
                {"customerWords":"%s","recordedBy":"a-li"}""".formatted(words));
        JsonNode afterConcern = api.ok("GET", roPath, null);
        String concernId = afterConcern.get("concerns").get(0).get("id").asString();
        assertThat(afterConcern.get("concerns").get(0).get("customerWords").asString()).isEqualTo(words);
        api.ok("POST", roPath + "/concerns/" + concernId + "/confirmation", """
                {"note":"heard it together on a test drive","confirmedBy":"a-li"}""");
        api.ok("POST", roPath + "/concerns/" + concernId + "/diagnosis", """
                {"cause":"front pads worn to 2 mm","correction":"replace front brake pads","diagnosedBy":"a-li"}""");

        // S5.1: an estimate of labour and parts, presented complete, one line declined.
        String maintenance = line(roPath, """
                {"kind":"LABOUR","description":"Regular maintenance","standardHours":1.5,"labourOperationCode":"MAINT-10K"}""");
        String filter = line(roPath, """
                {"kind":"PART","partNumber":"OF-1001","quantity":1}""");
        String brakes = line(roPath, """
                {"kind":"LABOUR","description":"Front brake pads","standardHours":1.2,"labourOperationCode":"BRAKE-FRONT"}""");
        String pads = line(roPath, """
                {"kind":"PART","partNumber":"BP-3003","quantity":1}""");
        String airCon = line(roPath, """
                {"kind":"LABOUR","description":"Air-conditioning cleaning","standardHours":0.8,"labourOperationCode":"AC-CLEAN"}""");
        ZonedDateTime now = ZonedDateTime.now(DEALER_ZONE);
        api.ok("PUT", roPath + "/estimate/time-range", """
                {"readyFrom":"%s","readyBy":"%s"}""".formatted(now.plusHours(3).toInstant(), now.plusHours(5).toInstant()));
        api.ok("POST", roPath + "/estimate/present", """
                {"presentedBy":"a-li"}""");
        api.ok("POST", roPath + "/estimate/decisions", """
                {"how":"IN_PERSON","recordedBy":"a-li","decisions":[
                  {"lineId":"%s","approved":true},{"lineId":"%s","approved":true},{"lineId":"%s","approved":true},
                  {"lineId":"%s","approved":true},{"lineId":"%s","approved":false,"reason":"PRICE_TOO_HIGH"}]}"""
                .formatted(maintenance, filter, brakes, pads, airCon));

        // Step 6: the filter is reserved (pre-reserved for the appointment, S2.2), the pads are backordered.
        await().atMost(PATIENCE).until(() -> reservationLines(roId),
                lines -> hasLine(lines, l -> "BP-3003".equals(l.get("partNumber").asString()) && l.get("backordered").asInt() == 1)
                        && hasLine(lines, l -> "OF-1001".equals(l.get("partNumber").asString()) && l.get("reserved").asInt() >= 1));

        // S6.1, S6.2: the pads arrive; the customer is told and the RO gets priority.
        String orderId = api.ok("POST", "/api/purchase-orders", """
                {"supplier":"FAW-VW parts centre","expectedOn":"%s","lines":[{"partNumber":"BP-3003","quantity":2}]}"""
                .formatted(LocalDate.now(DEALER_ZONE))).get("id").asString();
        api.ok("POST", "/api/purchase-orders/" + orderId + "/receipts", """
                {"lines":[{"partNumber":"BP-3003","quantity":2}],"receivedBy":"p-zhou"}""");
        JsonNode prioritised = await().atMost(PATIENCE).until(() -> api.ok("GET", roPath, null),
                order -> order.get("priority").asBoolean());
        assertThat(prioritised.get("priority").asBoolean()).isTrue();
        JsonNode messages = api.ok("GET", roPath + "/messages", null);
        assertThat(messages.toString()).contains("BP-3003");

        // S5 -> S1: the declined line is now solicitation for that vehicle.
        JsonNode solicitations = await().atMost(PATIENCE).until(
                () -> api.ok("GET", "/api/solicitations?vehicleId=" + vehicleId + "&kind=DECLINED_WORK", null),
                page -> page.get("items").size() > 0);
        assertThat(solicitations.get("items").get(0).get("declinedWork").get("description").asString())
                .isEqualTo("Air-conditioning cleaning");

        // G1: every step, in order, with who and when.
        List<String> expectedOrder = List.of("AppointmentBooked", "CustomerArrived", "RepairOrderOpened", "CustomerGreeted",
                "ConcernRecorded", "SymptomConfirmed", "DiagnosisRecorded", "EstimatePresented", "EstimateLinesApproved",
                "PartsBackordered", "BackorderedPartArrived");
        JsonNode timeline = await().atMost(PATIENCE).until(() -> api.ok("GET", roPath + "/timeline", null),
                t -> types(t).containsAll(expectedOrder) && types(t).contains("EstimateLinesDeclined"));
        List<String> types = types(timeline);
        assertThat(types.stream().filter(expectedOrder::contains).distinct().toList()).containsExactlyElementsOf(expectedOrder);
        for (JsonNode entry : timeline.get("entries")) {
            assertThat(entry.get("at").asString()).as("when, for %s", entry).isNotBlank();
            assertThat(entry.get("who").asString()).as("who, for %s", entry).isNotBlank();
        }
    }

    private void part(String partNumber, String name, long price, int stock) {
        api.ok("POST", "/api/parts", """
                {"partNumber":"%s","name":"%s","unitPrice":{"amount":%d,"currency":"CNY"},"binLocation":"A-01-%s","reorderPoint":2}"""
                .formatted(partNumber, name, price, partNumber.substring(0, 2)));
        if (stock > 0) {
            api.ok("POST", "/api/parts/" + partNumber + "/stock-adjustments", """
                    {"quantity":%d,"reason":"opening stock"}""".formatted(stock));
        }
    }

    private String line(String roPath, String json) {
        Api.Answer answer = api.post(roPath + "/estimate/lines", json);
        assertThat(answer.status()).as("adding %s: %s", json, answer.raw().body()).isEqualTo(201);
        String location = answer.raw().headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private List<JsonNode> reservationLines(String roId) {
        List<JsonNode> lines = new ArrayList<>();
        JsonNode page = api.ok("GET", "/api/part-reservations?repairOrderId=" + roId, null);
        JsonNode reservations = page.has("items") ? page.get("items") : page;
        for (JsonNode reservation : reservations) {
            reservation.get("lines").forEach(lines::add);
        }
        return lines;
    }

    private static boolean hasLine(List<JsonNode> lines, Predicate<JsonNode> test) {
        return lines.stream().anyMatch(test);
    }

    private static List<String> types(JsonNode timeline) {
        List<String> types = new ArrayList<>();
        timeline.get("entries").forEach(entry -> types.add(entry.get("type").asString()));
        return types;
    }
}
