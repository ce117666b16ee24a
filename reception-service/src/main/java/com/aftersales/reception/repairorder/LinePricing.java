package com.aftersales.reception.repairorder;

import com.aftersales.contracts.Money;

/**
 * What pricing found for one line: labour at the dealer's rate, a part at the price parts-service gave with
 * its availability, or nothing (parts-service did not answer: availability UNKNOWN, no price yet).
 */
public record LinePricing(Money unitPrice, Money price, EstimateLine.PriceSource source,
                          EstimateLine.Availability availability, Integer availableQuantity, String supersededBy,
                          String partName) {

    public static LinePricing labour(Money ratePerHour, Money price) {
        return new LinePricing(ratePerHour, price, EstimateLine.PriceSource.LABOUR_RATE, null, null, null, null);
    }

    public static LinePricing part(Money unitPrice, int quantity, int available, String supersededBy, String name) {
        return new LinePricing(unitPrice, unitPrice.times(quantity), EstimateLine.PriceSource.PARTS_SERVICE,
                available >= quantity ? EstimateLine.Availability.IN_STOCK : EstimateLine.Availability.SHORT,
                available, supersededBy, name);
    }

    /** Parts-service did not answer: the line is kept, unpriced, its availability unknown. */
    public static LinePricing partUnknown() {
        return new LinePricing(null, null, null, EstimateLine.Availability.UNKNOWN, null, null, null);
    }

    public static LinePricing manual(Money price) {
        return new LinePricing(null, price, EstimateLine.PriceSource.MANUAL, null, null, null, null);
    }
}
