package com.aftersales.workshop;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Settings of the workshop, under {@code aftersales.workshop.*}.
 *
 * @param inspectionAllowance time the final inspection takes, counted into the expected ready time (G2)
 * @param washDuration        time one wash takes; the queue ahead multiplies it into the time told (S10.1)
 * @param promiseCheckInterval how often every open RO is checked against its promised time (S7.1, G2)
 */
@ConfigurationProperties("aftersales.workshop")
public record WorkshopSettings(@DefaultValue("15m") Duration inspectionAllowance,
                               @DefaultValue("20m") Duration washDuration,
                               @DefaultValue("60s") Duration promiseCheckInterval) {
}
