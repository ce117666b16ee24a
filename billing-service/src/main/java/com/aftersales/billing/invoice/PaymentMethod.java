package com.aftersales.billing.invoice;

/** How the customer pays at the cash desk; one payment may be split across several. */
public enum PaymentMethod {
    CASH, CARD, TRANSFER
}
