package com.aftersales.reception.repairorder;

import java.time.Instant;

/** A change of the promised time, with who and why (G2): the promise is never changed without one. */
public record PromiseRevision(Instant previousPromisedAt, Instant promisedAt, String reason, String revisedBy, Instant at) {
}
