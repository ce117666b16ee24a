package com.aftersales.reception.repairorder;

import java.time.Instant;

/** Who is responsible for the customer from when (S3.4); the first one at opening, later ones with a reason. */
public record AdvisorAssignment(String advisorId, String reason, Instant at) {
}
