package com.aftersales.parts.purchasing;

import com.aftersales.parts.part.Part;
import com.aftersales.parts.part.PartRepository;
import com.aftersales.platform.web.DealerId;
import com.aftersales.platform.web.PageParams;
import com.aftersales.platform.web.Paged;
import jakarta.validation.Valid;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.HashMap;
import java.util.Map;

/** What to reorder: parts whose available stock is below their reorder point, with what is on order already. */
@RestController
class LowStockController {

    private final PartRepository parts;
    private final OpenPurchaseOrders openOrders;

    LowStockController(PartRepository parts, OpenPurchaseOrders openOrders) {
        this.parts = parts;
        this.openOrders = openOrders;
    }

    record LowStockView(String partNumber, String name, String binLocation, int onHand, int reserved, int available,
                        int reorderPoint, int shortBy, int onOrder) {
    }

    @GetMapping("/api/parts/low-stock")
    Paged<LowStockView> lowStock(DealerId dealer, @Valid PageParams paging) {
        Map<String, Integer> onOrder = new HashMap<>();
        openOrders.expected(dealer.value()).forEach(arrival -> onOrder.merge(arrival.partNumber(), arrival.quantity(), Integer::sum));
        return Paged.of(parts.findByDealerIdAndBelowReorderPointTrue(dealer.value(), paging.toRequest(Sort.by("partNumber"))),
                (Part part) -> new LowStockView(part.partNumber(), part.name(), part.binLocation(), part.onHand(),
                        part.reserved(), part.available(), part.reorderPoint(), part.reorderPoint() - part.available(),
                        onOrder.getOrDefault(part.partNumber(), 0)));
    }
}
