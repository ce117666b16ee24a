package com.aftersales.appointment.solicitation;

import com.aftersales.appointment.customer.ContactChannel;
import com.aftersales.platform.domain.IllegalTransitionException;
import com.aftersales.platform.domain.InvalidInputException;
import com.aftersales.platform.outbox.AggregateRoot;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The contacts made for one solicitation (a maintenance due, a campaign for a vehicle, a piece of declined
 * work): every attempt with its channel and outcome, until the customer books or declines. A decline
 * carries a coded reason and free text (S1.4).
 */
@Document("outreach")
public class Outreach extends AggregateRoot {

    public enum Status { OPEN, BOOKED, DECLINED }

    public enum Outcome { NO_ANSWER, MESSAGE_LEFT, CALL_BACK_LATER, BOOKED, DECLINED }

    private String key;
    private SolicitationKind kind;
    private String vehicleId;
    private String customerId;
    private Status status = Status.OPEN;
    private List<Attempt> attempts = new ArrayList<>();

    protected Outreach() {
    }

    public static Outreach start(String dealerId, String key, SolicitationKind kind, String vehicleId, String customerId) {
        Outreach outreach = new Outreach();
        outreach.id = idOf(dealerId, key);
        outreach.dealerId = dealerId;
        outreach.key = key;
        outreach.kind = kind;
        outreach.vehicleId = vehicleId;
        outreach.customerId = customerId;
        return outreach;
    }

    public static String idOf(String dealerId, String key) {
        return dealerId + "|" + key;
    }

    public Attempt record(ContactChannel channel, Outcome outcome, DeclineReason reason, String note, String agent,
                          String appointmentId, Instant now) {
        if (status != Status.OPEN) {
            throw new IllegalTransitionException("solicitation", status, "record another contact");
        }
        if (outcome == Outcome.DECLINED && reason == null) {
            throw new InvalidInputException("declineReason", "a decline needs a coded reason (S1.4)");
        }
        if (outcome != Outcome.DECLINED && reason != null) {
            throw new InvalidInputException("declineReason", "only a decline has a reason");
        }
        if (reason == DeclineReason.OTHER && (note == null || note.isBlank())) {
            throw new InvalidInputException("note", "say in the note why, when the reason is OTHER");
        }
        Attempt attempt = new Attempt(now, channel, outcome, reason, note, agent, appointmentId);
        attempts.add(attempt);
        if (outcome == Outcome.BOOKED) {
            status = Status.BOOKED;
        } else if (outcome == Outcome.DECLINED) {
            status = Status.DECLINED;
        }
        return attempt;
    }

    public String key() {
        return key;
    }

    public SolicitationKind kind() {
        return kind;
    }

    public String vehicleId() {
        return vehicleId;
    }

    public String customerId() {
        return customerId;
    }

    public Status status() {
        return status;
    }

    public List<Attempt> attempts() {
        return List.copyOf(attempts);
    }

    public record Attempt(Instant at, ContactChannel channel, Outcome outcome, DeclineReason declineReason, String note,
                          String agent, String appointmentId) {
    }
}
