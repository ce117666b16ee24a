package com.aftersales.parts.part;

import com.aftersales.platform.storage.Conflicts;
import com.aftersales.parts.Snapshots;
import com.aftersales.platform.domain.NotFoundException;
import com.aftersales.platform.web.Versions;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Every change of a part's stock goes through here: load the part, change it, save it with its version; when
 * someone else changed the part in between (another reservation of the same part, a receipt), load it again
 * and redo the change, a few times. Because the part's on-hand, reserved and per-reservation allocations are
 * one document, each change is atomic: two reservations of the last unit cannot both get it (one saves, the
 * other reloads and finds nothing available), and stock never goes negative.
 *
 * <p>How these single-document writes are ordered against the writes of reservations and purchase orders,
 * without multi-document transactions, is explained in {@code reservation.Reservations}.
 */
@Service
public class PartStock {

    private final PartRepository parts;
    private final Snapshots snapshots;
    private final Clock clock;

    PartStock(PartRepository parts, Snapshots snapshots, Clock clock) {
        this.parts = parts;
        this.snapshots = snapshots;
        this.clock = clock;
    }

    /** What a hold achieved: the units reserved for the reservation in all, and what the catalogue says of the part. */
    public record Hold(int reservedTotal, boolean known, String name, String supersededBy) {
    }

    public Optional<Part> find(String dealerId, String partNumber) {
        return snapshots.byId(Part.idOf(dealerId, partNumber), Part.class);
    }

    public Part load(String dealerId, String partNumber) {
        return find(dealerId, partNumber).orElseThrow(() -> new NotFoundException("part", partNumber));
    }

    /**
     * Reserves units of the part for a reservation, up to {@code reservedTotal} in all, as far as stock is
     * available. A part that is not in the catalogue holds nothing (it has to be ordered).
     */
    public Hold reserveUpTo(String dealerId, String partNumber, String reservationId, int reservedTotal) {
        return Conflicts.retry(() -> {
            Optional<Part> found = find(dealerId, partNumber);
            if (found.isEmpty()) {
                return new Hold(0, false, null, null);
            }
            Part part = found.get();
            int before = part.allocationOf(reservationId).reserved();
            int total = part.reserveUpTo(reservationId, reservedTotal, clock.instant());
            if (total != before) {
                parts.save(part);
            }
            return new Hold(total, true, part.name(), part.supersededBy());
        });
    }

    /** Brings the part's ledger of the reservation up to the totals the reservation recorded. */
    public void settle(String dealerId, String partNumber, String reservationId, Part.Totals totals) {
        Conflicts.retry(() -> {
            find(dealerId, partNumber).ifPresent(part -> {
                if (part.settle(reservationId, totals, clock.instant())) {
                    parts.save(part);
                }
            });
            return null;
        });
    }

    public Part receive(String dealerId, String partNumber, String receiptId, int quantity) {
        return change(dealerId, partNumber, part -> part.receive(receiptId, quantity, clock.instant()));
    }

    public Part adjust(String dealerId, String partNumber, int quantity, String reason) {
        return change(dealerId, partNumber, part -> part.adjust(quantity, reason, clock.instant()));
    }

    /**
     * Changes the catalogue entry. With {@code If-Match} the client's version must still be current (the
     * version also moves with every stock movement); without it a concurrent stock movement is not lost:
     * the change is redone on top of it.
     */
    public Part redefine(String dealerId, String partNumber, String ifMatch, Part.Definition definition) {
        return change(dealerId, partNumber, part -> {
            Versions.requireMatch(ifMatch, part.version());
            part.redefine(definition, clock.instant());
        });
    }

    private Part change(String dealerId, String partNumber, Consumer<Part> change) {
        return Conflicts.retry(() -> {
            Part part = load(dealerId, partNumber);
            change.accept(part);
            return parts.save(part);
        });
    }

    /** Reads a value of a part without changing it (zero when it is not in the catalogue). */
    public int available(String dealerId, String partNumber) {
        return find(dealerId, partNumber).map(Part::available).orElse(0);
    }
}
