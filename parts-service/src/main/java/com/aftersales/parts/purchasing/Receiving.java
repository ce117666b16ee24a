package com.aftersales.parts.purchasing;

import com.aftersales.platform.storage.Conflicts;
import com.aftersales.parts.Snapshots;
import com.aftersales.parts.part.PartStock;
import com.aftersales.parts.reservation.BackorderFilling;
import com.aftersales.platform.domain.DomainRuleViolation;
import com.aftersales.platform.domain.NotFoundException;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Places purchase and special orders, and books the day's arrivals (S6.1): stock comes in, then fills the
 * waiting backorders of each part, the special order's own repair order first, then oldest promise first; each
 * filled repair order tells its customer and gets priority (S6.2).
 *
 * <p>Without transactions, the order is written first (the receipt), then each part's stock, counted once per
 * receipt: a crash in between leaves the stock short of what came (found at the next stocktake), never counted
 * twice and so never promised twice.
 */
@Service
public class Receiving {

    private final PurchaseOrderRepository orders;
    private final Snapshots snapshots;
    private final PartStock stock;
    private final BackorderFilling filling;
    private final Clock clock;

    Receiving(PurchaseOrderRepository orders, Snapshots snapshots, PartStock stock, BackorderFilling filling, Clock clock) {
        this.orders = orders;
        this.snapshots = snapshots;
        this.stock = stock;
        this.filling = filling;
        this.clock = clock;
    }

    /** What one delivery did: the receipt, the order after it, and the backorders it filled. */
    public record Delivery(PurchaseOrder.Receipt receipt, PurchaseOrder order, List<BackorderFilling.Filled> filled) {
    }

    public PurchaseOrder place(String dealerId, PurchaseOrder.Order order) {
        List<String> partNumbers = order.lines().stream().map(PurchaseOrder.OrderedPart::partNumber).toList();
        Set<String> known = partNumbers.stream().distinct()
                .filter(partNumber -> stock.find(dealerId, partNumber).isPresent()).collect(Collectors.toSet());
        for (int i = 0; i < partNumbers.size(); i++) {
            if (!known.contains(partNumbers.get(i))) {
                throw new DomainRuleViolation("S6-catalogue", "lines[" + i + "].partNumber",
                        partNumbers.get(i) + " is not in the parts catalogue; add it first");
            }
        }
        PurchaseOrder placed = PurchaseOrder.place(UUID.randomUUID().toString(), dealerId, order,
                LocalDate.now(clock), clock.instant());
        return orders.save(placed);
    }

    public Delivery receive(String dealerId, String orderId, List<PurchaseOrder.ReceivedPart> received, String receivedBy) {
        PurchaseOrder order = Conflicts.retry(() -> {
            PurchaseOrder current = load(dealerId, orderId);
            current.receive(received, receivedBy, clock.instant());
            return orders.save(current);
        });
        PurchaseOrder.Receipt receipt = order.receipts().get(order.receipts().size() - 1);
        List<BackorderFilling.Filled> filled = new ArrayList<>();
        for (PurchaseOrder.ReceivedPart part : received) {
            stock.receive(dealerId, part.partNumber(), receipt.receiptId(), part.quantity());
        }
        for (PurchaseOrder.ReceivedPart part : received) {
            filled.addAll(filling.fill(dealerId, part.partNumber(), order.specialOrderForRepairOrderId()));
        }
        return new Delivery(receipt, order, filled);
    }

    public PurchaseOrder load(String dealerId, String orderId) {
        return snapshots.one(Query.query(Criteria.where("_id").is(orderId).and("dealerId").is(dealerId)), PurchaseOrder.class)
                .orElseThrow(() -> new NotFoundException("purchase order", orderId));
    }
}
