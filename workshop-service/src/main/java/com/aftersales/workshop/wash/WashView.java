package com.aftersales.workshop.wash;

import com.aftersales.workshop.workorder.Wash;
import com.aftersales.workshop.workorder.WorkOrder;

import java.time.Instant;

/** A car in the wash queue, with the time told to the customer (S10.1) and the confirmed result (S10.2, S10.3). */
public record WashView(String id, String repairOrderId, String repairOrderNumber, boolean priority, Wash.Status status,
                       Instant queuedAt, Instant expectedDoneAt, boolean ashtrayEmptied, boolean tyresCleaned,
                       String confirmedBy, Instant completedAt, Long version) {

    public static WashView of(WorkOrder order) {
        Wash wash = order.wash();
        return new WashView(wash.washId(), order.repairOrderId(), order.repairOrderNumber(), order.priority(), wash.status(),
                wash.queuedAt(), wash.expectedDoneAt(), wash.ashtrayEmptied(), wash.tyresCleaned(), wash.confirmedBy(),
                wash.completedAt(), order.version());
    }
}
