package com.aftersales.parts.purchasing;

import com.aftersales.platform.domain.DomainRuleViolation;
import com.aftersales.platform.domain.IllegalTransitionException;
import com.aftersales.platform.domain.InvalidInputException;
import com.aftersales.platform.outbox.AggregateRoot;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An order of parts from a supplier, to refill stock or to fill backorders; a special order is placed for one
 * repair order, which is served first when it arrives. Goods are received against it day by day (S6.1): what
 * actually came, part by part, until everything ordered is in.
 */
@Document("purchase_orders")
public class PurchaseOrder extends AggregateRoot {

    public enum Status { OPEN, PARTLY_RECEIVED, RECEIVED }

    private String supplier;
    private LocalDate expectedOn;
    private String specialOrderForRepairOrderId;
    private Status status;
    private List<Line> lines = new ArrayList<>();
    private List<Receipt> receipts = new ArrayList<>();
    /** Part numbers still to come: what "expected arrivals of a part" look for. */
    private List<String> openParts = new ArrayList<>();
    private boolean open;
    private String placedBy;
    private Instant placedAt;

    protected PurchaseOrder() {
    }

    /** An order of whole units of each part, each part once; expected today or later. */
    public static PurchaseOrder place(String id, String dealerId, Order order, LocalDate today, Instant now) {
        if (order.expectedOn().isBefore(today)) {
            throw new InvalidInputException("expectedOn", "must be today or later");
        }
        Set<String> seen = new HashSet<>();
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < order.lines().size(); i++) {
            OrderedPart part = order.lines().get(i);
            if (!seen.add(part.partNumber())) {
                throw new InvalidInputException("lines[" + i + "].partNumber", "appears twice; order it once");
            }
            lines.add(new Line(part.partNumber(), part.quantity(), 0));
        }
        if (lines.isEmpty()) {
            throw new InvalidInputException("lines", "order at least one part");
        }
        PurchaseOrder purchaseOrder = new PurchaseOrder();
        purchaseOrder.id = id;
        purchaseOrder.dealerId = dealerId;
        purchaseOrder.supplier = order.supplier();
        purchaseOrder.expectedOn = order.expectedOn();
        purchaseOrder.specialOrderForRepairOrderId = blankToNull(order.specialOrderForRepairOrderId());
        purchaseOrder.placedBy = order.placedBy();
        purchaseOrder.placedAt = now;
        purchaseOrder.lines = lines;
        purchaseOrder.status = Status.OPEN;
        purchaseOrder.refresh();
        return purchaseOrder;
    }

    /**
     * Books what actually came (S6.1). Only parts of this order, no more than is still to come; a fully
     * received order takes nothing more.
     *
     * @return the receipt, whose id makes the stock count it once
     */
    public Receipt receive(List<ReceivedPart> received, String receivedBy, Instant now) {
        if (status == Status.RECEIVED) {
            throw new IllegalTransitionException("purchase order", status, "receive more goods on it");
        }
        if (received.isEmpty()) {
            throw new InvalidInputException("lines", "name at least one part received");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < received.size(); i++) {
            ReceivedPart part = received.get(i);
            String field = "lines[" + i + "]";
            if (!seen.add(part.partNumber())) {
                throw new InvalidInputException(field + ".partNumber", "appears twice; book it once");
            }
            Line line = line(part.partNumber());
            if (line == null) {
                throw new DomainRuleViolation("S6.1-receipt-on-order", field + ".partNumber",
                        part.partNumber() + " is not on this purchase order");
            }
            if (part.quantity() > line.outstanding()) {
                throw new DomainRuleViolation("S6.1-receipt-within-order", field + ".quantity",
                        "only " + line.outstanding() + " of " + part.partNumber() + " are still to come on this order; "
                                + "cannot receive " + part.quantity());
            }
        }
        for (ReceivedPart part : received) {
            Line line = line(part.partNumber());
            lines.set(lines.indexOf(line), new Line(line.partNumber(), line.ordered(), line.received() + part.quantity()));
        }
        Receipt receipt = new Receipt(UUID.randomUUID().toString(), List.copyOf(received), receivedBy, now);
        receipts.add(receipt);
        status = lines.stream().allMatch(line -> line.outstanding() == 0) ? Status.RECEIVED : Status.PARTLY_RECEIVED;
        refresh();
        return receipt;
    }

    private void refresh() {
        openParts = lines.stream().filter(line -> line.outstanding() > 0).map(Line::partNumber).toList();
        open = status != Status.RECEIVED;
    }

    private Line line(String partNumber) {
        return lines.stream().filter(line -> line.partNumber().equals(partNumber)).findFirst().orElse(null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public String supplier() {
        return supplier;
    }

    public LocalDate expectedOn() {
        return expectedOn;
    }

    public String specialOrderForRepairOrderId() {
        return specialOrderForRepairOrderId;
    }

    public Status status() {
        return status;
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    public List<Receipt> receipts() {
        return List.copyOf(receipts);
    }

    public boolean isOpen() {
        return open;
    }

    public String placedBy() {
        return placedBy;
    }

    public Instant placedAt() {
        return placedAt;
    }

    /** What is ordered. */
    public record Order(String supplier, LocalDate expectedOn, List<OrderedPart> lines, String specialOrderForRepairOrderId,
                        String placedBy) {
    }

    public record OrderedPart(String partNumber, int quantity) {
    }

    public record ReceivedPart(String partNumber, int quantity) {
    }

    public record Line(String partNumber, int ordered, int received) {
        public int outstanding() {
            return ordered - received;
        }
    }

    /** One delivery booked in: what came, who booked it, when. */
    public record Receipt(String receiptId, List<ReceivedPart> lines, String receivedBy, Instant receivedAt) {
    }
}
