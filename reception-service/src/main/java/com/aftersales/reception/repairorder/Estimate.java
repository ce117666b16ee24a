package com.aftersales.reception.repairorder;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The estimate of a repair order: a versioned document (S5.1). Every version ever presented is kept as the
 * customer saw it; the last version is the current one.
 */
public class Estimate {

    private List<EstimateVersion> versions = new ArrayList<>();
    private int lineSequence;

    Estimate() {
    }

    static Estimate opened() {
        Estimate estimate = new Estimate();
        estimate.versions.add(EstimateVersion.first());
        return estimate;
    }

    public EstimateVersion current() {
        return versions.get(versions.size() - 1);
    }

    public Optional<EstimateVersion> version(int number) {
        return versions.stream().filter(version -> version.number() == number).findFirst();
    }

    public List<EstimateVersion> versions() {
        return List.copyOf(versions);
    }

    /** The version to change: the current draft, or a new draft copied from the version the customer has seen. */
    EstimateVersion editable() {
        if (current().status() != EstimateVersion.Status.DRAFT) {
            versions.add(current().nextDraft());
        }
        return current();
    }

    String nextLineId() {
        lineSequence++;
        return "L" + lineSequence;
    }
}
