package com.aftersales.platform.domain;

/** The thing asked for does not exist (for this dealer). Answered with 404. */
public class NotFoundException extends RuntimeException {

    private final String kind;
    private final String id;

    public NotFoundException(String kind, String id) {
        super(kind + " " + id + " was not found");
        this.kind = kind;
        this.id = id;
    }

    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }
}
