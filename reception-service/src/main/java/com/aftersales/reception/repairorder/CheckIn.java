package com.aftersales.reception.repairorder;

import java.time.Instant;
import java.util.List;

/**
 * The check-in walkaround (S8.3): the state the vehicle came in, so that the workshop restores its settings
 * and nobody argues later about a scratch or the fuel.
 */
public record CheckIn(int odometerKm, int fuelLevelPercent, List<String> existingDamage, List<String> valuables,
                      List<String> settingsToRestore, String checkedInBy, Instant checkedInAt) {

    public CheckIn {
        existingDamage = existingDamage == null ? List.of() : List.copyOf(existingDamage);
        valuables = valuables == null ? List.of() : List.copyOf(valuables);
        settingsToRestore = settingsToRestore == null ? List.of() : List.copyOf(settingsToRestore);
    }
}
