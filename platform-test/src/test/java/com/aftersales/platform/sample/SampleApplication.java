package com.aftersales.platform.sample;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A minimal service on the platform, for testing the platform itself: parcels are shipped (an aggregate
 * raising events through the outbox) and a tally counts the shipments it hears of (an idempotent consumer).
 */
@SpringBootApplication
public class SampleApplication {
}
