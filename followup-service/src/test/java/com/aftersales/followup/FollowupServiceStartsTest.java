package com.aftersales.followup;

import com.aftersales.platform.test.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The service starts on the platform, is ready with Mongo and Kafka, and exposes its metrics. */
@ServiceTest
class FollowupServiceStartsTest {

    @Autowired
    MockMvc http;

    @Test
    void isReadyWithMongoAndKafkaAndExposesMetrics() throws Exception {
        http.perform(get("/actuator/health/readiness"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.mongo.status").value("UP"))
                .andExpect(jsonPath("$.components.kafka.status").value("UP"));
        http.perform(get("/actuator/prometheus")).andExpect(status().isOk());
    }
}
