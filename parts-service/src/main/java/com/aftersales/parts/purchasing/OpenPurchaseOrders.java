package com.aftersales.parts.purchasing;

import com.aftersales.parts.reservation.Arrivals;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** What is on order and when it is expected, from the dealer's open purchase orders. */
@Component
class OpenPurchaseOrders implements Arrivals {

    private final PurchaseOrderRepository orders;

    OpenPurchaseOrders(PurchaseOrderRepository orders) {
        this.orders = orders;
    }

    @Override
    public List<ExpectedArrival> expected(String dealerId) {
        List<ExpectedArrival> expected = new ArrayList<>();
        for (PurchaseOrder order : orders.findByDealerIdAndOpenTrue(dealerId)) {
            for (PurchaseOrder.Line line : order.lines()) {
                if (line.outstanding() > 0) {
                    expected.add(new ExpectedArrival(line.partNumber(), line.outstanding(), order.expectedOn(),
                            order.specialOrderForRepairOrderId()));
                }
            }
        }
        return expected;
    }
}
