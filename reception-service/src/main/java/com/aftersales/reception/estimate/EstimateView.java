package com.aftersales.reception.estimate;

import com.aftersales.contracts.Money;
import com.aftersales.reception.repairorder.EstimateLine;
import com.aftersales.reception.repairorder.EstimateVersion;
import com.aftersales.reception.repairorder.RepairOrder;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** One version of an RO's estimate as the HTTP API shows it, with the list of all its versions. */
record EstimateView(String repairOrderId, String repairOrderNumber, int version, String status, List<LineView> lines,
                    Instant readyFrom, Instant readyBy, String presentedBy, Instant presentedAt, Money total,
                    Money approvedTotal, Money declinedTotal, List<VersionSummary> versions, Long repairOrderVersion) {

    record LineView(String lineId, String kind, String description, String labourOperationCode, BigDecimal standardHours,
                    String partNumber, int quantity, Money unitPrice, Money price, String priceSource, String pricedBy,
                    String availability, Integer availableQuantity, String supersededBy, String additionalWorkRequestId,
                    EstimateLine.Decision decision) {

        static LineView of(EstimateLine l) {
            return new LineView(l.lineId(), l.kind().name(), l.description(), l.labourOperationCode(), l.standardHours(),
                    l.partNumber(), l.quantity(), l.unitPrice(), l.price(), name(l.priceSource()), l.pricedBy(),
                    name(l.availability()), l.availableQuantity(), l.supersededBy(), l.additionalWorkRequestId(), l.decision());
        }
    }

    record VersionSummary(int version, String status, Instant presentedAt, Money total) {
    }

    static EstimateView of(RepairOrder order, EstimateVersion v) {
        return new EstimateView(order.id(), order.number(), v.number(), v.status().name(),
                v.lines().stream().map(LineView::of).toList(), v.readyFrom(), v.readyBy(), v.presentedBy(), v.presentedAt(),
                v.total(), v.approvedTotal(), v.declinedTotal(),
                order.estimate().versions().stream()
                        .map(each -> new VersionSummary(each.number(), each.status().name(), each.presentedAt(), each.total()))
                        .toList(),
                order.version());
    }

    static EstimateView current(RepairOrder order) {
        return of(order, order.estimate().current());
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
