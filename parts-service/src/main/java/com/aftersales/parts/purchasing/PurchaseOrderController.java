package com.aftersales.parts.purchasing;

import com.aftersales.parts.reservation.BackorderFilling;
import com.aftersales.platform.web.DealerId;
import com.aftersales.platform.web.PageParams;
import com.aftersales.platform.web.Paged;
import com.aftersales.platform.web.Versions;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Purchase and special orders for stock and backorders, and the daily receiving (S6.1): today's expected
 * arrivals and what actually came; arrivals fill backorders and tell the customers (S6.2).
 */
@RestController
@RequestMapping("/api/purchase-orders")
class PurchaseOrderController {

    private final Receiving receiving;
    private final PurchaseOrderRepository orders;
    private final Clock clock;

    PurchaseOrderController(Receiving receiving, PurchaseOrderRepository orders, Clock clock) {
        this.receiving = receiving;
        this.orders = orders;
        this.clock = clock;
    }

    record LineRequest(@NotBlank(message = "is required") String partNumber,
                       @NotNull(message = "is required") @Min(value = 1, message = "must be at least 1")
                       @Max(value = 100_000, message = "must be at most 100000") Integer quantity) {
    }

    record OrderRequest(@NotBlank(message = "is required") @Size(max = 120, message = "must be at most 120 characters") String supplier,
                        @NotNull(message = "is required") LocalDate expectedOn,
                        @NotEmpty(message = "order at least one part") @Size(max = 200, message = "at most 200 lines")
                        List<@NotNull(message = "is required") @Valid LineRequest> lines,
                        @Size(max = 100, message = "must be at most 100 characters") String specialOrderForRepairOrderId,
                        @Size(max = 100, message = "must be at most 100 characters") String placedBy) {

        PurchaseOrder.Order order() {
            return new PurchaseOrder.Order(supplier, expectedOn,
                    lines.stream().map(line -> new PurchaseOrder.OrderedPart(line.partNumber(), line.quantity())).toList(),
                    specialOrderForRepairOrderId, placedBy);
        }
    }

    record ReceiptRequest(@NotEmpty(message = "name at least one part received") @Size(max = 200, message = "at most 200 lines")
                          List<@NotNull(message = "is required") @Valid LineRequest> lines,
                          @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String receivedBy) {

        List<PurchaseOrder.ReceivedPart> received() {
            return lines.stream().map(line -> new PurchaseOrder.ReceivedPart(line.partNumber(), line.quantity())).toList();
        }
    }

    record LineView(String partNumber, int ordered, int received, int outstanding) {
        static LineView of(PurchaseOrder.Line line) {
            return new LineView(line.partNumber(), line.ordered(), line.received(), line.outstanding());
        }
    }

    record OrderView(String id, String supplier, LocalDate expectedOn, String status, String specialOrderForRepairOrderId,
                     List<LineView> lines, List<PurchaseOrder.Receipt> receipts, String placedBy, Instant placedAt,
                     Long version) {
        static OrderView of(PurchaseOrder order) {
            return new OrderView(order.id(), order.supplier(), order.expectedOn(), order.status().name(),
                    order.specialOrderForRepairOrderId(), order.lines().stream().map(LineView::of).toList(),
                    order.receipts(), order.placedBy(), order.placedAt(), order.version());
        }
    }

    /** A delivery booked in: the receipt, the order after it, and the backorders it filled (S6.2). */
    record DeliveryView(String receiptId, OrderView purchaseOrder, List<BackorderFilling.Filled> filledBackorders) {
    }

    @PostMapping
    ResponseEntity<OrderView> place(DealerId dealer, @Valid @RequestBody OrderRequest request) {
        PurchaseOrder order = receiving.place(dealer.value(), request.order());
        return ResponseEntity.created(URI.create("/api/purchase-orders/" + order.id()))
                .eTag(Versions.etag(order.version())).body(OrderView.of(order));
    }

    /** The arrivals expected on a day (default today): the daily check of what should come and what came (S6.1). */
    @GetMapping
    Paged<OrderView> expected(DealerId dealer,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expectedOn,
                              @Valid PageParams paging) {
        LocalDate day = expectedOn == null ? LocalDate.now(clock) : expectedOn;
        return Paged.of(orders.findByDealerIdAndExpectedOn(dealer.value(), day, paging.toRequest(Sort.by("placedAt"))),
                OrderView::of);
    }

    @GetMapping("/{id}")
    ResponseEntity<OrderView> get(DealerId dealer, @PathVariable String id) {
        PurchaseOrder order = receiving.load(dealer.value(), id);
        return Versions.ok(order.version(), OrderView.of(order));
    }

    /** Books what actually came: stock in, backorders filled oldest promise first, customers told (S6.1, S6.2). */
    @PostMapping("/{id}/receipts")
    ResponseEntity<DeliveryView> receive(DealerId dealer, @PathVariable String id, @Valid @RequestBody ReceiptRequest request) {
        Receiving.Delivery delivery = receiving.receive(dealer.value(), id, request.received(), request.receivedBy());
        return ResponseEntity.ok().eTag(Versions.etag(delivery.order().version()))
                .body(new DeliveryView(delivery.receipt().receiptId(), OrderView.of(delivery.order()), delivery.filled()));
    }
}
