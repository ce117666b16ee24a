package com.aftersales.followup.figures;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * One event of any service that a figure of the service manager needs (G3), reduced to what the figures use.
 * Its id is the event's id, so a redelivered event is recorded (and counted) once. {@code at} is when it
 * happened in the domain (greetedAt, readyAt, ...), else when it was published.
 *
 * @param waitSeconds   CustomerGreeted: arrival to greeting (S3.2)
 * @param flag          VehicleReady: promise kept (G2); FollowUpCompleted: satisfied; JobCompleted: rework
 * @param standardHours JobCompleted: flat-rate hours of the job
 * @param clockedHours  JobCompleted: hours the technician clocked on it
 * @param lines         PartsReserved: lines reserved; PartsBackordered: 1
 * @param overall       FollowUpCompleted: the overall score (1-5)
 * @param label         ComplaintOpened: the category; JobCompleted: the technician
 * @param reasons       EstimateLinesDeclined: the reason of each declined line (S1.4)
 */
@Document("figure_facts")
public record FigureFact(@Id String id, String dealerId, String type, String topic, String repairOrderId,
                         String appointmentId, Instant at, Long waitSeconds, Boolean flag, Double standardHours,
                         Double clockedHours, Integer lines, Integer overall, String label, List<String> reasons) {

    public static FigureFact of(String id, String dealerId, String type, String repairOrderId, Instant at) {
        return new FigureFact(id, dealerId, type, null, repairOrderId, null, at, null, null, null, null, null, null, null, null);
    }

    public FigureFact withWaitSeconds(long seconds) {
        return new FigureFact(id, dealerId, type, topic, repairOrderId, appointmentId, at, seconds, flag, standardHours,
                clockedHours, lines, overall, label, reasons);
    }

    public FigureFact withFlag(boolean value) {
        return new FigureFact(id, dealerId, type, topic, repairOrderId, appointmentId, at, waitSeconds, value, standardHours,
                clockedHours, lines, overall, label, reasons);
    }

    public FigureFact withHours(String technician, double standard, double clocked) {
        return new FigureFact(id, dealerId, type, topic, repairOrderId, appointmentId, at, waitSeconds, flag, standard,
                clocked, lines, overall, technician, reasons);
    }

    public FigureFact withLines(int count) {
        return new FigureFact(id, dealerId, type, topic, repairOrderId, appointmentId, at, waitSeconds, flag, standardHours,
                clockedHours, count, overall, label, reasons);
    }

    public FigureFact withOverall(int score) {
        return new FigureFact(id, dealerId, type, topic, repairOrderId, appointmentId, at, waitSeconds, flag, standardHours,
                clockedHours, lines, score, label, reasons);
    }

    public FigureFact withLabel(String value) {
        return new FigureFact(id, dealerId, type, topic, repairOrderId, appointmentId, at, waitSeconds, flag, standardHours,
                clockedHours, lines, overall, value, reasons);
    }

    public FigureFact withReasons(List<String> values) {
        return new FigureFact(id, dealerId, type, topic, repairOrderId, appointmentId, at, waitSeconds, flag, standardHours,
                clockedHours, lines, overall, label, values);
    }

    public FigureFact from(String topicName, String appointment) {
        return new FigureFact(id, dealerId, type, topicName, repairOrderId, appointment, at, waitSeconds, flag, standardHours,
                clockedHours, lines, overall, label, reasons);
    }

    public boolean is(String eventType) {
        return type.equals(eventType);
    }
}
