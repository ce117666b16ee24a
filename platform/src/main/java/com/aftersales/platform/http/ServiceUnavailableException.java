package com.aftersales.platform.http;

/**
 * Another service did not answer a call: the connection was refused, the answer did not come in time, it
 * answered with a server error, or its circuit breaker is open because it failed repeatedly just before.
 * The caller decides how to go on without it (show a value as unknown, keep the user's work going).
 */
public class ServiceUnavailableException extends RuntimeException {

    private final String service;

    public ServiceUnavailableException(String service, String message, Throwable cause) {
        super(service + " is not answering: " + message, cause);
        this.service = service;
    }

    /** The name of the service that did not answer, e.g. {@code parts-service}. */
    public String service() {
        return service;
    }
}
