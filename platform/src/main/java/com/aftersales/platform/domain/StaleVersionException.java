package com.aftersales.platform.domain;

/** The client changed a record from a version that is no longer the current one. Answered with 409. */
public class StaleVersionException extends RuntimeException {

    private final Long currentVersion;

    public StaleVersionException(Long expected, Long currentVersion) {
        super("the record was changed meanwhile: you sent version " + expected + ", the current one is "
                + currentVersion + "; reload and try again");
        this.currentVersion = currentVersion;
    }

    public Long currentVersion() {
        return currentVersion;
    }
}
