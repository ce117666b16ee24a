package com.aftersales.reception.repairorder;

/** A line to add together with what pricing found for it. */
public record PricedLine(NewLine line, LinePricing pricing) {
}
