package com.aftersales.platform.domain;

/** Input that is wrong in itself, found after binding (a date range the wrong way round). Answered with 400. */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
