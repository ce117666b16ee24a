package com.aftersales.platform.domain;

/**
 * A request that is well formed but breaks a rule of the business (a booking over the day's capacity, a
 * contact through a channel the customer did not consent to). Answered with 422; {@code rule} names the
 * requirement ID or rule so the user and the support desk can look it up. When the rule concerns one
 * input field, {@code field} names it so the UI can show the message next to it.
 */
public class DomainRuleViolation extends RuntimeException {

    private final String rule;
    private final String field;

    public DomainRuleViolation(String rule, String message) {
        this(rule, null, message);
    }

    public DomainRuleViolation(String rule, String field, String message) {
        super(message);
        this.rule = rule;
        this.field = field;
    }

    public String rule() {
        return rule;
    }

    public String field() {
        return field;
    }
}
