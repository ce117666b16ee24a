package com.aftersales.followup.complaint;

import com.aftersales.platform.http.ResilientHttpClient;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The client of appointment-service, set up from {@code aftersales.clients.appointment-service.*}. */
@Configuration
class AppointmentClientConfiguration {

    @Bean
    ResilientHttpClient appointmentServiceClient(Environment environment, MeterRegistry meters) {
        return ResilientHttpClient.bind(environment, "appointment-service", meters);
    }
}
