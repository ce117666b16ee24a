package com.aftersales.parts.reservation;

import com.aftersales.contracts.Money;
import com.aftersales.contracts.parts.PartsEvents.BackorderedPartArrived;
import com.aftersales.contracts.parts.PartsEvents.PartQuantity;
import com.aftersales.contracts.parts.PartsEvents.PartsBackordered;
import com.aftersales.contracts.parts.PartsEvents.PartsIssued;
import com.aftersales.contracts.parts.PartsEvents.PartsReserved;
import com.aftersales.contracts.parts.PartsEvents.PartsReturned;
import com.aftersales.contracts.parts.PartsEvents.ReservationReleased;
import com.aftersales.parts.backorder.BackorderReason;
import com.aftersales.parts.part.Part;
import com.aftersales.platform.domain.DomainRuleViolation;
import com.aftersales.platform.domain.IllegalTransitionException;
import com.aftersales.platform.domain.InvalidInputException;
import com.aftersales.platform.outbox.AggregateRoot;
import org.springframework.data.mongodb.core.mapping.Document;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The parts set aside for one visit (step 6): first, for an appointment, the parts its work is expected to
 * need (S2.2); once the customer is here, for the repair order, plus what its approved estimate needs. One
 * line per part: how many are requested, reserved (held on stock, not yet issued), backordered (missing,
 * with a reason and the script the advisor reads, S6.3), issued to the workshop and returned unused.
 *
 * <p>Per line, {@code reserved + backordered = requested - issued} while the reservation is open: what is
 * still needed is either on the shelf for it or awaited. Reserved is kept as running totals, like the part's
 * ledger of this reservation: reserved in all, minus issued, minus released (given back unissued). This
 * aggregate decides the quantities and raises the events; the stock itself is in {@code part.Part}, changed by
 * {@code Reservations} in a safe order.
 */
@Document("part_reservations")
public class PartReservation extends AggregateRoot {

    public enum Status {
        /** Held for an appointment, before the customer arrived (S2.2). */
        PRE_RESERVED,
        /** Held for an open repair order: the parts can be issued to its jobs. */
        RESERVED,
        /** The appointment was cancelled or missed: nothing is held any more. */
        RELEASED
    }

    private static final int APPROVED_LINES_KEPT = 500;

    private String appointmentId;
    private String repairOrderId;
    private String repairOrderNumber;
    private Instant promisedAt;
    private Status status;
    private List<Line> lines = new ArrayList<>();
    private List<String> approvedEstimateLineIds = new ArrayList<>();
    private List<Movement> movements = new ArrayList<>();
    private String releaseReason;
    private Instant releasedAt;
    private Instant createdAt;
    /** Part numbers with an open backorder: what an arrival of stock looks for (kept in step with the lines). */
    private List<String> openBackorderParts = new ArrayList<>();
    /** Whether lines wait on the picking list: reserved, not yet issued, for a repair order. */
    private boolean toPick;

    protected PartReservation() {
    }

    /** The one reservation of an appointment: its id is derived from the appointment, so it is made once. */
    public static String idForAppointment(String dealerId, String appointmentId) {
        return derivedId(dealerId, "appointment", appointmentId);
    }

    /** The reservation of a repair order that did not come from an appointment (a walk-in). */
    public static String idForRepairOrder(String dealerId, String repairOrderId) {
        return derivedId(dealerId, "repair-order", repairOrderId);
    }

