package com.aftersales.workshop.workorder;

import com.aftersales.platform.domain.DomainRuleViolation;

import java.util.ArrayList;
import java.util.List;

/**
 * The technician's self-check of a job: protective covers on (S8.1); after the work the area cleaned, the
 * vehicle's settings restored and the door hinges lubricated (S8.3); the old parts in the trunk or labelled at the
 * delivery bay, or none replaced (S8.4). A job is completed only with all of it done.
 */
public record RepairChecklist(boolean coversOn, boolean areaCleaned, boolean settingsRestored, boolean hingesLubricated,
                              OldParts oldParts) {

    public enum OldParts { TRUNK, DELIVERY_BAY, NONE }

    public static RepairChecklist empty() {
        return new RepairChecklist(false, false, false, false, null);
    }

    /** What is still missing, each with its requirement: "S8.1: covers on", ... */
    public List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (!coversOn) {
            missing.add("S8.1: protective covers on");
        }
        if (!areaCleaned) {
            missing.add("S8.3: repaired area cleaned");
        }
        if (!settingsRestored) {
            missing.add("S8.3: settings restored as on arrival");
        }
        if (!hingesLubricated) {
            missing.add("S8.3: door hinges lubricated");
        }
        if (oldParts == null) {
            missing.add("S8.4: old parts in the trunk, at the delivery bay, or none");
        }
        return missing;
    }

    /** Refuses completion while something is missing; the rule names the first requirement not met. */
    void requireDone() {
        if (!coversOn) {
            throw violation("S8.1-covers", "checklist.coversOn");
        }
        if (!areaCleaned || !settingsRestored || !hingesLubricated) {
            throw violation("S8.3-after-work", !areaCleaned ? "checklist.areaCleaned"
                    : !settingsRestored ? "checklist.settingsRestored" : "checklist.hingesLubricated");
        }
        if (oldParts == null) {
            throw violation("S8.4-old-parts", "checklist.oldParts");
        }
    }

    private DomainRuleViolation violation(String rule, String field) {
        return new DomainRuleViolation(rule, field, "the repair checklist is not done: " + String.join("; ", missing()));
    }
}
