package com.aftersales.billing.invoice;

/** Who pays a line (S11.1): the customer by default; warranty and campaign work is billed to the manufacturer. */
public enum Payer {
    CUSTOMER, WARRANTY, CAMPAIGN;

    public boolean isManufacturer() {
        return this != CUSTOMER;
    }
}
