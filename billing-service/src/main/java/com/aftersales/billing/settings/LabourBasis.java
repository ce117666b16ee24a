package com.aftersales.billing.settings;

/** How labour is charged (S11.1): the catalogue's standard hours (default) or the hours the technician clocked. */
public enum LabourBasis {
    /** The approved estimate price: standard (flat-rate) hours x the rate it was estimated with. */
    FLAT_RATE,
    /** The hours clocked on the completed job x the dealer's labour rate. */
    CLOCKED
}
