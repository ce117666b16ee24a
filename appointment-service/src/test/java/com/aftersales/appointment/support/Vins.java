package com.aftersales.appointment.support;

import java.util.concurrent.ThreadLocalRandom;

/** Valid, random vehicle identification numbers: 17 characters, no I, O or Q. */
public final class Vins {

    private static final String ALLOWED = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";

    private Vins() {
    }

    public static String random() {
        return withPrefix("LSV");
    }

    public static String withPrefix(String prefix) {
        StringBuilder vin = new StringBuilder(prefix);
        while (vin.length() < 17) {
            vin.append(ALLOWED.charAt(ThreadLocalRandom.current().nextInt(ALLOWED.length())));
        }
        return vin.toString();
    }
}
