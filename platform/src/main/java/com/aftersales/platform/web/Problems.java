package com.aftersales.platform.web;

import java.net.URI;

/** The stable type URIs of our problem details: one per kind of error, documented in docs/http-errors.md. */
public final class Problems {

    private static final String BASE = "https://aftersales.example/problems/";

    public static final URI VALIDATION = URI.create(BASE + "validation");
    public static final URI NOT_FOUND = URI.create(BASE + "not-found");
    public static final URI ILLEGAL_TRANSITION = URI.create(BASE + "illegal-transition");
    public static final URI STALE_VERSION = URI.create(BASE + "stale-version");
    public static final URI ALREADY_EXISTS = URI.create(BASE + "already-exists");
    public static final URI DOMAIN_RULE = URI.create(BASE + "domain-rule");
    public static final URI MISSING_DEALER = URI.create(BASE + "missing-dealer");
    public static final URI SERVICE_UNAVAILABLE = URI.create(BASE + "service-unavailable");

    private Problems() {
    }
}
