package com.aftersales.parts.reservation;

import com.aftersales.platform.storage.Conflicts;
import com.aftersales.parts.Snapshots;
import com.aftersales.parts.part.PartStock;
import com.aftersales.parts.part.StockReplenished;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * When stock of a part becomes free (an arrival, a stock correction, a released reservation, parts taken
 * back), it goes to the reservations waiting for that part: oldest promise to the customer first (a special
 * order's own repair order before all others). For a repair order the customer is told and the repair gets
 * priority in the workshop (S6.2, through BackorderedPartArrived). The part is reserved first, then the
 * reservation records it (the safe order, see {@link Reservations}).
 */
@Service
public class BackorderFilling {

    private final PartReservationRepository reservations;
    private final Snapshots snapshots;
    private final PartStock stock;
    private final Clock clock;

    BackorderFilling(PartReservationRepository reservations, Snapshots snapshots, PartStock stock, Clock clock) {
        this.reservations = reservations;
        this.snapshots = snapshots;
        this.stock = stock;
        this.clock = clock;
    }

    /** One backorder line (partly) filled. */
    public record Filled(String reservationId, String repairOrderId, String appointmentId, String partNumber,
                         int quantity) {
    }

    @EventListener
    void on(StockReplenished replenished) {
        fill(replenished.dealerId(), replenished.partNumber(), null);
    }

    /**
     * Fills open backorders of the part from free stock, in the order of the promises made to customers.
     *
     * @param firstForRepairOrderId a repair order served before all others (the part was ordered for it), or null
     */
    public List<Filled> fill(String dealerId, String partNumber, String firstForRepairOrderId) {
        List<Filled> filled = new ArrayList<>();
        if (stock.available(dealerId, partNumber) <= 0) {
            return filled;
        }
        List<PartReservation> waiting = new ArrayList<>(reservations.findWaitingFor(dealerId, partNumber));
        waiting.sort(queue(partNumber, firstForRepairOrderId));
        for (PartReservation candidate : waiting) {
            Step step = Conflicts.retry(() -> fillOne(dealerId, candidate.id(), partNumber));
            if (step.filled() != null) {
                filled.add(step.filled());
            }
            if (step.stockExhausted()) {
                break;
            }
        }
        return filled;
    }

    private record Step(Filled filled, boolean stockExhausted) {
    }

    private Step fillOne(String dealerId, String reservationId, String partNumber) {
        PartReservation reservation = snapshots.byId(reservationId, PartReservation.class).orElse(null);
        PartReservation.Line line = reservation == null || reservation.isReleased() ? null
                : reservation.line(partNumber).orElse(null);
        if (line == null || line.backordered() == 0) {
            return new Step(null, false);
        }
        int wanted = line.reservedTotal() + line.backordered();
        int releasedBefore = line.released();
        PartStock.Hold hold = stock.reserveUpTo(dealerId, partNumber, reservationId, wanted);
        if (hold.reservedTotal() <= line.reservedTotal()) {
            return new Step(null, true);
        }
        int quantity = reservation.fillBackorder(partNumber, hold.reservedTotal(), clock.instant());
        PartReservation saved = reservations.save(reservation);
        if (saved.line(partNumber).orElseThrow().released() > releasedBefore) {
            stock.settle(dealerId, partNumber, reservationId, saved.totalsOf(partNumber));
        }
        Filled filled = quantity == 0 ? null : new Filled(reservationId, saved.repairOrderId(), saved.appointmentId(),
                partNumber, quantity);
        return new Step(filled, hold.reservedTotal() < wanted);
    }

    /** Oldest promise first; the repair order the part was ordered for before everyone. */
    static Comparator<PartReservation> queue(String partNumber, String firstForRepairOrderId) {
        Comparator<PartReservation> specialFirst = Comparator.comparing(
                reservation -> firstForRepairOrderId == null || !firstForRepairOrderId.equals(reservation.repairOrderId()));
        return specialFirst
                .thenComparing(PartReservation::promisedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(reservation -> reservation.line(partNumber).map(PartReservation.Line::backorderedAt)
                        .orElse(null), Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
                .thenComparing(PartReservation::createdAt, Comparator.nullsLast(Comparator.naturalOrder()));
    }
}
