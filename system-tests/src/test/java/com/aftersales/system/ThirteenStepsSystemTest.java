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

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One repair order through all 13 steps of the dealer flow, across every running service, through the
 * gateway, with the real broker: solicitation, booking, arrival, RO, concern, diagnosis, estimate and
 * approval, parts, dispatch, repair with additional work approved, inspection, wash, invoice (its total
 * computed by hand here), payment, delivery, follow-up. The RO's timeline lists every step in order with who
 * and when (G1).
 */
@ExtendWith(RunningStack.class)
class ThirteenStepsSystemTest {

    private static final ZoneId DEALER_ZONE = ZoneId.of("Asia/Shanghai");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final Api api = new Api("sys-" + UUID.randomUUID().toString().substring(0, 8));

    @Test
    @DisplayName("Steps 1-13 and G1: one car from solicitation to follow-up, invoice total as computed by hand")
    void oneCarThroughAllThirteenSteps() {
        dealership();
        LocalDate today = LocalDate.now(DEALER_ZONE);

        // Step 1, S1.2: a first maintenance falls due; the advisor solicits it.
        String customerId = api.ok("POST", "/api/customers", """
                {"name":"Zhang San","phone":"1377%s","consents":["PHONE","SMS"]}""".formatted(SystemFixtures.digits(7)))
                .get("id").asString();
        String vehicleId = api.ok("POST", "/api/vehicles", """
                {"vin":"%s","plate":"沪K%s","model":"Lavida","ownerId":"%s","mileageKm":4800,"purchaseDate":"%s","firstServiceDone":false}"""
                .formatted(SystemFixtures.vin(), SystemFixtures.digits(5), customerId, today.minusMonths(4))).get("id").asString();
        JsonNode due = api.ok("GET", "/api/solicitations?kind=MAINTENANCE_DUE&vehicleId=" + vehicleId, null).get("items").get(0);
        String solicitationKey = due.get("key").asString();

        // Step 2, S2.1: booked from the solicitation; the customer is told parts, cost, time, warranty booklet.
        JsonNode booking = api.ok("POST", "/api/appointments", """
                {"customerId":"%s","vehicleId":"%s","advisorId":"a-li","date":"%s","time":"09:00","labourOperationCodes":["MAINT-10K"],
                 "solicitationKey":"%s","forceOverCapacity":true,"overCapacityReason":"system test: today, whatever the weekday"}"""
                .formatted(customerId, vehicleId, today, solicitationKey));
        String appointmentId = booking.get("id").asString();
        assertThat(booking.get("briefing").get("bringWarrantyBooklet").asBoolean()).isTrue();
        api.ok("POST", "/api/solicitations/" + solicitationKey + "/attempts", """
                {"channel":"PHONE","outcome":"BOOKED","agent":"a-li","appointmentId":"%s"}""".formatted(appointmentId));

        // Step 3, S3.1-S3.2: arrival; the RO is ready; greeting.
        api.ok("POST", "/api/appointments/" + appointmentId + "/arrival", null);
        String roId = await().atMost(PATIENCE).until(() -> api.get("/api/repair-orders/by-appointment/" + appointmentId),
                answer -> answer.status() == 200).json().get("id").asString();
        String ro = "/api/repair-orders/" + roId;
        api.ok("POST", ro + "/greeting", """
                {"advisorId":"a-li"}""");
        api.ok("POST", ro + "/check-in", """
                {"odometerKm":4850,"fuelLevelPercent":60,"existingDamage":["scratch on rear bumper"],"valuables":[],
                 "settingsToRestore":["seat position 3","radio 101.7"],"checkedInBy":"a-li"}""");

        // Step 4, S4.1-S4.3: the customer's words, confirmed, diagnosed.
        api.ok("POST", ro + "/concerns", """
                {"customerWords":"The brakes squeal at the front in the morning.","recordedBy":"a-li"}""");
        String concernId = api.ok("GET", ro, null).get("concerns").get(0).get("id").asString();
        api.ok("POST", ro + "/concerns/" + concernId + "/confirmation", """
                {"note":"heard on a short drive","confirmedBy":"a-li"}""");
        api.ok("POST", ro + "/concerns/" + concernId + "/diagnosis", """
                {"cause":"front pads worn","correction":"replace front pads","diagnosedBy":"a-li"}""");

        // Step 5, S5.1: estimate presented complete, approved by the customer.
        List<String> lines = List.of(
                line(ro, """
                        {"kind":"LABOUR","description":"First maintenance","standardHours":1.5,"labourOperationCode":"MAINT-10K"}"""),
                line(ro, """
                        {"kind":"PART","partNumber":"OF-1001","quantity":1}"""),
                line(ro, """
                        {"kind":"LABOUR","description":"Front brake pads","standardHours":1.2,"labourOperationCode":"BRAKE-FRONT"}"""),
                line(ro, """
                        {"kind":"PART","partNumber":"BP-3003","quantity":1}"""));
        ZonedDateTime now = ZonedDateTime.now(DEALER_ZONE);
        api.ok("PUT", ro + "/estimate/time-range", """
                {"readyFrom":"%s","readyBy":"%s"}""".formatted(now.plusHours(3).toInstant(), now.plusHours(6).toInstant()));
        api.ok("POST", ro + "/estimate/present", """
                {"presentedBy":"a-li"}""");
        StringBuilder decisions = new StringBuilder();
        lines.forEach(id -> decisions.append(decisions.isEmpty() ? "" : ",").append("{\"lineId\":\"" + id + "\",\"approved\":true}"));
        api.ok("POST", ro + "/estimate/decisions", """
                {"how":"IN_PERSON","recordedBy":"a-li","decisions":[%s]}""".formatted(decisions));

        // Step 6: parts reserved and issued from the picking list.
        issueReservedParts(roId, "OF-1001", "BP-3003");

        // Step 7, S7.2-S7.3: jobs from the approved labour, dispatched as the board proposes.
        List<JsonNode> jobs = await().atMost(PATIENCE).until(() -> items(api.ok("GET", "/api/jobs?repairOrderId=" + roId, null)),
                found -> found.size() == 2);
        for (JsonNode job : jobs) {
            api.ok("POST", "/api/jobs/" + job.get("id").asString() + "/dispatch", """
                    {"dispatchedBy":"a-li"}""");
        }

        // Step 8, S8.1-S8.4 and S8.2: repair; the technician finds worn wiper blades; the customer consents.
        String firstJob = jobs.get(0).get("id").asString();
        String technician = technicianOf(firstJob);
        api.ok("POST", "/api/jobs/" + firstJob + "/clock-on", """
                {"technicianId":"%s"}""".formatted(technician));
        api.ok("POST", "/api/jobs/" + firstJob + "/additional-work-requests", """
                {"technicianId":"%s","reason":"wiper blades torn","lines":[
                  {"description":"Replace wiper blades","labourOperationCode":"WIPER","standardHours":0.3,"quantity":1},
                  {"description":"Wiper blade set","partNumber":"WB-6006","quantity":1}],
                 "estimatedExtraCost":{"amount":18900,"currency":"CNY"},"estimatedExtraMinutes":20}""".formatted(technician));
        JsonNode request = await().atMost(PATIENCE).until(() -> api.ok("GET", ro + "/additional-work", null),
                list -> list.size() > 0).get(0);
        api.ok("POST", ro + "/additional-work/" + request.get("requestId").asString() + "/decision", """
                {"consent":true,"recordedBy":"a-li","how":"PHONE"}""");
        issueReservedParts(roId, "WB-6006");
        List<JsonNode> allJobs = await().atMost(PATIENCE).until(() -> items(api.ok("GET", "/api/jobs?repairOrderId=" + roId, null)),
                found -> found.size() == 3);
        for (JsonNode job : allJobs) {
            String jobId = job.get("id").asString();
            if ("TO_DISPATCH".equals(job.get("status").asString())) {
                api.ok("POST", "/api/jobs/" + jobId + "/dispatch", """
                        {"dispatchedBy":"a-li"}""");
            }
            if (!jobId.equals(firstJob)) {
                api.ok("POST", "/api/jobs/" + jobId + "/clock-on", """
                        {"technicianId":"%s"}""".formatted(technicianOf(jobId)));
            }
            api.ok("PUT", "/api/jobs/" + jobId + "/checklist", """
                    {"coversOn":true,"areaCleaned":true,"settingsRestored":true,"hingesLubricated":true,"oldParts":"TRUNK"}""");
            api.ok("POST", "/api/jobs/" + jobId + "/completion", """
                    {"technicianId":"%s"}""".formatted(technicianOf(jobId)));
        }

        // Step 9, S9.1-S9.6: final inspection from the RO's concerns and jobs; the customer is invited (first maintenance).
        JsonNode inspection = await().atMost(PATIENCE).until(() -> items(api.ok("GET", "/api/inspections?repairOrderId=" + roId, null)),
                found -> !found.isEmpty()).get(0);
        assertThat(inspection.get("customerInvited").asBoolean()).isTrue();
        StringBuilder checked = new StringBuilder();
        inspection.get("items").forEach(item -> checked.append(checked.isEmpty() ? "" : ",")
                .append("{\"itemId\":\"" + item.get("itemId").asString() + "\",\"ok\":true}"));
        api.ok("POST", "/api/inspections/" + inspection.get("id").asString() + "/result", """
                {"inspectorId":"t-zhao","items":[%s],"roadTested":true,"customerPresent":true}""".formatted(checked));

        // Step 10, S10.1-S10.3: the wash, key spots checked, result confirmed: the vehicle is ready.
        JsonNode wash = await().atMost(PATIENCE).until(() -> items(api.ok("GET", "/api/washes?status=QUEUED", null)),
                found -> found.stream().anyMatch(w -> roId.equals(w.get("repairOrderId").asString())))
                .stream().filter(w -> roId.equals(w.get("repairOrderId").asString())).findFirst().orElseThrow();
        api.ok("POST", "/api/washes/" + wash.get("id").asString() + "/completion", """
                {"ashtrayEmptied":true,"tyresCleaned":true,"resultConfirmedBy":"a-li"}""");

        // Step 11, S11.1: the invoice. By hand: labour 1.5 h + 1.2 h + 0.3 h at CNY 300.00 = 900.00;
        // parts issued 68.00 + 480.00 + 99.00 = 647.00; net 1,547.00; tax 13 % = 201.11; total 1,748.11.
        String invoiceId = await().atMost(PATIENCE).until(() -> items(api.ok("GET", "/api/invoices?repairOrderId=" + roId, null)),
                found -> !found.isEmpty()).get(0).get("id").asString();
        String inv = "/api/invoices/" + invoiceId;
        await().atMost(PATIENCE).until(() -> api.ok("GET", inv, null),
                invoice -> "READY".equals(invoice.get("status").asString()) && invoice.get("lines").toString().contains("WB-6006"));
        JsonNode issued = api.ok("POST", inv + "/issue", """
                {"issuedBy":"a-li"}""");
        JsonNode totals = issued.get("totals");
        assertThat(totals.get("customerNet").get("amount").asLong()).isEqualTo(154_700);
        assertThat(totals.get("customerTax").get("amount").asLong()).isEqualTo(20_111);
        assertThat(totals.get("customerTotal").get("amount").asLong()).isEqualTo(174_811);

        // Step 12, S12.1-S12.4: explained first, results shown, the cashier sees totals only, split payment, delivery.
        api.ok("POST", inv + "/explanation", """
                {"advisorId":"a-li","customerUnderstood":true}""");
        api.ok("POST", inv + "/results-shown", """
                {"oldPartsShown":true,"inspectionShown":true}""");
        JsonNode cashier = api.ok("GET", inv + "/cashier-view", null);
        assertThat(cashier.get("customerTotal").get("amount").asLong()).isEqualTo(174_811);
        assertThat(cashier.toString()).doesNotContain("Front brake pads").doesNotContain("lines");
        api.ok("POST", inv + "/payments", """
                {"cashierId":"c-wu","payments":[{"method":"CASH","amount":{"amount":74811,"currency":"CNY"}},
                                                {"method":"CARD","amount":{"amount":100000,"currency":"CNY"}}]}""");
        api.ok("POST", inv + "/delivery", """
                {"advisorId":"a-li","mileageKm":4860,"thanked":true}""");

        // Step 13, S13.1-S13.2: the follow-up call and its survey.
        JsonNode followUp = await().atMost(PATIENCE).until(() -> items(api.ok("GET", "/api/follow-ups?repairOrderId=" + roId, null)),
                found -> !found.isEmpty()).get(0);
        String fu = "/api/follow-ups/" + followUp.get("id").asString();
        api.ok("POST", fu + "/attempts", """
                {"agentId":"cc-ma","outcome":"REACHED"}""");
        api.ok("POST", fu + "/survey", """
                {"agentId":"cc-ma","scores":{"reception":5,"repairQuality":5,"timeliness":4,"price":4,"cleanliness":5,"overall":5},
                 "comments":"quick and friendly","satisfied":true}""");

        // S1.2: the next maintenance is counted from this delivery.
        JsonNode vehicle = await().atMost(PATIENCE).until(() -> api.ok("GET", "/api/vehicles/" + vehicleId, null),
                v -> v.get("firstServiceDone").asBoolean());
        assertThat(vehicle.get("nextMaintenance").get("dueMileageKm").asInt()).isEqualTo(14_860);

        // G1: every step, in order, with who and when.
        List<String> steps = List.of("AppointmentBooked", "CustomerArrived", "RepairOrderOpened", "CustomerGreeted",
                "VehicleCheckedIn", "ConcernRecorded", "SymptomConfirmed", "DiagnosisRecorded", "EstimatePresented",
                "EstimateLinesApproved", "JobCreated", "JobDispatched", "JobClockedOn", "AdditionalWorkRequested",
                "AdditionalWorkConsented", "RepairCompleted", "FinalInspectionPassed", "WashQueued", "WashCompleted",
                "VehicleReady", "InvoiceIssued", "InvoiceExplained", "PaymentReceived", "VehicleDelivered",
                "FollowUpScheduled", "FollowUpCompleted");
        JsonNode timeline = await().atMost(PATIENCE).until(() -> api.ok("GET", ro + "/timeline", null),
                t -> types(t).containsAll(steps));
        List<String> types = types(timeline);
        List<Integer> firstSeen = steps.stream().map(types::indexOf).toList();
        assertThat(firstSeen).as("first occurrence of each step in %s", types).isSorted();
        for (JsonNode entry : timeline.get("entries")) {
            assertThat(entry.get("at").asString()).as("when, for %s", entry).isNotBlank();
            assertThat(entry.get("who").asString()).as("who, for %s", entry).isNotBlank();
        }
    }

