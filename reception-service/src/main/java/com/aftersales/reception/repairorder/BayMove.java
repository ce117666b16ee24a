package com.aftersales.reception.repairorder;

import java.time.Instant;

/** The vehicle was moved to a diagnosis bay for a long diagnosis (S4.2). */
public record BayMove(String bayId, String movedBy, Instant at) {
}
