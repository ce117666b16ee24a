package com.aftersales.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/**
 * Settings every service shares, under {@code aftersales.*}.
 *
 * @param service     the service's short name: its topic is {@code <service>.events}
 * @param timeZone    the dealership's zone: "today" and appointment dates are taken in it
 * @param events      outbox and consumer tuning
 */
@ConfigurationProperties("aftersales")
public record PlatformProperties(String service, @DefaultValue("Asia/Shanghai") ZoneId timeZone,
                                 @DefaultValue Events events) {

    /**
     * @param consumes           topics this service listens to (their dead-letter topics are created too)
     * @param relayPollInterval  how often the relay looks for unsent events when nothing woke it
     * @param relayMaxBackoff    longest pause between attempts while the broker is away
     * @param consumerRetries    blocking retries of a failing event before it is dead-lettered
     * @param consumerFirstPause pause before the first retry; it doubles each time
     * @param partitions         partitions of the topics the service creates
     */
    public record Events(@DefaultValue List<String> consumes,
                         @DefaultValue("500ms") Duration relayPollInterval,
                         @DefaultValue("10s") Duration relayMaxBackoff,
                         @DefaultValue("3") int consumerRetries,
                         @DefaultValue("200ms") Duration consumerFirstPause,
                         @DefaultValue("3") int partitions) {
    }

    public String topic() {
        return service + ".events";
    }
}
