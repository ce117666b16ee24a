package com.aftersales.reception.repairorder;

import java.time.Instant;

/** Why the repair order was given priority (S6.2: a missing part arrived). */
public record PriorityFlag(String reason, Instant at) {
}
