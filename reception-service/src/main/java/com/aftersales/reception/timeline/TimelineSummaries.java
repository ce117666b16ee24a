package com.aftersales.reception.timeline;

import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Says in a line what an event means for the RO, and who did it. Known events get their own sentence; any
 * other event (billing and follow-up publish theirs later) is named by its type, so nothing is left out.
 */
final class TimelineSummaries {

    /** Payload fields that name the person who did the step, in order of preference. */
    private static final List<String> ACTOR_FIELDS = List.of("recordedBy", "presentedBy", "confirmedBy", "movedBy",
            "requestedBy", "diagnosedBy", "sentBy", "revisedBy", "checkedInBy", "byUser", "issuedBy", "returnedBy",
            "inspectedBy", "deliveredBy", "cashierId", "agentId", "technicianId", "advisorId", "userId");

    private static final Map<String, Function<JsonNode, String>> SENTENCES = Map.ofEntries(
            // appointment-service
            Map.entry("AppointmentBooked", p -> "Appointment booked for " + text(p, "preparation", "date") + " "
                    + shortTime(text(p, "preparation", "time")) + workOf(p.path("preparation"))),
            Map.entry("AppointmentRescheduled", p -> "Appointment moved from " + text(p, "previousDate") + " to "
                    + text(p, "preparation", "date") + " " + shortTime(text(p, "preparation", "time"))),
            Map.entry("AppointmentConfirmationRecorded", p -> "Visit confirmed again the day before: " + text(p, "outcome")),
            Map.entry("AppointmentCancelled", p -> "Appointment cancelled: " + text(p, "reason")),
            Map.entry("AppointmentNoShowRecorded", p -> "The customer did not come to the appointment"),
            Map.entry("CustomerArrived", p -> "Customer arrived for the appointment"),
            // reception-service
            Map.entry("RepairOrderOpened", p -> "Repair order " + text(p, "repairOrderNumber") + " opened"
                    + (p.path("walkIn").asBoolean(false) ? " for a walk-in" : " from the appointment")
                    + ", promised for " + text(p, "promisedAt")),
            Map.entry("CustomerGreeted", p -> "Customer greeted after waiting " + duration(p.path("waitSeconds").asLong(0))),
            Map.entry("AdvisorReassigned", p -> "Advisor changed from " + text(p, "previousAdvisorId") + " to "
                    + text(p, "advisorId") + ": " + text(p, "reason")),
            Map.entry("VehicleCheckedIn", p -> "Vehicle checked in: " + text(p, "odometerKm") + " km, fuel "
                    + text(p, "fuelLevelPercent") + "%, " + p.path("existingDamage").size() + " existing damage(s), "
                    + p.path("valuables").size() + " valuable(s), " + p.path("settingsToRestore").size() + " setting(s) to restore"),
            Map.entry("PromisedTimeRevised", p -> "Promised time changed from " + text(p, "previousPromisedAt") + " to "
                    + text(p, "promisedAt") + ": " + text(p, "reason")),
            Map.entry("ConcernRecorded", p -> (p.hasNonNull("correctsConcernId")
                    ? "Concern " + text(p, "concernId") + " corrects " + text(p, "correctsConcernId") + ": \""
                    : "Concern " + text(p, "concernId") + " in the customer's words: \"") + text(p, "customerWords") + "\""),
            Map.entry("SymptomConfirmed", p -> "Symptom of " + text(p, "concernId") + " confirmed with the customer"
                    + suffix(text(p, "note"))),
            Map.entry("VehicleMovedToDiagnosisBay", p -> "Vehicle moved to diagnosis bay " + text(p, "bayId")),
            Map.entry("TechnicianAssistanceRequested", p -> "Technician asked to help with " + text(p, "concernId")
                    + " at the diagnosis bay: " + text(p, "reason")),
            Map.entry("DiagnosisRecorded", p -> "Diagnosis of " + text(p, "concernId") + ": cause " + text(p, "cause")
                    + "; correction " + text(p, "correction")),
            Map.entry("EstimatePresented", p -> "Estimate version " + text(p, "estimateVersion") + " presented: "
                    + p.path("lines").size() + " line(s), " + money(p.path("total")) + ", ready between "
                    + text(p, "readyFrom") + " and " + text(p, "readyBy")),
            Map.entry("EstimateLinesApproved", p -> p.path("lines").size() + " line(s) of estimate version "
                    + text(p, "estimateVersion") + " approved (" + text(p, "how") + ")" + lineDescriptions(p.path("lines"))),
            Map.entry("EstimateLinesDeclined", p -> p.path("lines").size() + " line(s) of estimate version "
                    + text(p, "estimateVersion") + " declined" + lineDescriptions(p.path("lines"))),
            Map.entry("CustomerMessageRecorded", p -> "Message to the customer (" + text(p, "channel") + "): "
                    + text(p, "message")),
            Map.entry("AdditionalWorkConsented", p -> "Customer consented to additional work " + text(p, "requestId")
                    + ": " + money(p.path("extraCost")) + " more, promised for " + text(p, "promisedAt")),
            Map.entry("AdditionalWorkRefused", p -> "Customer refused additional work " + text(p, "requestId") + ": "
                    + text(p, "reason")),
            // parts-service
            Map.entry("PartsReserved", p -> "Parts reserved: " + quantities(p.path("lines"))),
            Map.entry("PartsBackordered", p -> "Part " + text(p, "partNumber") + " x" + text(p, "quantity")
                    + " backordered, expected on " + text(p, "expectedOn") + suffix(text(p, "reason"))),
            Map.entry("ReservationReleased", p -> "Parts reservation released: " + quantities(p.path("lines"))
                    + suffix(text(p, "reason"))),
            Map.entry("BackorderedPartArrived", p -> "Backordered part " + text(p, "partNumber") + " x"
                    + text(p, "quantity") + " arrived"),
            Map.entry("PartsIssued", p -> "Part " + text(p, "partNumber") + " x" + text(p, "quantity")
                    + " issued to the workshop"),
            Map.entry("PartsReturned", p -> "Part " + text(p, "partNumber") + " x" + text(p, "quantity")
                    + " returned from the workshop"),
            // workshop-service
            Map.entry("AdditionalWorkRequested", p -> "Workshop asks for additional work " + text(p, "requestId") + ": "
                    + text(p, "reason") + " (about " + money(p.path("estimatedExtraCost")) + ", "
                    + p.path("estimatedExtraMinutes").asInt(0) + " min more)"));

