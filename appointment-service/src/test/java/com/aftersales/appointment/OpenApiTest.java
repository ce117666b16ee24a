package com.aftersales.appointment;

import com.aftersales.platform.test.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The API is described from the code (springdoc), for the web UI and anyone integrating with the dealer system. */
@ServiceTest
class OpenApiTest {

    @Autowired
    MockMvc http;

    @Test
    void theOpenApiDocumentDescribesTheAppointmentEndpoints() throws Exception {
        http.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").exists())
                .andExpect(jsonPath("$.paths['/api/appointments']").exists())
                .andExpect(jsonPath("$.paths['/api/appointments/{id}/arrival'].post").exists());
    }
}
