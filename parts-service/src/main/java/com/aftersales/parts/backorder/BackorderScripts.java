package com.aftersales.parts.backorder;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The standard scripts one dealership's advisors read to a customer whose part is missing (S6.3): one per
 * backorder reason, the dealer's own wording where it set one, else the default. A script may name
 * {@code {partNumber}}, {@code {partName}}, {@code {quantity}} and {@code {expectedOn}}; they are filled in for
 * each backorder.
 */
@Document("backorder_scripts")
public class BackorderScripts {

    static final String NOT_YET_KNOWN = "to be confirmed by the supplier";

    @Id
    private String dealerId;
    @Version
    private Long version;
    private Map<String, String> scripts = new HashMap<>();
    private Map<String, Instant> changedAt = new HashMap<>();

    protected BackorderScripts() {
    }

    public BackorderScripts(String dealerId) {
        this.dealerId = dealerId;
    }

    /** The defaults, for a dealership that has not written its own scripts. */
    public static BackorderScripts defaults(String dealerId) {
        return new BackorderScripts(dealerId);
    }

    public void write(BackorderReason reason, String script, Instant now) {
        scripts.put(reason.name(), script);
        changedAt.put(reason.name(), now);
    }

    public String template(BackorderReason reason) {
        return scripts.getOrDefault(reason.name(), reason.defaultScript());
    }

    public boolean isCustom(BackorderReason reason) {
        return scripts.containsKey(reason.name());
    }

    public Instant changedAt(BackorderReason reason) {
        return changedAt.get(reason.name());
    }

    /** The script for one backorder, as the advisor reads it. */
    public String render(BackorderReason reason, String partNumber, String partName, int quantity, LocalDate expectedOn) {
        return template(reason)
                .replace("{partNumber}", partNumber)
                .replace("{partName}", partName == null ? partNumber : partName)
                .replace("{quantity}", Integer.toString(quantity))
                .replace("{expectedOn}", expectedOn == null ? NOT_YET_KNOWN : expectedOn.toString());
    }

    public Map<BackorderReason, String> all() {
        Map<BackorderReason, String> all = new EnumMap<>(BackorderReason.class);
        for (BackorderReason reason : BackorderReason.values()) {
            all.put(reason, template(reason));
        }
        return all;
    }

    public String dealerId() {
        return dealerId;
    }

    public Long version() {
        return version;
    }
}
