package com.aftersales.billing.settings;

import com.aftersales.contracts.Money;
import com.aftersales.platform.domain.DomainRuleViolation;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * How a dealer bills (S11.1): the tax rate in percent (13 unless set), the labour basis (flat rate unless set)
 * and the labour rate that clocked hours are charged at. A dealer who never set anything bills with the defaults.
 */
@Document("billing_settings")
public class BillingSettings {

    public static final BigDecimal DEFAULT_TAX_RATE_PERCENT = new BigDecimal("13");

    @Id
    private String dealerId;
    @Version
    private Long version;
    private BigDecimal taxRatePercent = DEFAULT_TAX_RATE_PERCENT;
    private LabourBasis labourBasis = LabourBasis.FLAT_RATE;
    private Money labourRatePerHour;
    private Instant updatedAt;

    protected BillingSettings() {
    }

    public BillingSettings(String dealerId) {
        this.dealerId = dealerId;
    }

    /** The settings of a dealer who never configured billing. */
    public static BillingSettings defaults(String dealerId) {
        return new BillingSettings(dealerId);
    }

    /** S11.1: clocked hours need a rate to be charged at; a missing tax rate or basis takes the default. */
    public void configure(BigDecimal taxRatePercent, LabourBasis labourBasis, Money labourRatePerHour, Instant now) {
        LabourBasis basis = labourBasis == null ? LabourBasis.FLAT_RATE : labourBasis;
        if (basis == LabourBasis.CLOCKED && labourRatePerHour == null) {
            throw new DomainRuleViolation("S11.1-labour-rate", "labourRatePerHour",
                    "clocked labour is charged at the dealer's labour rate: set labourRatePerHour");
        }
        this.taxRatePercent = taxRatePercent == null ? DEFAULT_TAX_RATE_PERCENT : taxRatePercent;
        this.labourBasis = basis;
        this.labourRatePerHour = labourRatePerHour;
        this.updatedAt = now;
    }

    public String dealerId() {
        return dealerId;
    }

    public Long version() {
        return version;
    }

    public BigDecimal taxRatePercent() {
        return taxRatePercent;
    }

    public LabourBasis labourBasis() {
        return labourBasis;
    }

    public Money labourRatePerHour() {
        return labourRatePerHour;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