    private TimelineSummaries() {
    }

    static String summary(String type, JsonNode payload) {
        Function<JsonNode, String> sentence = SENTENCES.get(type);
        return sentence != null ? sentence.apply(payload) : words(type);
    }

    /** The person who did the step, else (for events of the system) the service it came from. */
    static String who(JsonNode payload, String source) {
        for (String field : ACTOR_FIELDS) {
            String value = text(payload, field);
            if (value != null) {
                return value;
            }
        }
        String advisor = text(payload, "preparation", "advisorId");
        if (advisor != null) {
            return advisor;
        }
        return source == null ? null : source + "-service";
    }

    /** "InvoiceIssued" -> "Invoice issued". */
    static String words(String type) {
        String spaced = type.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase();
        return spaced.isEmpty() ? type : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    static String text(JsonNode node, String... path) {
        JsonNode current = node;
        for (String field : path) {
            current = current == null ? null : current.get(field);
        }
        return current == null || current.isNull() || current.isMissingNode() || current.isContainer() ? null : current.asString();
    }

    static String money(JsonNode money) {
        if (money == null || !money.hasNonNull("amount")) {
            return "an unknown amount";
        }
        BigDecimal major = BigDecimal.valueOf(money.get("amount").asLong(), 2);
        return major.toPlainString() + " " + text(money, "currency");
    }

    private static String duration(long seconds) {
        return seconds < 60 ? seconds + " s" : (seconds / 60) + " min " + (seconds % 60) + " s";
    }

    private static String shortTime(String time) {
        return time != null && time.length() > 5 ? time.substring(0, 5) : String.valueOf(time);
    }

    private static String suffix(String text) {
        return text == null || text.isBlank() ? "" : " (" + text + ")";
    }

    private static String workOf(JsonNode preparation) {
        JsonNode work = preparation.path("requestedWork");
        if (!work.isArray() || work.isEmpty()) {
            return "";
        }
        StringBuilder names = new StringBuilder(": ");
        for (int i = 0; i < work.size(); i++) {
            names.append(i == 0 ? "" : ", ").append(text(work.get(i), "name"));
        }
        return names.toString();
    }

    private static String lineDescriptions(JsonNode lines) {
        if (!lines.isArray() || lines.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder(": ");
        for (int i = 0; i < lines.size(); i++) {
            text.append(i == 0 ? "" : ", ").append(text(lines.get(i), "description"));
        }
        return text.toString();
    }

    private static String quantities(JsonNode lines) {
        if (!lines.isArray() || lines.isEmpty()) {
            return "none";
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            text.append(i == 0 ? "" : ", ").append(text(lines.get(i), "partNumber")).append(" x")
                    .append(text(lines.get(i), "quantity"));
        }
        return text.toString();
    }
}
