package com.aftersales.appointment.vehicle;

import java.util.regex.Pattern;

/** A vehicle identification number: 17 characters, digits and capital letters except I, O and Q (ISO 3779). */
public final class Vin {

    public static final String REGEX = "[A-HJ-NPR-Z0-9]{17}";
    public static final String RULE = "must be 17 characters: digits and letters except I, O and Q";
    private static final Pattern VALID = Pattern.compile(REGEX);

    private Vin() {
    }

    public static boolean isValid(String vin) {
        return vin != null && VALID.matcher(vin).matches();
    }

    /** Upper case, no spaces: what the advisor typed, as the VIN is stored. */
    public static String normalise(String vin) {
        return vin == null ? null : vin.replace(" ", "").toUpperCase();
    }
}
