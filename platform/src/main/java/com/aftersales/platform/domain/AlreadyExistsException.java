package com.aftersales.platform.domain;

/** A record with the same natural key exists already (a VIN per dealer, a phone per dealer). Answered with 409. */
public class AlreadyExistsException extends RuntimeException {

    private final String field;
    private final String existingId;

    public AlreadyExistsException(String field, String existingId, String message) {
        super(message);
        this.field = field;
        this.existingId = existingId;
    }

    public String field() {
        return field;
    }

    public String existingId() {
        return existingId;
    }
}
