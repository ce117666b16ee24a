package com.aftersales.parts.backorder;

import java.time.LocalDate;

/**
 * Why a part the customer's work needs is not there (S6.3). Each reason has a standard script the advisor
 * reads to the customer, so every customer hears the same, correct answer.
 */
public enum BackorderReason {

    /** A stocked part, none free at the moment. */
    OUT_OF_STOCK("The part {partName} ({partNumber}) is out of stock at the moment. We have ordered it; expected arrival: "
            + "{expectedOn}. As soon as it arrives we will call you, and your car will be given priority in the workshop."),

    /** The part is on order, but the supplier has missed the expected date. */
    SUPPLIER_DELAY("We are sorry: the supplier is late delivering {partName} ({partNumber}). Expected arrival now: "
            + "{expectedOn}. We are following it up every day; we will call you the moment it arrives, and your car will "
            + "be given priority in the workshop."),

    /** The dealer does not stock the part: it is ordered for this customer's car. */
    SPECIAL_ORDER("{partName} ({partNumber}) is not kept in stock, so we are ordering it specially for your car. "
            + "Expected arrival: {expectedOn}. We will call you as soon as it arrives, and your car will be given priority "
            + "in the workshop."),

    /** The manufacturer replaced the part by a newer one, which has to come in. */
    DISCONTINUED_SUPERSEDED("The manufacturer has replaced {partName} ({partNumber}) by a newer version that fits your car "
            + "just as well. We are getting the new part; expected arrival: {expectedOn}. We will call you as soon as it "
            + "arrives, and your car will be given priority in the workshop.");

    private final String defaultScript;

    BackorderReason(String defaultScript) {
        this.defaultScript = defaultScript;
    }

    public String defaultScript() {
        return defaultScript;
    }

    /**
     * The reason the customer is told today: a part ordered specially for this repair order is a special
     * order; a part whose order is overdue is a supplier delay; otherwise the reason it was backordered for.
     */
    public static BackorderReason effective(BackorderReason recorded, boolean specialOrderForThisRepairOrder,
                                            LocalDate expectedOn, LocalDate today) {
        if (expectedOn != null && expectedOn.isBefore(today)) {
            return SUPPLIER_DELAY;
        }
        if (specialOrderForThisRepairOrder) {
            return SPECIAL_ORDER;
        }
        return recorded;
    }
}
