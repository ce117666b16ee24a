package com.aftersales.followup.complaint;

import com.aftersales.contracts.followup.FollowupEvents.ComplaintOpened;
import com.aftersales.contracts.followup.FollowupEvents.ComplaintResolved;
import com.aftersales.contracts.followup.FollowupEvents.ReworkAppointmentBooked;
import com.aftersales.platform.domain.IllegalTransitionException;
import com.aftersales.platform.outbox.AggregateRoot;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A dissatisfied customer's complaint about a delivered repair order (G7): answered promptly with an owner
 * and a plan, an inspection or rework visit booked for it (S13.1), and followed until the customer says they
 * are satisfied; only then is it resolved. A complaint handled well can become a training case (S13.3).
 */
@Document("complaints")
public class Complaint extends AggregateRoot {

    /** OPEN until the customer is satisfied (G7); RESOLVED then. */
    public enum Status { OPEN, RESOLVED }

    public enum Category { REPAIR_QUALITY, WAITING_TIME, PRICE, STAFF_ATTITUDE, CLEANLINESS, OTHER }

    public enum VisitKind { INSPECTION, REWORK }

    private static final String AGGREGATE = "complaint";

    /** What the complaint is about, with the customer and vehicle known from the RO's delivery. */
    public record Subject(String repairOrderId, String followUpId, String customerId, String vehicleId) {
    }

    /** A visit booked at appointment-service for the complaint (S13.1). */
    public record ReworkVisit(String appointmentId, VisitKind kind, LocalDate date, LocalTime time, String advisorId,
                              List<String> labourOperationCodes, Instant bookedAt) {
    }

    /** A contact with the customer about the outcome: satisfied or not, and what was said (G7). */
    public record Contact(int number, boolean customerSatisfied, String note, String recordedBy, Instant at) {
    }

    private String repairOrderId;
    private String followUpId;
    private String customerId;
    private String vehicleId;
    private Category category;
    private String description;
    private String ownerId;
    private String plan;
    private Status status;
    private Instant openedAt;
    private List<ReworkVisit> reworkVisits = new ArrayList<>();
    private List<Contact> contacts = new ArrayList<>();
    private Instant resolvedAt;
    private String trainingCaseId;

    protected Complaint() {
    }

    /** G7: a complaint is answered with an owner and a plan from the moment it is opened. */
    public static Complaint open(String id, String dealerId, Subject subject, Category category, String description,
                                 String ownerId, String plan, Instant now) {
        Complaint complaint = new Complaint();
        complaint.id = id;
        complaint.dealerId = dealerId;
        complaint.repairOrderId = subject.repairOrderId();
        complaint.followUpId = subject.followUpId();
        complaint.customerId = subject.customerId();
        complaint.vehicleId = subject.vehicleId();
        complaint.category = category;
        complaint.description = description;
        complaint.ownerId = ownerId;
        complaint.plan = plan;
        complaint.status = Status.OPEN;
        complaint.openedAt = now;
        complaint.raise(new ComplaintOpened(complaint.repairOrderId, id, category.name(), ownerId, now));
        return complaint;
    }

    /** S13.1: checked before appointment-service is asked, so a resolved complaint books nothing. */
    public void checkCanBookVisit() {
        requireOpen("book an inspection or rework visit");
    }

    /** S13.1: the inspection or rework visit appointment-service booked for this complaint. */
    public void visitBooked(ReworkVisit visit) {
        requireOpen("book an inspection or rework visit");
        reworkVisits.add(visit);
        raise(new ReworkAppointmentBooked(repairOrderId, id, visit.appointmentId(), visit.bookedAt()));
    }

    /**
     * G7: the customer was asked about the outcome. Satisfied: the complaint is resolved. Not satisfied: it
     * stays open, with the contact on record, and is followed further.
     */
    public void recordOutcome(boolean customerSatisfied, String note, String recordedBy, Instant now) {
        requireOpen("record the customer's answer");
        contacts.add(new Contact(contacts.size() + 1, customerSatisfied, note, recordedBy, now));
        if (customerSatisfied) {
            status = Status.RESOLVED;
            resolvedAt = now;
            raise(new ComplaintResolved(repairOrderId, id, now));
        }
    }

    /** S13.3: only a complaint resolved to the customer's satisfaction is a case to learn from, and once. */
    public void checkCanBecomeTrainingCase() {
        if (status != Status.RESOLVED) {
            throw new IllegalTransitionException(AGGREGATE, status, "become a training case before the customer is satisfied");
        }
    }

    public void becameTrainingCase(String trainingCaseId) {
        checkCanBecomeTrainingCase();
        this.trainingCaseId = trainingCaseId;
    }

    private void requireOpen(String action) {
        if (status != Status.OPEN) {
            throw new IllegalTransitionException(AGGREGATE, status, action + " (resolved at " + resolvedAt + ")");
        }
    }

    public String repairOrderId() {
        return repairOrderId;
    }

    public String followUpId() {
        return followUpId;
    }

    public String customerId() {
        return customerId;
    }

    public String vehicleId() {
        return vehicleId;
    }

    public Category category() {
        return category;
    }

    public String description() {
        return description;
    }

    public String ownerId() {
        return ownerId;
    }

    public String plan() {
        return plan;
    }

    public Status status() {
        return status;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public List<ReworkVisit> reworkVisits() {
        return Collections.unmodifiableList(reworkVisits);
    }

    public List<Contact> contacts() {
        return Collections.unmodifiableList(contacts);
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }

    public String trainingCaseId() {
        return trainingCaseId;
    }
}
