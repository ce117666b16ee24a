package com.aftersales.followup.figures;

import com.aftersales.contracts.EventTopics;
import com.aftersales.platform.events.EventEnvelope;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Turns an event of any service into the {@link FigureFact} the figures need, or nothing if no figure uses it. */
final class FigureFacts {

    /** The event types the figures use, with the payload field saying when each happened. */
    static final Map<String, String> TIME_FIELD = Map.ofEntries(
            Map.entry("CustomerArrived", "arrivedAt"),
            Map.entry("AppointmentNoShowRecorded", "recordedAt"),
            Map.entry("RepairOrderOpened", "openedAt"),
            Map.entry("CustomerGreeted", "greetedAt"),
            Map.entry("EstimatePresented", "presentedAt"),
            Map.entry("EstimateLinesApproved", "approvedAt"),
            Map.entry("EstimateLinesDeclined", "declinedAt"),
            Map.entry("PartsReserved", "reservedAt"),
            Map.entry("PartsBackordered", "backorderedAt"),
            Map.entry("JobCompleted", "completedAt"),
            Map.entry("FinalInspectionPassed", "passedAt"),
            Map.entry("FinalInspectionFailed", "failedAt"),
            Map.entry("VehicleReady", "readyAt"),
            Map.entry("VehicleDelivered", "deliveredAt"),
            Map.entry("FollowUpCompleted", "completedAt"),
            Map.entry("ComplaintOpened", "openedAt"),
            Map.entry("ShiftWorked", "endedAt"));

    /** Topics whose records are keyed by the repair order even when the payload does not say so. */
    private static final Set<String> KEYED_BY_REPAIR_ORDER = Set.of(EventTopics.RECEPTION, EventTopics.WORKSHOP,
            EventTopics.BILLING, EventTopics.FOLLOWUP);

    static final String UNSPECIFIED = "UNSPECIFIED";

    private FigureFacts() {
    }

    static Optional<FigureFact> of(EventEnvelope envelope, String topic, String key) {
        String timeField = TIME_FIELD.get(envelope.type());
        if (timeField == null || envelope.dealerId() == null) {
            return Optional.empty();
        }
        JsonNode p = envelope.payload();
        String repairOrderId = text(p, "repairOrderId");
        if (repairOrderId == null && KEYED_BY_REPAIR_ORDER.contains(topic) && !"ShiftWorked".equals(envelope.type())) {
            repairOrderId = key;
        }
        Instant at = instant(p, timeField);
        FigureFact fact = FigureFact.of(envelope.eventId(), envelope.dealerId(), envelope.type(), repairOrderId,
                at != null ? at : envelope.occurredAt()).from(topic, text(p, "appointmentId"));
        fact = switch (envelope.type()) {
            case "CustomerGreeted" -> fact.withWaitSeconds(Math.max(0, p.path("waitSeconds").asLong(0)));
            case "VehicleReady" -> fact.withFlag(p.path("promiseKept").asBoolean(false));
            case "FollowUpCompleted" -> fact.withFlag(p.path("satisfied").asBoolean(false))
                    .withOverall(p.path("scores").path("overall").asInt(0));
            case "JobCompleted" -> fact.withHours(text(p, "technicianId") == null ? "unknown" : text(p, "technicianId"),
                    p.path("standardHours").asDouble(0), p.path("clockedHours").asDouble(0))
                    .withFlag(p.path("rework").asBoolean(false));
            // Attendance: the hours at work go where a job's clocked hours go, the technician into the label.
            case "ShiftWorked" -> fact.withHours(text(p, "technicianId") == null ? "unknown" : text(p, "technicianId"),
                    0, p.path("hours").asDouble(0));
            case "PartsReserved" -> fact.withLines(p.path("lines").isArray() ? p.path("lines").size() : 0);
            case "PartsBackordered" -> fact.withLines(1);
            case "ComplaintOpened" -> fact.withLabel(text(p, "category") == null ? "OTHER" : text(p, "category"));
            case "EstimateLinesDeclined" -> fact.withReasons(reasons(p.path("lines")));
            default -> fact;
        };
        return Optional.of(fact);
    }

    private static List<String> reasons(JsonNode lines) {
        List<String> reasons = new ArrayList<>();
        if (lines.isArray()) {
            for (JsonNode line : lines) {
                String reason = text(line, "reason");
                reasons.add(reason == null || reason.isBlank() ? UNSPECIFIED : reason.trim());
            }
        }
        return reasons;
    }

    private static Instant instant(JsonNode payload, String field) {
        String text = text(payload, field);
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() || value.isMissingNode() || value.isContainer() ? null : value.asString();
    }
}
