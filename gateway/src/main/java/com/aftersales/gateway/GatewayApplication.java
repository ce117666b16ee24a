package com.aftersales.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The one entry point of Aftersales: routes {@code /api/**} to the six services (each behind its own
 * circuit breaker), serves the web UI at {@code /} and tags every request with an {@code X-Request-Id}.
 */
@SpringBootApplication
public class GatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(GatewayApplication.class, args);
    }
}
