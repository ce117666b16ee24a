package com.aftersales.parts.reservation;

import com.aftersales.contracts.Money;
import com.aftersales.platform.storage.Conflicts;
import com.aftersales.parts.Snapshots;
import com.aftersales.parts.backorder.BackorderReason;
import com.aftersales.parts.backorder.BackorderScripts;
import com.aftersales.parts.backorder.BackorderScriptsRepository;
import com.aftersales.parts.part.Part;
import com.aftersales.parts.part.PartStock;
import com.aftersales.platform.domain.NotFoundException;
import com.aftersales.platform.web.Versions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Reserves, releases, issues and takes back parts for appointments and repair orders (step 6, S2.2).
 *
 * <p><b>Stock without transactions.</b> A reservation (one document) and the stock of each of its parts (one
 * document per part, version-checked, see {@link PartStock}) cannot be written together atomically. The order
 * of the two writes is chosen so that a crash between them always leaves the safe side, <em>stock held for
 * nothing, never stock promised twice</em>: the part's ledger of a reservation never holds less than the
 * reservation believes it holds.
 * <ul>
 *   <li>Holding more (a booking, an approved estimate, a filled backorder): the <em>part first</em>, then the
 *       reservation. After a crash the part holds units the reservation does not know of: nobody else can take
 *       them. The redelivered event asks the part for the same reserved total again, which holds nothing more,
 *       and the reservation takes what is already held.</li>
 *   <li>Giving back (a cancellation or no-show, a need that went down) and issuing: the <em>reservation
 *       first</em>, then the part. After a crash the part still holds what the reservation gave back or
 *       issued: held for nothing, never promised to two. A redelivered release repeats the part's step, which
 *       counts once.</li>
 *   <li>Taking back unused parts: the reservation first, then the stock; a crash leaves the stock short, not
 *       long.</li>
 * </ul>
 * The part's ledger keeps running totals per reservation (reserved, issued, released, returned) and each step
 * names the total reached, so two steps of the same reservation that cross each other (the clerk issues while
 * an approval reserves more) give the same stock in either order, and a repeated step counts once. A
 * reservation changed meanwhile by someone else is reloaded and the change redone (a few times).
 *
 * <p>Events are applied at most once: the reservation remembers the ids of the events it applied, in the same
 * write as their effect.
 */
@Service
public class Reservations {

    private static final Logger log = LoggerFactory.getLogger(Reservations.class);

    private final PartReservationRepository reservations;
    private final Snapshots snapshots;
    private final PartStock stock;
    private final BackorderFilling filling;
    private final BackorderScriptsRepository scripts;
    private final Arrivals arrivals;
    private final Clock clock;

    Reservations(PartReservationRepository reservations, Snapshots snapshots, PartStock stock, BackorderFilling filling,
                 BackorderScriptsRepository scripts, Arrivals arrivals, Clock clock) {
        this.reservations = reservations;
        this.snapshots = snapshots;
        this.stock = stock;
        this.filling = filling;
        this.scripts = scripts;
        this.arrivals = arrivals;
        this.clock = clock;
    }

    /** A part the visit needs, from the appointment's expected parts or an approved estimate line. */
    public record Need(String lineId, String partNumber, String name, int quantity) {
    }

    // ---- from appointments (S2.2) -------------------------------------------------------------------------

