package com.aftersales.platform.domain;

/**
 * An aggregate refused a state transition that its current state does not allow. Answered with 409,
 * naming the current state, so the user sees why (for example "appointment is CANCELLED; cannot arrive").
 */
public class IllegalTransitionException extends RuntimeException {

    private final String currentState;
    private final String attemptedAction;

    public IllegalTransitionException(String aggregate, Enum<?> currentState, String attemptedAction) {
        this(aggregate, currentState.name(), attemptedAction);
    }

    public IllegalTransitionException(String aggregate, String currentState, String attemptedAction) {
        super(aggregate + " is " + currentState + "; cannot " + attemptedAction);
        this.currentState = currentState;
        this.attemptedAction = attemptedAction;
    }

    public String currentState() {
        return currentState;
    }

    public String attemptedAction() {
        return attemptedAction;
    }
}
