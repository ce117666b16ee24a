package com.aftersales.followup.figures;

import com.aftersales.platform.domain.InvalidInputException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The days a report covers, both included, in the dealer's zone ({@code ?from=&to=}); without them, the last
 * 30 days up to today.
 */
public record ReportingPeriod(LocalDate from, LocalDate to) {

    static final int DEFAULT_DAYS = 30;
    static final int MAX_DAYS = 366;

    public static ReportingPeriod of(LocalDate from, LocalDate to, Clock clock) {
        LocalDate end = to != null ? to : (from != null ? from.plusDays(DEFAULT_DAYS - 1) : LocalDate.now(clock));
        LocalDate start = from != null ? from : end.minusDays(DEFAULT_DAYS - 1);
        if (end.isBefore(start)) {
            throw new InvalidInputException("to", "must not be before from");
        }
        if (start.plusDays(MAX_DAYS).isBefore(end.plusDays(1))) {
            throw new InvalidInputException("to", "a period is at most " + MAX_DAYS + " days");
        }
        return new ReportingPeriod(start, end);
    }

    public Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period. */
    public Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public boolean contains(Instant at, ZoneId zone) {
        return at != null && !at.isBefore(start(zone)) && at.isBefore(end(zone));
    }
}
