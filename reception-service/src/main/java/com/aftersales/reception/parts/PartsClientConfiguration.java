package com.aftersales.reception.parts;

import com.aftersales.platform.http.ResilientHttpClient;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The client of parts-service, set up from {@code aftersales.clients.parts-service.*}. */
@Configuration
class PartsClientConfiguration {

    @Bean
    ResilientHttpClient partsServiceClient(Environment environment, MeterRegistry meters) {
        return ResilientHttpClient.bind(environment, "parts-service", meters);
    }
}
