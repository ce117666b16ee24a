package com.aftersales.reception.settings;

import com.aftersales.contracts.Money;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/** What reception needs to know of the dealer: the labour rate that turns standard hours into money (S5.1). */
@Document("reception_settings")
public class ReceptionSettings {

    @Id
    private String dealerId;
    @Version
    private Long version;
    private Money labourRatePerHour;
    private Instant updatedAt;

    protected ReceptionSettings() {
    }

    public ReceptionSettings(String dealerId) {
        this.dealerId = dealerId;
    }

    public void configure(Money labourRatePerHour, Instant now) {
        this.labourRatePerHour = labourRatePerHour;
        this.updatedAt = now;
    }

    public String dealerId() {
        return dealerId;
    }

    public Long version() {
        return version;
    }

    public Money labourRatePerHour() {
        return labourRatePerHour;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
