package com.aftersales.appointment.campaign;

import com.aftersales.appointment.vehicle.Vehicle;
import com.aftersales.platform.domain.IllegalTransitionException;
import com.aftersales.platform.domain.InvalidInputException;
import com.aftersales.platform.outbox.AggregateRoot;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A service campaign: a maintenance drive or a recall, with what the advisor needs to know and say while
 * soliciting for it (S1.3), and which vehicles it concerns (by model, a VIN range or a list of VINs).
 */
@Document("campaigns")
@CompoundIndex(name = "code_per_dealer", def = "{'dealerId': 1, 'code': 1}", unique = true)
public class Campaign extends AggregateRoot {

    public enum Kind { MAINTENANCE_DRIVE, RECALL, SERVICE_ACTION }

    private String code;
    private String title;
    private Kind kind;
    private String description;
    private String customerScript;
    private List<String> labourOperationCodes = List.of();
    private LocalDate startsOn;
    private LocalDate endsOn;
    private Eligibility eligibility;
    private Instant closedAt;
    private String closingNote;

    protected Campaign() {
    }

    public static Campaign launch(String dealerId, Details details) {
        Campaign campaign = new Campaign();
        campaign.id = UUID.randomUUID().toString();
        campaign.dealerId = dealerId;
        campaign.describe(details);
        return campaign;
    }

    public void describe(Details details) {
        if (details.endsOn() != null && details.endsOn().isBefore(details.startsOn())) {
            throw new InvalidInputException("endsOn", "must not be before startsOn");
        }
        Eligibility rule = details.eligibility();
        if (rule == null || rule.isEmpty()) {
            throw new InvalidInputException("eligibility", "name the models, a VIN range or the VINs the campaign concerns");
        }
        if ((rule.vinFrom() == null) != (rule.vinTo() == null)) {
            throw new InvalidInputException("eligibility.vinTo", "a VIN range needs both ends");
        }
        this.code = details.code();
        this.title = details.title();
        this.kind = details.kind();
        this.description = details.description();
        this.customerScript = details.customerScript();
        this.labourOperationCodes = details.labourOperationCodes() == null ? List.of() : List.copyOf(details.labourOperationCodes());
        this.startsOn = details.startsOn();
        this.endsOn = details.endsOn();
        this.eligibility = rule;
    }

    public void close(String note, Instant now) {
        if (closedAt != null) {
            throw new IllegalTransitionException("campaign", "CLOSED", "close");
        }
        closedAt = now;
        closingNote = note;
    }

    /** Open on that day: started, not ended, not closed. */
    public boolean isOpenOn(LocalDate day) {
        return closedAt == null && !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn));
    }

    public boolean concerns(Vehicle vehicle) {
        return eligibility.includes(vehicle.model(), vehicle.vin());
    }

    public String status(LocalDate today) {
        if (closedAt != null) {
            return "CLOSED";
        }
        if (today.isBefore(startsOn)) {
            return "PLANNED";
        }
        return endsOn != null && today.isAfter(endsOn) ? "ENDED" : "OPEN";
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public Kind kind() {
        return kind;
    }

    public String description() {
        return description;
    }

    public String customerScript() {
        return customerScript;
    }

    public List<String> labourOperationCodes() {
        return labourOperationCodes;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public Eligibility eligibility() {
        return eligibility;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String closingNote() {
        return closingNote;
    }

    /**
     * Which vehicles a campaign concerns: any of the models, any VIN within the range (inclusive, compared
     * character by character as VINs of one series are), or any of the listed VINs.
     */
    public record Eligibility(Set<String> models, String vinFrom, String vinTo, Set<String> vins) {

        boolean isEmpty() {
            return (models == null || models.isEmpty()) && vinFrom == null && (vins == null || vins.isEmpty());
        }

        public boolean includes(String model, String vin) {
            if (models != null && model != null && models.stream().anyMatch(m -> m.equalsIgnoreCase(model))) {
                return true;
            }
            if (vins != null && vins.contains(vin)) {
                return true;
            }
            return vinFrom != null && vin.compareTo(vinFrom) >= 0 && vin.compareTo(vinTo) <= 0;
        }
    }

    public record Details(String code, String title, Kind kind, String description, String customerScript,
                          List<String> labourOperationCodes, LocalDate startsOn, LocalDate endsOn, Eligibility eligibility) {
    }
}
