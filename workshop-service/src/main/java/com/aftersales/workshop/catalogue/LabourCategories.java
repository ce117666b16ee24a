package com.aftersales.workshop.catalogue;

import java.util.List;
import java.util.Locale;

/**
 * What a job is and needs, from its labour line. Estimate lines carry no category, so the category of the
 * appointment's requested work (the labour-operation catalogue, S2.1) is used when the code matches; otherwise it
 * is read from the code and description. The category decides the skill a technician needs (S7.3), the equipment
 * the bay needs (S7.2) and whether the final inspection includes a road test (S9.2).
 */
public final class LabourCategories {

    private LabourCategories() {
    }

    /** The category named by the catalogue, or else the one the code and description suggest. */
    public static LabourCategory categorise(String catalogueCategory, String labourOperationCode, String description) {
        if (catalogueCategory != null) {
            for (LabourCategory category : LabourCategory.values()) {
                if (category.name().equalsIgnoreCase(catalogueCategory.trim())) {
                    return category;
                }
            }
        }
        String text = text(labourOperationCode, description);
        if (containsAny(text, "DIAG", "SCAN", "FAULT")) {
            return LabourCategory.DIAGNOSIS;
        }
        if (containsAny(text, "TYRE", "TIRE", "WHEEL", "ALIGN")) {
            return LabourCategory.TYRES;
        }
        if (containsAny(text, "BODY", "PAINT", "DENT", "PANEL", "BUMPER")) {
            return LabourCategory.BODY;
        }
        if (containsAny(text, "OIL", "SERVICE", "MAINT", "FILTER", "INSPECT", "FLUID", "WIPER", "CHECK")) {
            return LabourCategory.MAINTENANCE;
        }
        return LabourCategory.REPAIR;
    }

    /** S7.2: the equipment the job needs in its bay. */
    public static List<Equipment> equipmentFor(LabourCategory category, String labourOperationCode, String description) {
        String text = text(labourOperationCode, description);
        if (containsAny(text, "ALIGN")) {
            return List.of(Equipment.ALIGNMENT_RIG);
        }
        return switch (category) {
            case DIAGNOSIS -> List.of(Equipment.DIAGNOSIS);
            case MAINTENANCE, REPAIR, TYRES -> List.of(Equipment.LIFT);
            case BODY -> List.of();
        };
    }

    /** S9.2: repairs and diagnoses are road tested, and any job whose code or description asks for it. */
    public static boolean needsRoadTest(LabourCategory category, String labourOperationCode, String description) {
        return category == LabourCategory.REPAIR || category == LabourCategory.DIAGNOSIS
                || containsAny(text(labourOperationCode, description), "ROAD", "BRAKE", "STEER", "ALIGN");
    }

    private static String text(String code, String description) {
        return ((code == null ? "" : code) + " " + (description == null ? "" : description)).toUpperCase(Locale.ROOT);
    }

    private static boolean containsAny(String text, String... needles) {
        for (String needle : needles) {
            if (text.contains(needle)) {
                return true;
            }
        }
        return false;
    }
}