    private void dealership() {
        SystemFixtures.workshop(api);
        api.ok("POST", "/api/labour-operations", """
                {"code":"BRAKE-FRONT","name":"Front brake pads","category":"REPAIR","standardHours":1.2}""");
        api.ok("PUT", "/api/reception-settings", """
                {"labourRatePerHour":{"amount":30000,"currency":"CNY"}}""");
        api.ok("PUT", "/api/billing-settings", """
                {"taxRatePercent":13,"labourBasis":"FLAT_RATE","labourRatePerHour":{"amount":30000,"currency":"CNY"}}""");
        api.ok("PUT", "/api/follow-up-settings", """
                {"daysAfterDelivery":3}""");
        part("OF-1001", "Oil filter", 6800, 10);
        part("BP-3003", "Front brake pad set", 48000, 4);
        part("WB-6006", "Wiper blade set", 9900, 6);
        api.ok("POST", "/api/technicians", """
                {"id":"t-wang","name":"Wang Qiang","skills":["MAINTENANCE","REPAIR","DIAGNOSIS"],"experienceLevel":"SENIOR","dailyHours":8}""");
        api.ok("POST", "/api/technicians", """
                {"id":"t-zhao","name":"Zhao Lei","skills":["MAINTENANCE","REPAIR"],"experienceLevel":"MASTER","dailyHours":8}""");
        api.ok("POST", "/api/bays", """
                {"id":"bay-1","name":"Lift 1","kind":"LIFT","equipment":["LIFT"]}""");
        api.ok("POST", "/api/bays", """
                {"id":"bay-2","name":"Lift 2","kind":"LIFT","equipment":["LIFT"]}""");
    }

