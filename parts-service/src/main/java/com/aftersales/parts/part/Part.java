package com.aftersales.parts.part;

import com.aftersales.contracts.Money;
import com.aftersales.contracts.parts.PartsEvents.StockFellBelowReorderPoint;
import com.aftersales.platform.domain.DomainRuleViolation;
import com.aftersales.platform.domain.InvalidInputException;
import com.aftersales.platform.outbox.AggregateRoot;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A part of the dealer's catalogue together with its stock (step 6): on hand, reserved, available and the
 * reorder point. Stock and the reservations on it live in this one document, so that every change of a
 * part's stock is one atomic, version-checked write: two reservations of the last unit cannot both get it,
 * and stock never goes negative.
 *
 * <p>What is reserved is kept per reservation, as a small ledger ({@code allocations}: reservation id ->
 * units reserved, issued, released and returned, each a running total). Each step names the total the
 * reservation has reached ("reserved up to 3", "issued 2 in all"), never "add 1", so a step applied twice (a
 * redelivered event, a retry after a crash) counts once, and two steps of the same reservation that cross
 * each other (an issue while an estimate approval reserves more) give the same result in either order.
 */
@Document("parts")
public class Part extends AggregateRoot {

    private static final int ADJUSTMENTS_KEPT = 50;
    private static final int SETTLED_ALLOCATIONS_KEPT = 200;

    private String partNumber;
    private String name;
    private Money unitPrice;
    private String binLocation;
    private int reorderPoint;
    private String supersededBy;
    private int onHand;
    private int reserved;
    private boolean belowReorderPoint;
    private Map<String, Allocation> allocations = new HashMap<>();
    private List<Adjustment> adjustments = new ArrayList<>();
    private Instant createdAt;

    protected Part() {
    }

    public static String idOf(String dealerId, String partNumber) {
        return dealerId + ":" + partNumber;
    }

    /** A new catalogue entry; it has no stock until the first adjustment or receipt. */
    public static Part define(String dealerId, String partNumber, Definition definition, Instant now) {
        Part part = new Part();
        part.id = idOf(dealerId, partNumber);
        part.dealerId = dealerId;
        part.partNumber = partNumber;
        part.createdAt = now;
        part.describe(definition);
        // a new part has no stock yet: it starts on the low-stock list without having "fallen" below anything
        part.belowReorderPoint = part.available() < part.reorderPoint;
        return part;
    }

    /** Changes what the catalogue says about the part; its stock stays as it is. */
    public void redefine(Definition definition, Instant now) {
        boolean wasBelow = belowReorderPoint;
        describe(definition);
        stockChanged(wasBelow, now);
    }

    private void describe(Definition definition) {
        if (partNumber.equals(definition.supersededBy())) {
            throw new InvalidInputException("supersededBy", "a part cannot supersede itself");
        }
        this.name = definition.name();
        this.unitPrice = definition.unitPrice();
        this.binLocation = definition.binLocation();
        this.reorderPoint = definition.reorderPoint();
        this.supersededBy = blankToNull(definition.supersededBy());
    }

    /**
     * Holds more units for a reservation: up to {@code reservedTotal} units reserved for it in all, as far as
     * stock is available. Totals only grow, so asking for the same total again holds nothing more.
     *
     * @return the units reserved for the reservation in all (it may be less than asked, never less than before)
     */
    public int reserveUpTo(String reservationId, int reservedTotal, Instant now) {
        Allocation allocation = allocations.getOrDefault(reservationId, Allocation.NONE);
        if (reservedTotal <= allocation.reserved()) {
            return allocation.reserved();
        }
        int granted = Math.min(reservedTotal - allocation.reserved(), Math.max(0, available()));
        if (granted == 0) {
            return allocation.reserved();
        }
        boolean wasBelow = belowReorderPoint;
        allocations.put(reservationId, new Allocation(allocation.reserved() + granted, allocation.issued(),
                allocation.released(), allocation.returned(), now));
        allocationsChanged();
        stockChanged(wasBelow, now);
        return allocation.reserved() + granted;
    }

    /**
     * Brings the reservation's issued, released and returned totals up to what the reservation recorded:
     * issued units leave the stock, released units are free again, returned units come back. Totals only
     * grow, so the same totals applied twice (or in another order than they were recorded) count once.
     *
     * @return whether anything changed
     */
    public boolean settle(String reservationId, Totals totals, Instant now) {
        Allocation before = allocations.getOrDefault(reservationId, Allocation.NONE);
        int issued = Math.max(before.issued(), totals.issued());
        int released = Math.max(before.released(), totals.released());
        int returned = Math.max(before.returned(), totals.returned());
        if (issued == before.issued() && released == before.released() && returned == before.returned()) {
            return false;
        }
        boolean wasBelow = belowReorderPoint;
        // what was issued or released was reserved first; a forgotten ledger line cannot hold negative units
        int reservedTotal = Math.max(before.reserved(), issued + released);
        onHand = onHand - (issued - before.issued()) + (returned - before.returned());
        allocations.put(reservationId, new Allocation(reservedTotal, issued, released, returned, now));
        allocationsChanged();
        stockChanged(wasBelow, now);
        return true;
    }

