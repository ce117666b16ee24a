package com.aftersales.parts.reservation;

import com.aftersales.parts.backorder.BackorderReason;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BackorderQueueTest {

    static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");

    static PartReservation waiting(String repairOrderId, Instant promisedAt) {
        PartReservation reservation = PartReservation.forRepairOrder("dealer-1", repairOrderId, repairOrderId, promisedAt, NOW);
        reservation.approve("l1", "EO-5W30", "Engine oil", 2);
        reservation.settle(List.of(new PartReservation.Settlement("EO-5W30", 0, BackorderReason.OUT_OF_STOCK, "s", null)), NOW);
        return reservation;
    }

    @Test
    @DisplayName("S6.2: an arrival serves the oldest promise first; a repair order without a promise comes last")
    void oldestPromiseFirst() {
        List<PartReservation> queue = new ArrayList<>(List.of(
                waiting("ro-late", NOW.plusSeconds(7200)),
                waiting("ro-none", null),
                waiting("ro-early", NOW.plusSeconds(3600))));

        queue.sort(BackorderFilling.queue("EO-5W30", null));

        assertThat(queue).extracting(PartReservation::repairOrderId).containsExactly("ro-early", "ro-late", "ro-none");
    }

    @Test
    @DisplayName("S6.2: the repair order a special order was placed for is served before every other")
    void theSpecialOrdersRepairOrderFirst() {
        List<PartReservation> queue = new ArrayList<>(List.of(
                waiting("ro-early", NOW.plusSeconds(3600)),
                waiting("ro-special", NOW.plusSeconds(9000))));

        queue.sort(BackorderFilling.queue("EO-5W30", "ro-special"));

        assertThat(queue).extracting(PartReservation::repairOrderId).containsExactly("ro-special", "ro-early");
    }

    @Test
    @DisplayName("S6.3: a backorder waits for the special order of its own repair order, else the earliest ordinary order")
    void theArrivalABackorderWaitsFor() {
        List<Arrivals.ExpectedArrival> open = List.of(
                new Arrivals.ExpectedArrival("EO-5W30", 4, LocalDate.of(2026, 12, 5), null),
                new Arrivals.ExpectedArrival("EO-5W30", 4, LocalDate.of(2026, 12, 2), null),
                new Arrivals.ExpectedArrival("EO-5W30", 1, LocalDate.of(2026, 12, 1), "ro-other"),
                new Arrivals.ExpectedArrival("EO-5W30", 1, LocalDate.of(2026, 12, 9), "ro-1"));

        assertThat(Arrivals.nextFor(open, "EO-5W30", "ro-1")).get()
                .satisfies(a -> assertThat(a.expectedOn()).isEqualTo(LocalDate.of(2026, 12, 9)));
        assertThat(Arrivals.nextFor(open, "EO-5W30", "ro-2")).get()
                .satisfies(a -> assertThat(a.expectedOn()).isEqualTo(LocalDate.of(2026, 12, 2)));
        assertThat(Arrivals.nextFor(open, "OF-100", "ro-1")).isEmpty();
    }
}
