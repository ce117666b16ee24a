package com.aftersales.contracts;

/**
 * Topic naming convention: one topic per producing service, {@code <service>.events}; events a consumer
 * could not handle after its retries are parked on {@code <topic>.dlt}.
 */
public final class EventTopics {

    public static final String APPOINTMENT = "appointment.events";
    public static final String RECEPTION = "reception.events";
    public static final String PARTS = "parts.events";
    public static final String WORKSHOP = "workshop.events";
    public static final String BILLING = "billing.events";
    public static final String FOLLOWUP = "followup.events";

    private static final String DEAD_LETTER_SUFFIX = ".dlt";

    private EventTopics() {
    }

    public static String of(String service) {
        return service + ".events";
    }

    public static String deadLetterOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
