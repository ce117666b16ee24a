package com.aftersales.contracts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount in minor units (fen for CNY, cents for EUR) and its ISO-4217 currency. Arithmetic never
 * silently mixes currencies; multiplication by a decimal factor rounds half-up to the minor unit.
 */
public record Money(long amount, String currency) {

    public Money {
        Objects.requireNonNull(currency, "currency");
        if (currency.length() != 3) {
            throw new IllegalArgumentException("currency must be an ISO-4217 code: " + currency);
        }
    }

    public static Money zero(String currency) {
        return new Money(0, currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(amount, other.amount), currency);
    }

    public Money times(long quantity) {
        return new Money(Math.multiplyExact(amount, quantity), currency);
    }

    /** Multiplies by a decimal factor (hours, rates), rounding half-up to the minor unit. */
    public Money times(BigDecimal factor) {
        BigDecimal exact = BigDecimal.valueOf(amount).multiply(factor);
        return new Money(exact.setScale(0, RoundingMode.HALF_UP).longValueExact(), currency);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot add " + other.currency + " to " + currency);
        }
    }
}