    /**
     * The appointment's expected parts are pre-reserved so all is ready before the customer arrives (S2.2);
     * what is not in stock is backordered. Applied again (a rescheduling), the expectation is replaced.
     */
    public Optional<PartReservation> preReserve(String dealerId, String eventId, String appointmentId,
                                                List<Need> expected, Instant appointmentAt) {
        String id = PartReservation.idForAppointment(dealerId, appointmentId);
        Optional<PartReservation> existing = find(id);
        if (expected.isEmpty() && existing.isEmpty()) {
            return Optional.empty();
        }
        if (existing.isPresent() && existing.get().isReleased()) {
            log.info("event {}: appointment {} was released already; its expected parts are not reserved again",
                    eventId, appointmentId);
            return existing;
        }
        Map<String, Integer> quantities = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (Need need : expected) {
            quantities.merge(need.partNumber(), need.quantity(), Integer::sum);
            names.putIfAbsent(need.partNumber(), need.name());
        }
        return Optional.of(rebalance(dealerId, eventId,
                () -> find(id).orElseGet(
                        () -> PartReservation.forAppointment(dealerId, appointmentId, appointmentAt, clock.instant())),
                reservation -> reservation.expect(quantities, names, appointmentAt)));
    }

    /**
     * The appointment was cancelled or missed: its pre-reservation gives everything back (S2.2), and whoever
     * waits for those parts gets them. A redelivered event gives nothing back twice.
     */
    public Optional<PartReservation> releaseForAppointment(String dealerId, String eventId, String appointmentId,
                                                           String reason) {
        String id = PartReservation.idForAppointment(dealerId, appointmentId);
        PartReservation reservation = Conflicts.retry(() -> {
            PartReservation found = find(id).orElse(null);
            if (found == null || found.hasHandled(eventId)) {
                return found;
            }
            if (found.status() != PartReservation.Status.PRE_RESERVED) {
                log.warn("event {}: reservation {} of appointment {} is {}; not released", eventId, id, appointmentId,
                        found.status());
                found.markHandled(eventId);
                return reservations.save(found);
            }
            found.release(reason, clock.instant());
            found.markHandled(eventId);
            return reservations.save(found);
        });
        if (reservation != null && reservation.isReleased()) {
            // done again on a redelivery too: it completes a release a crash interrupted, and counts once
            settleStock(reservation, reservation.lines().stream().map(PartReservation.Line::partNumber).toList());
        }
        return Optional.ofNullable(reservation);
    }

    // ---- from reception ------------------------------------------------------------------------------------

    /**
     * A repair order was opened. Prepared from an appointment (S3.1), it takes over the appointment's
     * pre-reservation; a walk-in gets a reservation of its own. The promised time orders the backorders.
     */
    public PartReservation openRepairOrder(String dealerId, String eventId, String repairOrderId,
                                           String repairOrderNumber, String appointmentId, Instant promisedAt) {
        if (appointmentId == null || appointmentId.isBlank()) {
            return Conflicts.retry(() -> {
                PartReservation reservation = forRepairOrder(dealerId, repairOrderId, repairOrderNumber);
                if (reservation.hasHandled(eventId)) {
                    return reservation;
                }
                reservation.revisePromise(promisedAt);
                reservation.markHandled(eventId);
                return reservations.save(reservation);
            });
        }
        String id = PartReservation.idForAppointment(dealerId, appointmentId);
        return Conflicts.retry(() -> {
            PartReservation reservation = find(id).orElseGet(
                    () -> PartReservation.forAppointment(dealerId, appointmentId, promisedAt, clock.instant()));
            if (reservation.hasHandled(eventId)) {
                return reservation;
            }
            if (reservation.isReleased() || (reservation.repairOrderId() != null
                    && !reservation.repairOrderId().equals(repairOrderId))) {
                log.warn("event {}: reservation {} of appointment {} cannot be taken over by repair order {} ({}, {})",
                        eventId, id, appointmentId, repairOrderId, reservation.status(), reservation.repairOrderId());
            } else {
                reservation.assignTo(repairOrderId, repairOrderNumber, promisedAt, clock.instant());
            }
            reservation.markHandled(eventId);
            return reservations.save(reservation);
        });
    }

    /** The promised time of a repair order changed (G2): its backorders move in the queue accordingly. */
    public void revisePromise(String dealerId, String eventId, String repairOrderId, Instant promisedAt) {
        Conflicts.retry(() -> ofRepairOrder(dealerId, repairOrderId)
                .filter(reservation -> !reservation.hasHandled(eventId))
                .map(reservation -> {
                    reservation.revisePromise(promisedAt);
                    reservation.markHandled(eventId);
                    return reservations.save(reservation);
                }).orElse(null));
    }