    private static String derivedId(String dealerId, String kind, String id) {
        return UUID.nameUUIDFromBytes((dealerId + ":" + kind + ":" + id).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** A pre-reservation for a booked appointment (S2.2); {@code promisedAt} is when the customer comes. */
    public static PartReservation forAppointment(String dealerId, String appointmentId, Instant promisedAt, Instant now) {
        PartReservation reservation = new PartReservation();
        reservation.id = idForAppointment(dealerId, appointmentId);
        reservation.dealerId = dealerId;
        reservation.appointmentId = appointmentId;
        reservation.promisedAt = promisedAt;
        reservation.status = Status.PRE_RESERVED;
        reservation.createdAt = now;
        return reservation;
    }

    public static PartReservation forRepairOrder(String dealerId, String repairOrderId, String repairOrderNumber,
                                                 Instant promisedAt, Instant now) {
        PartReservation reservation = new PartReservation();
        reservation.id = idForRepairOrder(dealerId, repairOrderId);
        reservation.dealerId = dealerId;
        reservation.repairOrderId = repairOrderId;
        reservation.repairOrderNumber = repairOrderNumber;
        reservation.promisedAt = promisedAt;
        reservation.status = Status.RESERVED;
        reservation.createdAt = now;
        return reservation;
    }

    // ---- what is needed ------------------------------------------------------------------------------------

    /**
     * The parts the appointment's work is expected to need (S2.2), part number -> quantity. Setting them again
     * (a rescheduling) replaces the expectation; what an approved estimate asked for stays.
     */
    public void expect(Map<String, Integer> quantities, Map<String, String> names, Instant appointmentAt) {
        requireOpen("change the expected parts");
        for (Line line : lines) {
            line.expected = 0;
        }
        quantities.forEach((partNumber, quantity) -> {
            Line line = lineFor(partNumber, names.get(partNumber));
            line.expected = quantity;
        });
        if (status == Status.PRE_RESERVED && appointmentAt != null) {
            promisedAt = appointmentAt;
        }
        recomputeRequested();
    }

    /**
     * A part line of an approved estimate. What the pre-reservation already holds for the same part counts
     * towards it (the appointment expected what the estimate now approves: nothing is reserved twice); an
     * estimate line is counted once, however often its approval is delivered.
     */
    public void approve(String estimateLineId, String partNumber, String description, int quantity) {
        requireOpen("reserve approved parts");
        if (approvedEstimateLineIds.contains(estimateLineId)) {
            return;
        }
        Line line = lineFor(partNumber, description);
        line.approved += quantity;
        approvedEstimateLineIds.add(estimateLineId);
        if (approvedEstimateLineIds.size() > APPROVED_LINES_KEPT) {
            approvedEstimateLineIds.remove(0);
        }
        recomputeRequested();
    }

    private void recomputeRequested() {
        for (Line line : lines) {
            line.requested = Math.max(line.expected, line.approved);
        }
    }

    /** Units of the part held on stock for this reservation now. */
    public int reservedOf(String partNumber) {
        return line(partNumber).map(Line::held).orElse(0);
    }

    /**
     * For each part, the reserved total to ask the stock for: enough to hold everything still needed. A part
     * that holds enough (or too much) already asks for nothing more.
     */
    public Map<String, Integer> reservedTotalsWanted() {
        Map<String, Integer> wanted = new LinkedHashMap<>();
        for (Line line : lines) {
            int missing = Math.max(0, line.outstanding(isOpen()) - line.held());
            wanted.put(line.partNumber, line.reservedTotal + missing);
        }
        return wanted;
    }

    /** The totals of one part as the part's stock ledger keeps them for this reservation. */
    public Part.Totals totalsOf(String partNumber) {
        return line(partNumber).map(line -> new Part.Totals(line.issued, line.released, line.returned))
                .orElse(new Part.Totals(0, 0, 0));
    }

    // ---- what the stock gave -------------------------------------------------------------------------------

    /**
     * What the stock holds for one part now (its reserved total for this reservation), and why not more when
     * it is short.
     */
    public record Settlement(String partNumber, int reservedTotal, BackorderReason reasonIfShort, String scriptIfShort,
                             LocalDate expectedOn) {
    }

    /**
     * Records what the stock holds for each part; the rest of what is still needed is backordered, with its
     * reason and the script the advisor reads (S6.3). More than is needed (the need went down) is released.
     * Raises PartsReserved for what was newly set aside and PartsBackordered for each part newly missing.
     */
    public void settle(List<Settlement> settlements, Instant now) {
        List<PartQuantity> newlyReserved = new ArrayList<>();
        for (Settlement settlement : settlements) {
            Line line = line(settlement.partNumber()).orElseThrow(
                    () -> new IllegalArgumentException("no line for " + settlement.partNumber()));
            int heldBefore = line.held();
            int backorderedBefore = line.backordered;
            line.apply(settlement.reservedTotal(), isOpen(), now);
            if (line.held() > heldBefore) {
                newlyReserved.add(new PartQuantity(line.partNumber, line.held() - heldBefore));
            }
            if (line.backordered > backorderedBefore) {
                if (backorderedBefore == 0) {
                    line.backorderedAt = now;
                }
                line.reason = settlement.reasonIfShort();
                line.script = settlement.scriptIfShort();
                raise(new PartsBackordered(id, repairOrderId, appointmentId, line.partNumber,
                        line.backordered - backorderedBefore, settlement.reasonIfShort().name(),
                        settlement.scriptIfShort(), settlement.expectedOn(), now));
            }
        }
        if (!newlyReserved.isEmpty()) {
            raise(new PartsReserved(id, repairOrderId, appointmentId, newlyReserved, now));
        }
        refreshIndexes();
    }

    /**
     * A missing part arrived and the stock now holds more for this reservation (its reserved total is
     * {@code reservedTotal}): that much of the backorder is filled. For a repair order the customer is told
     * and the RO gets priority (S6.2).
     *
     * @return how many units of the backorder were filled
     */
    public int fillBackorder(String partNumber, int reservedTotal, Instant now) {
        Line line = line(partNumber).orElseThrow(() -> new IllegalArgumentException("no line for " + partNumber));
        int heldBefore = line.held();
        line.apply(reservedTotal, isOpen(), now);
        int filled = line.held() - heldBefore;
        if (filled > 0) {
            if (repairOrderId != null) {
                raise(new BackorderedPartArrived(id, repairOrderId, partNumber, filled, now));
            } else {
                raise(new PartsReserved(id, null, appointmentId, List.of(new PartQuantity(partNumber, filled)), now));
            }
        }
        refreshIndexes();
        return Math.max(0, filled);
    }

    // ---- the life of the reservation -----------------------------------------------------------------------

    /**
     * The customer arrived and reception opened the repair order (S3.1): the pre-reservation now belongs to
     * it. Tells the RO what is set aside and what is missing, keyed by the RO from now on.
     */
    public void assignTo(String repairOrderId, String repairOrderNumber, Instant repairOrderPromisedAt, Instant now) {
        if (status == Status.RELEASED) {
            throw new IllegalTransitionException("part reservation", status, "assign it to a repair order");
        }
        if (this.repairOrderId != null) {
            if (!this.repairOrderId.equals(repairOrderId)) {
                throw new IllegalTransitionException("part reservation", "ASSIGNED_TO_" + this.repairOrderId,
                        "assign it to another repair order");
            }
            return;
        }
        this.repairOrderId = repairOrderId;
        this.repairOrderNumber = repairOrderNumber;
        if (repairOrderPromisedAt != null) {
            this.promisedAt = repairOrderPromisedAt;
        }
        this.status = Status.RESERVED;
        List<PartQuantity> held = lines.stream().filter(line -> line.held() > 0)
                .map(line -> new PartQuantity(line.partNumber, line.held())).toList();
        if (!held.isEmpty()) {
            raise(new PartsReserved(id, repairOrderId, appointmentId, held, now));
        }
        for (Line line : lines) {
            if (line.backordered > 0) {
                raise(new PartsBackordered(id, repairOrderId, appointmentId, line.partNumber, line.backordered,
                        line.reason.name(), line.script, null, now));
            }
        }
        refreshIndexes();
    }

    /** The time promised to the customer changed (G2): backorders are filled in the order of promises. */
    public void revisePromise(Instant promisedAt) {
        if (promisedAt != null) {
            this.promisedAt = promisedAt;
        }
    }

    /**
     * The appointment was cancelled or missed (S2.2): everything held goes back to stock, nothing is awaited.
     * A repair order's reservation is not released this way.
     *
     * @return the units that were held, to give back to stock
     */
    public List<PartQuantity> release(String reason, Instant now) {
        if (status != Status.PRE_RESERVED) {
            throw new IllegalTransitionException("part reservation", status, "release it for the appointment");
        }
        List<PartQuantity> held = lines.stream().filter(line -> line.held() > 0)
                .map(line -> new PartQuantity(line.partNumber, line.held())).toList();
        status = Status.RELEASED;
        for (Line line : lines) {
            line.apply(line.reservedTotal, false, now);
        }
        releaseReason = reason;
        releasedAt = now;
        raise(new ReservationReleased(id, repairOrderId, appointmentId, held, reason, now));
        refreshIndexes();
        return held;
    }

    /**
     * Hands reserved parts to the workshop for the repair order's job; billing charges what was issued
     * (S11.1). No more than is reserved and not yet issued.
     */
    public void issue(String partNumber, int quantity, String jobId, String issuedBy, Money unitPrice, Instant now) {
        requireRepairOrder("issue parts");
        requirePositive(quantity);
        Line line = line(partNumber).orElseThrow(() -> new DomainRuleViolation("S6-issue-within-reservation",
                "partNumber", partNumber + " is not reserved for this repair order"));
        if (quantity > line.held()) {
            throw new DomainRuleViolation("S6-issue-within-reservation", "quantity",
                    "only " + line.held() + " of " + partNumber + " are reserved and not yet issued; cannot issue "
                            + quantity + (line.backordered > 0 ? " (" + line.backordered + " are backordered)" : ""));
        }
        line.issued += quantity;
        line.recount(isOpen());
        movements.add(new Movement(Movement.Kind.ISSUE, partNumber, quantity, jobId, issuedBy, now));
        raise(new PartsIssued(repairOrderId, jobId, partNumber, quantity, unitPrice, issuedBy, now));
        refreshIndexes();
    }

    /** Unused parts come back from the workshop; no more than was issued and not yet returned. */
    public void takeBack(String partNumber, int quantity, String returnedBy, Instant now) {
        requireRepairOrder("take parts back");
        requirePositive(quantity);
        Line line = line(partNumber).orElseThrow(() -> new DomainRuleViolation("S6-return-within-issued",
                "partNumber", partNumber + " was not issued to this repair order"));
        int returnable = line.issued - line.returned;
        if (quantity > returnable) {
            throw new DomainRuleViolation("S6-return-within-issued", "quantity",
                    "only " + returnable + " of " + partNumber + " were issued and not yet returned; cannot take back "
                            + quantity);
        }
        line.returned += quantity;
        movements.add(new Movement(Movement.Kind.RETURN, partNumber, quantity, null, returnedBy, now));
        raise(new PartsReturned(repairOrderId, partNumber, quantity, returnedBy, now));
        refreshIndexes();
    }

    private void requireOpen(String action) {
        if (status == Status.RELEASED) {
            throw new IllegalTransitionException("part reservation", status, action);
        }
    }

    private void requireRepairOrder(String action) {
        if (status != Status.RESERVED) {
            throw new IllegalTransitionException("part reservation", status, action
                    + (status == Status.PRE_RESERVED ? " before the repair order is opened" : ""));
        }
    }

    private static void requirePositive(int quantity) {
        if (quantity < 1) {
            throw new InvalidInputException("quantity", "must be at least 1");
        }
    }

    private Line lineFor(String partNumber, String name) {
        return line(partNumber).orElseGet(() -> {
            Line line = new Line(partNumber, name);
            lines.add(line);
            return line;
        });
    }

    public Optional<Line> line(String partNumber) {
        return lines.stream().filter(line -> line.partNumber.equals(partNumber)).findFirst();
    }

    private void refreshIndexes() {
        openBackorderParts = lines.stream().filter(line -> line.backordered > 0).map(line -> line.partNumber).toList();
        toPick = status == Status.RESERVED && lines.stream().anyMatch(line -> line.held() > 0);
    }

    private boolean isOpen() {
        return status != Status.RELEASED;
    }

    public boolean isReleased() {
        return status == Status.RELEASED;
    }

    public String appointmentId() {
        return appointmentId;
    }

    public String repairOrderId() {
        return repairOrderId;
    }

    public String repairOrderNumber() {
        return repairOrderNumber;
    }

    public Instant promisedAt() {
        return promisedAt;
    }

    public Status status() {
        return status;
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    public List<Movement> movements() {
        return List.copyOf(movements);
    }

    public String releaseReason() {
        return releaseReason;
    }

    public Instant releasedAt() {
        return releasedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<String> openBackorderParts() {
        return List.copyOf(openBackorderParts);
    }

    /** One part of the reservation. */
    public static class Line {

        private String partNumber;
        private String name;
        /** Expected by the appointment's work (S2.2). */
        private int expected;
        /** Asked for by approved estimate lines. */
        private int approved;
        /** The larger of the two: what the visit needs of the part. */
        private int requested;
        /** Running totals, the same as the part's ledger of this reservation. */
        private int reservedTotal;
        private int issued;
        private int released;
        private int returned;
        /** Derived: held on stock now (reserved total - issued - released), and still missing. */
        private int reserved;
        private int backordered;
        private BackorderReason reason;
        private String script;
        private Instant backorderedAt;
        private Instant reservedAt;

        protected Line() {
        }

        Line(String partNumber, String name) {
            this.partNumber = partNumber;
            this.name = name;
        }

        int held() {
            return reservedTotal - issued - released;
        }

        int outstanding(boolean open) {
            return open ? Math.max(0, requested - issued) : 0;
        }

        /**
         * Takes the stock's reserved total (never less than before); what is held beyond the need is released,
         * what the need exceeds is backordered.
         */
        void apply(int stockReservedTotal, boolean open, Instant now) {
            int heldBefore = held();
            reservedTotal = Math.max(reservedTotal, stockReservedTotal);
            int surplus = held() - outstanding(open);
            if (surplus > 0) {
                released += surplus;
            }
            if (held() > 0 && heldBefore == 0) {
                reservedAt = now;
            }
            recount(open);
        }

        void recount(boolean open) {
            reserved = held();
            backordered = Math.max(0, outstanding(open) - held());
            if (backordered == 0) {
                reason = null;
                script = null;
                backorderedAt = null;
            }
        }

        public String partNumber() {
            return partNumber;
        }

        public String name() {
            return name;
        }

        public int expected() {
            return expected;
        }

        public int approved() {
            return approved;
        }

        public int requested() {
            return requested;
        }

        public int reserved() {
            return reserved;
        }

        public int backordered() {
            return backordered;
        }

        public int issued() {
            return issued;
        }

        public int released() {
            return released;
        }

        public int returned() {
            return returned;
        }

        public int reservedTotal() {
            return reservedTotal;
        }

        public BackorderReason reason() {
            return reason;
        }

        public String script() {
            return script;
        }

        public Instant backorderedAt() {
            return backorderedAt;
        }

        public Instant reservedAt() {
            return reservedAt;
        }
    }

    /** A part handed to the workshop or taken back, with who and when (G1). */
    public record Movement(Kind kind, String partNumber, int quantity, String jobId, String by, Instant at) {
        public enum Kind { ISSUE, RETURN }
    }
}
