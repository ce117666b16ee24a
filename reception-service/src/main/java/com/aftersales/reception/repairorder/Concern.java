package com.aftersales.reception.repairorder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One fault as the customer told it. The words are kept exactly as recorded and never change (S4.1); a
 * correction is a new concern that names the one it corrects, and the old one stays beside it. Then the
 * symptom is confirmed with the customer (S4.3), a technician may be asked to help at the diagnosis bay
 * (S4.4), and the diagnosis gives cause and correction.
 */
public class Concern {

    public enum Status { RECORDED, CONFIRMED, DIAGNOSED, CORRECTED }

    public record Confirmation(String note, String confirmedBy, Instant at) {
    }

    public record AssistanceRequest(String reason, String requestedBy, Instant at) {
    }

    public record Diagnosis(String cause, String correction, String diagnosedBy, Instant at) {
    }

    private String id;
    private String customerWords;
    private String recordedBy;
    private Instant recordedAt;
    private String correctsConcernId;
    private String correctedByConcernId;
    private Confirmation confirmation;
    private List<AssistanceRequest> assistanceRequests = new ArrayList<>();
    private Diagnosis diagnosis;

    Concern() {
    }

    Concern(String id, String customerWords, String correctsConcernId, String recordedBy, Instant recordedAt) {
        this.id = id;
        this.customerWords = customerWords;
        this.correctsConcernId = correctsConcernId;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Status status() {
        if (correctedByConcernId != null) {
            return Status.CORRECTED;
        }
        if (diagnosis != null) {
            return Status.DIAGNOSED;
        }
        return confirmation != null ? Status.CONFIRMED : Status.RECORDED;
    }

    void correctedBy(String concernId) {
        correctedByConcernId = concernId;
    }

    void confirm(Confirmation confirmation) {
        this.confirmation = confirmation;
    }

    void requestAssistance(AssistanceRequest request) {
        assistanceRequests.add(request);
    }

    void diagnose(Diagnosis diagnosis) {
        this.diagnosis = diagnosis;
    }

    public String id() {
        return id;
    }

    public String customerWords() {
        return customerWords;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String correctsConcernId() {
        return correctsConcernId;
    }

    public String correctedByConcernId() {
        return correctedByConcernId;
    }

    public Confirmation confirmation() {
        return confirmation;
    }

    public List<AssistanceRequest> assistanceRequests() {
        return List.copyOf(assistanceRequests);
    }

    public Diagnosis diagnosis() {
        return diagnosis;
    }
}
