package com.aftersales.platform.test;

import org.springframework.test.web.servlet.ResultMatcher;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The problem-detail shapes of the platform (RFC 9457), as result matchers. */
public final class ProblemMatchers {

    private static final String BASE = "https://aftersales.example/problems/";

    private ProblemMatchers() {
    }

    private static ResultMatcher all(ResultMatcher... matchers) {
        return result -> {
            for (ResultMatcher matcher : matchers) {
                matcher.match(result);
            }
        };
    }

    /** 400 with {@code errors[]} naming the field. */
    public static ResultMatcher invalid(String field) {
        return all(status().isBadRequest(),
                jsonPath("$.type").value(BASE + "validation"),
                jsonPath("$.errors[*].field").value(hasItem(field)));
    }

    public static ResultMatcher notFound(String kind) {
        return all(status().isNotFound(),
                jsonPath("$.type").value(BASE + "not-found"),
                jsonPath("$.kind").value(kind));
    }

    public static ResultMatcher illegalTransition(String currentState) {
        return all(status().isConflict(),
                jsonPath("$.type").value(BASE + "illegal-transition"),
                jsonPath("$.currentState").value(currentState));
    }

    public static ResultMatcher staleVersion() {
        return all(status().isConflict(), jsonPath("$.type").value(BASE + "stale-version"));
    }

    public static ResultMatcher alreadyExists(String field) {
        return all(status().isConflict(),
                jsonPath("$.type").value(BASE + "already-exists"),
                jsonPath("$.errors[*].field").value(hasItem(field)));
    }

    public static ResultMatcher domainRule(String rule) {
        return all(status().isUnprocessableContent(),
                jsonPath("$.type").value(BASE + "domain-rule"),
                jsonPath("$.rule").value(rule));
    }

    public static ResultMatcher domainRule(String rule, String field) {
        return all(domainRule(rule), jsonPath("$.errors[*].field").value(hasItem(field)));
    }

    /** 503 naming the service that is not answering; nothing was changed. */
    public static ResultMatcher serviceUnavailable(String service) {
        return all(status().isServiceUnavailable(),
                jsonPath("$.type").value(BASE + "service-unavailable"),
                jsonPath("$.service").value(service));
    }

    public static ResultMatcher missingDealer() {
        return all(status().isBadRequest(),
                jsonPath("$.type").value(BASE + "missing-dealer"),
                jsonPath("$.errors[0].field").value("X-Dealer-Id"));
    }
}
