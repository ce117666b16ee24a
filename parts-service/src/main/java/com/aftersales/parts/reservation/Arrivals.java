package com.aftersales.parts.reservation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What is on order and when it is expected: purchasing answers it, reservations use it to tell the customer
 * when a missing part comes (S6.3) without depending on how orders are kept.
 */
public interface Arrivals {

    /** The open orders of the dealership, part by part, with what is still to come. */
    List<ExpectedArrival> expected(String dealerId);

    /**
     * One part still to come on one order.
     *
     * @param specialOrderForRepairOrderId the repair order it was ordered for, when it is a special order
     */
    record ExpectedArrival(String partNumber, int quantity, LocalDate expectedOn, String specialOrderForRepairOrderId) {
    }

    /**
     * The arrival a backorder of this repair order waits for: one ordered specially for it first, else the
     * earliest ordinary order of the part (a special order for another repair order is not for it).
     */
    static Optional<ExpectedArrival> nextFor(List<ExpectedArrival> arrivals, String partNumber, String repairOrderId) {
        Optional<ExpectedArrival> special = arrivals.stream()
                .filter(arrival -> arrival.partNumber().equals(partNumber))
                .filter(arrival -> repairOrderId != null && repairOrderId.equals(arrival.specialOrderForRepairOrderId()))
                .min(Comparator.comparing(ExpectedArrival::expectedOn));
        if (special.isPresent()) {
            return special;
        }
        return arrivals.stream()
                .filter(arrival -> arrival.partNumber().equals(partNumber))
                .filter(arrival -> arrival.specialOrderForRepairOrderId() == null)
                .min(Comparator.comparing(ExpectedArrival::expectedOn));
    }
}
