package com.aftersales.parts.part;

/**
 * Free stock of a part grew (a positive stock adjustment): whoever waits for the part may get it now. Published
 * in-process, synchronously, after the part was saved; reservations fill their backorders from it (S6.2).
 */
public record StockReplenished(String dealerId, String partNumber) {
}