    private void part(String partNumber, String name, long price, int stock) {
        api.ok("POST", "/api/parts", """
                {"partNumber":"%s","name":"%s","unitPrice":{"amount":%d,"currency":"CNY"},"binLocation":"B-02","reorderPoint":1}"""
                .formatted(partNumber, name, price));
        api.ok("POST", "/api/parts/" + partNumber + "/stock-adjustments", """
                {"quantity":%d,"reason":"opening stock"}""".formatted(stock));
    }

    private String line(String ro, String json) {
        Api.Answer answer = api.post(ro + "/estimate/lines", json);
        assertThat(answer.status()).as("adding %s: %s", json, answer.raw().body()).isEqualTo(201);
        String location = answer.raw().headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** The parts clerk works through the picking list: issues what is reserved for the RO. */
    private void issueReservedParts(String roId, String... partNumbers) {
        for (String partNumber : partNumbers) {
            JsonNode reservation = await().atMost(PATIENCE).until(() -> reservationHolding(roId, partNumber), r -> r != null);
            api.ok("POST", "/api/part-reservations/" + reservation.get("id").asString() + "/issues", """
                    {"partNumber":"%s","quantity":1,"issuedBy":"p-zhou"}""".formatted(partNumber));
        }
    }

    private JsonNode reservationHolding(String roId, String partNumber) {
        for (JsonNode reservation : items(api.ok("GET", "/api/part-reservations?repairOrderId=" + roId, null))) {
            for (JsonNode line : reservation.get("lines")) {
                int free = line.get("reserved").asInt() - line.get("issued").asInt();
                if (partNumber.equals(line.get("partNumber").asString()) && free >= 1) {
                    return reservation;
                }
            }
        }
        return null;
    }

    private String technicianOf(String jobId) {
        return api.ok("GET", "/api/jobs/" + jobId, null).get("technicianId").asString();
    }

    private static List<JsonNode> items(JsonNode page) {
        List<JsonNode> items = new ArrayList<>();
        (page.has("items") ? page.get("items") : page).forEach(items::add);
        return items;
    }

    private static List<String> types(JsonNode timeline) {
        List<String> types = new ArrayList<>();
        timeline.get("entries").forEach(entry -> types.add(entry.get("type").asString()));
        return types;
    }
}
