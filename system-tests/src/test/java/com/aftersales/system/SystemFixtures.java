package com.aftersales.system;

import java.util.concurrent.ThreadLocalRandom;

/** Set-up a dealership needs before its first booking, through the public API. */
final class SystemFixtures {

    private static final String VIN_CHARACTERS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";

    private SystemFixtures() {
    }

    static void workshop(Api api) {
        api.ok("PUT", "/api/workshop-capacity", """
                {"labourRatePerHour":{"amount":30000,"currency":"CNY"},
                 "technicians":[{"id":"t-wang","name":"Wang Qiang","dailyHours":8},{"id":"t-zhao","name":"Zhao Lei","dailyHours":8}],
                 "bays":[{"id":"bay-1","name":"Lift 1","kind":"LIFT"},{"id":"bay-2","name":"Lift 2","kind":"LIFT"}],
                 "advisors":[{"id":"a-li","name":"Li Na"}],
                 "bayHoursPerDay":9,
                 "workingDays":["MONDAY","TUESDAY","WEDNESDAY","THURSDAY","FRIDAY","SATURDAY"],
                 "opensAt":"08:30","closesAt":"18:00"}""");
        api.ok("POST", "/api/labour-operations", """
                {"code":"MAINT-10K","name":"Regular maintenance","category":"MAINTENANCE","standardHours":1.5,
                 "expectedParts":[{"partNumber":"OF-1001","name":"Oil filter","quantity":1,"unitPrice":{"amount":6800,"currency":"CNY"}}]}""");
    }

    /** A VIN nobody else uses: valid characters only (no I, O, Q). */
    static String vin() {
        StringBuilder vin = new StringBuilder("LSV");
        while (vin.length() < 17) {
            vin.append(VIN_CHARACTERS.charAt(ThreadLocalRandom.current().nextInt(VIN_CHARACTERS.length())));
        }
        return vin.toString();
    }

    /** Random digits, for phone numbers and plates nobody else uses. */
    static String digits(int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        return digits.toString();
    }
}