    /**
     * The customer approved estimate lines: their parts are reserved for the repair order, what is not in
     * stock is backordered (S6.3). What the pre-reservation of the appointment holds for the same part counts
     * towards it: nothing is reserved twice.
     */
    public Optional<PartReservation> reserveApproved(String dealerId, String eventId, String repairOrderId,
                                                     String repairOrderNumber, List<Need> approved) {
        if (approved.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(rebalance(dealerId, eventId,
                () -> forRepairOrder(dealerId, repairOrderId, repairOrderNumber),
                reservation -> approved.forEach(need -> reservation.approve(need.lineId(), need.partNumber(), need.name(),
                        need.quantity()))));
    }

    // ---- at the parts counter ------------------------------------------------------------------------------

    /** Hands reserved parts to the workshop for a job of the repair order; PartsIssued tells billing (S11.1). */
    public PartReservation issue(String dealerId, String reservationId, String ifMatch, String partNumber, int quantity,
                                 String jobId, String issuedBy) {
        PartReservation reservation = Conflicts.retry(() -> {
            PartReservation current = load(dealerId, reservationId);
            Versions.requireMatch(ifMatch, current.version());
            Money unitPrice = stock.find(dealerId, partNumber).map(Part::unitPrice).orElse(null);
            current.issue(partNumber, quantity, jobId, issuedBy, unitPrice, clock.instant());
            return reservations.save(current);
        });
        // issuing frees nothing (on hand and reserved both go down): the part's ledger only catches up
        stock.settle(dealerId, partNumber, reservation.id(), reservation.totalsOf(partNumber));
        return reservation;
    }

    /** Unused parts come back from the workshop into stock, where they may fill a waiting backorder. */
    public PartReservation takeBack(String dealerId, String reservationId, String ifMatch, String partNumber,
                                    int quantity, String returnedBy) {
        PartReservation reservation = Conflicts.retry(() -> {
            PartReservation current = load(dealerId, reservationId);
            Versions.requireMatch(ifMatch, current.version());
            current.takeBack(partNumber, quantity, returnedBy, clock.instant());
            return reservations.save(current);
        });
        settleStock(reservation, List.of(partNumber));
        return reservation;
    }

    public PartReservation load(String dealerId, String reservationId) {
        return snapshots.one(Query.query(Criteria.where("_id").is(reservationId).and("dealerId").is(dealerId)),
                        PartReservation.class)
                .orElseThrow(() -> new NotFoundException("part reservation", reservationId));
    }

    // ---- the steps -----------------------------------------------------------------------------------------

    /**
     * Changes what a reservation needs, then brings its stock in line: the parts first for whatever is to be
     * held more, the reservation, then the parts again for whatever was given back (see the class comment).
     */
    private PartReservation rebalance(String dealerId, String eventId, Supplier<PartReservation> loadOrCreate,
                                      Consumer<PartReservation> changeNeeds) {
        List<String> givenBack = new ArrayList<>();
        PartReservation saved = Conflicts.retry(() -> {
            givenBack.clear();
            PartReservation reservation = loadOrCreate.get();
            if (eventId != null && reservation.hasHandled(eventId)) {
                return reservation;
            }
            changeNeeds.accept(reservation);
            Map<String, Integer> releasedBefore = releasedTotals(reservation);
            List<PartReservation.Settlement> settlements = new ArrayList<>();
            Shortages shortages = new Shortages(dealerId, reservation.repairOrderId());
            reservation.reservedTotalsWanted().forEach((partNumber, wanted) -> {
                PartReservation.Line line = reservation.line(partNumber).orElseThrow();
                if (wanted <= line.reservedTotal()) {
                    settlements.add(new PartReservation.Settlement(partNumber, line.reservedTotal(), null, null, null));
                    return;
                }
                PartStock.Hold hold = stock.reserveUpTo(dealerId, partNumber, reservation.id(), wanted);
                settlements.add(shortages.settlement(line, hold));
            });
            reservation.settle(settlements, clock.instant());
            if (eventId != null) {
                reservation.markHandled(eventId);
            }
            PartReservation result = reservations.save(reservation);
            releasedTotals(result).forEach((partNumber, released) -> {
                if (released > releasedBefore.getOrDefault(partNumber, 0)) {
                    givenBack.add(partNumber);
                }
            });
            return result;
        });
        settleStock(saved, givenBack);
        return saved;
    }

    /** The parts' ledgers catch up with the reservation; what became free fills waiting backorders. */
    private void settleStock(PartReservation reservation, List<String> partNumbers) {
        for (String partNumber : partNumbers) {
            stock.settle(reservation.dealerId(), partNumber, reservation.id(), reservation.totalsOf(partNumber));
        }
        for (String partNumber : partNumbers) {
            filling.fill(reservation.dealerId(), partNumber, null);
        }
    }

    private Optional<PartReservation> ofRepairOrder(String dealerId, String repairOrderId) {
        return snapshots.one(Query.query(Criteria.where("dealerId").is(dealerId).and("repairOrderId").is(repairOrderId)),
                PartReservation.class);
    }

    private Optional<PartReservation> find(String id) {
        return snapshots.byId(id, PartReservation.class);
    }

    private static Map<String, Integer> releasedTotals(PartReservation reservation) {
        Map<String, Integer> released = new HashMap<>();
        reservation.lines().forEach(line -> released.put(line.partNumber(), line.released()));
        return released;
    }

    private PartReservation forRepairOrder(String dealerId, String repairOrderId, String repairOrderNumber) {
        return ofRepairOrder(dealerId, repairOrderId).orElseGet(
                () -> find(PartReservation.idForRepairOrder(dealerId, repairOrderId)).orElseGet(
                        () -> PartReservation.forRepairOrder(dealerId, repairOrderId, repairOrderNumber, null,
                                clock.instant())));
    }

    /** Why a part is short and what the advisor tells the customer (S6.3), looked up once per change. */
    private final class Shortages {

        private final String dealerId;
        private final String repairOrderId;
        private BackorderScripts book;
        private List<Arrivals.ExpectedArrival> expected;

        Shortages(String dealerId, String repairOrderId) {
            this.dealerId = dealerId;
            this.repairOrderId = repairOrderId;
        }

        PartReservation.Settlement settlement(PartReservation.Line line, PartStock.Hold hold) {
            if (book == null) {
                book = scripts.of(dealerId);
                expected = arrivals.expected(dealerId);
            }
            BackorderReason recorded = !hold.known() ? BackorderReason.SPECIAL_ORDER
                    : hold.supersededBy() != null ? BackorderReason.DISCONTINUED_SUPERSEDED
                    : BackorderReason.OUT_OF_STOCK;
            Optional<Arrivals.ExpectedArrival> arrival = Arrivals.nextFor(expected, line.partNumber(), repairOrderId);
            LocalDate expectedOn = arrival.map(Arrivals.ExpectedArrival::expectedOn).orElse(null);
            BackorderReason reason = BackorderReason.effective(recorded,
                    arrival.map(a -> a.specialOrderForRepairOrderId() != null).orElse(false), expectedOn,
                    LocalDate.now(clock));
            int heldAfter = hold.reservedTotal() - line.issued() - line.released();
            int missing = Math.max(0, line.requested() - line.issued() - heldAfter);
            String name = hold.name() != null ? hold.name() : line.name();
            String script = book.render(reason, line.partNumber(), name, missing, expectedOn);
            return new PartReservation.Settlement(line.partNumber(), hold.reservedTotal(), reason, script, expectedOn);
        }
    }
}