    /** Goods received on a purchase order (S6.1); one receipt is counted once. */
    public void receive(String receiptId, int quantity, Instant now) {
        if (hasHandled(receiptId)) {
            return;
        }
        if (quantity < 1) {
            throw new InvalidInputException("quantity", "must be at least 1");
        }
        boolean wasBelow = belowReorderPoint;
        onHand += quantity;
        markHandled(receiptId);
        stockChanged(wasBelow, now);
    }

    /**
     * A correction of the stock on hand (initial stock, stocktake, damage). Stock never goes negative and
     * never below what is reserved: reserved parts are promised to a customer.
     */
    public void adjust(int quantity, String reason, Instant now) {
        if (quantity == 0) {
            throw new InvalidInputException("quantity", "must not be 0");
        }
        if (onHand + quantity < 0) {
            throw new DomainRuleViolation("S6-stock-never-negative", "quantity",
                    "stock of " + partNumber + " cannot go negative: " + onHand + " on hand, adjustment " + quantity);
        }
        if (onHand + quantity < reserved) {
            throw new DomainRuleViolation("S6-stock-never-negative", "quantity",
                    "stock of " + partNumber + " cannot go below what is reserved: " + onHand + " on hand, " + reserved
                            + " reserved, adjustment " + quantity);
        }
        boolean wasBelow = belowReorderPoint;
        onHand += quantity;
        adjustments.add(new Adjustment(quantity, reason, onHand, now));
        if (adjustments.size() > ADJUSTMENTS_KEPT) {
            adjustments.remove(0);
        }
        stockChanged(wasBelow, now);
    }

    public int available() {
        return onHand - reserved;
    }

    public Allocation allocationOf(String reservationId) {
        return allocations.getOrDefault(reservationId, Allocation.NONE);
    }

    /** Units held for the reservation now: reserved and neither issued nor released. */
    public int heldFor(String reservationId) {
        return allocations.getOrDefault(reservationId, Allocation.NONE).held();
    }

    /**
     * Recomputes what is reserved, and forgets the oldest ledger lines that hold nothing any more once there
     * are many: a late repetition of a step older than that could not be recognised (bounded, like the
     * handled event ids of every aggregate).
     */
    private void allocationsChanged() {
        reserved = allocations.values().stream().mapToInt(Allocation::held).sum();
        List<Map.Entry<String, Allocation>> settled = allocations.entrySet().stream()
                .filter(entry -> entry.getValue().held() == 0)
                .sorted(Map.Entry.comparingByValue(java.util.Comparator.comparing(Allocation::changedAt)))
                .toList();
        for (int i = 0; i < settled.size() - SETTLED_ALLOCATIONS_KEPT; i++) {
            allocations.remove(settled.get(i).getKey());
        }
    }

    /** Keeps the low-stock flag current and tells when available stock falls below the reorder point. */
    private void stockChanged(boolean wasBelow, Instant now) {
        belowReorderPoint = available() < reorderPoint;
        if (belowReorderPoint && !wasBelow) {
            raise(new StockFellBelowReorderPoint(partNumber, available(), reorderPoint, now));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public String partNumber() {
        return partNumber;
    }

    public String name() {
        return name;
    }

    public Money unitPrice() {
        return unitPrice;
    }

    public String binLocation() {
        return binLocation;
    }

    public int reorderPoint() {
        return reorderPoint;
    }

    public String supersededBy() {
        return supersededBy;
    }

    public int onHand() {
        return onHand;
    }

    public int reserved() {
        return reserved;
    }

    public boolean belowReorderPoint() {
        return belowReorderPoint;
    }

    public List<Adjustment> adjustments() {
        return List.copyOf(adjustments);
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** What the catalogue says about a part. */
    public record Definition(String name, Money unitPrice, String binLocation, int reorderPoint, String supersededBy) {
    }

    /** A reservation's totals of this part, as the reservation recorded them. */
    public record Totals(int issued, int released, int returned) {
    }

    /**
     * The ledger of one reservation on this part: units reserved, issued, released (given back unissued) and
     * returned (came back after issue), each a running total. Held now: reserved - issued - released.
     */
    public record Allocation(int reserved, int issued, int released, int returned, Instant changedAt) {

        static final Allocation NONE = new Allocation(0, 0, 0, 0, Instant.EPOCH);

        public int held() {
            return reserved - issued - released;
        }
    }

    /** One correction of the stock, with the stock on hand after it. */
    public record Adjustment(int quantity, String reason, int onHandAfter, Instant at) {
    }
}
