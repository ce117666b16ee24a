package com.aftersales.platform.events;

/** Kafka record headers every published event carries besides the JSON envelope. */
public final class EventHeaders {

    public static final String EVENT_ID = "eventId";
    public static final String EVENT_TYPE = "eventType";
    public static final String DEALER_ID = "dealerId";

    private EventHeaders() {
    }
}
