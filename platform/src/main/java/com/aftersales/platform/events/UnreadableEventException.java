package com.aftersales.platform.events;

/** A record that is not an event envelope we can read. Retrying cannot help: it goes straight to the dead-letter topic. */
public class UnreadableEventException extends RuntimeException {

    public UnreadableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
