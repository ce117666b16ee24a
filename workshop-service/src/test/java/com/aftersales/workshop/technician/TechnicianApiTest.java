package com.aftersales.workshop.technician;

import com.aftersales.platform.test.ServiceTest;
import com.aftersales.workshop.support.Workshop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static com.aftersales.platform.test.ProblemMatchers.alreadyExists;
import static com.aftersales.platform.test.ProblemMatchers.illegalTransition;
import static com.aftersales.platform.test.ProblemMatchers.invalid;
import static com.aftersales.platform.test.ProblemMatchers.missingDealer;
import static com.aftersales.platform.test.ProblemMatchers.notFound;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Technicians (S7.3) and their shift clock; bays and equipment (S7.2). */
@ServiceTest
class TechnicianApiTest {

    @Autowired
    MockMvc http;

    Workshop dealer;

    @BeforeEach
    void freshDealer() {
        dealer = Workshop.fresh(http);
    }

    @Test
    @DisplayName("S7.3: a technician is registered with skills, experience and daily hours; listed, read; speed factor starts at 1.0")
    void aTechnicianIsRegistered() throws Exception {
        dealer.post("/api/technicians", """
                        {"id":"t-wang","name":"Wang Qiang","skills":["REPAIR","DIAGNOSIS"],"experienceLevel":"MASTER","dailyHours":8}""")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/technicians/t-wang"))
                .andExpect(jsonPath("$.skills", contains("REPAIR", "DIAGNOSIS")))
                .andExpect(jsonPath("$.speedFactor").value(1.0))
                .andExpect(jsonPath("$.shiftState").value("OFF_SHIFT"));
        dealer.technician("t-li", "JUNIOR", "TYRES");

        dealer.get("/api/technicians").andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[*].id", contains("t-li", "t-wang")));
        dealer.get("/api/technicians/{id}", "t-wang").andExpect(status().isOk()).andExpect(header().exists("ETag"))
                .andExpect(jsonPath("$.experienceLevel").value("MASTER"));
        Workshop.fresh(http).get("/api/technicians/{id}", "t-wang").andExpect(notFound("technician"));
    }

    @Test
    @DisplayName("Bad input is refused field by field (400), a taken id with 409; nothing is registered")
    void badInputIsRefused() throws Exception {
        dealer.post("/api/technicians", "{\"id\":\"t 1\",\"skills\":[],\"dailyHours\":30}")
                .andExpect(invalid("id"))
                .andExpect(jsonPath("$.errors[*].field", hasItems("name", "skills", "experienceLevel", "dailyHours")))
                .andExpect(jsonPath("$.errors[?(@.field == 'name')].message", contains("is required")));
        dealer.post("/api/technicians", """
                        {"id":"t-1","name":"A","skills":["WELDING"],"experienceLevel":"MASTER","dailyHours":8}""")
                .andExpect(invalid("skills[0]"));
        dealer.get("/api/technicians").andExpect(jsonPath("$.total").value(0));

        dealer.technician("t-1", "SENIOR", "REPAIR");
        dealer.post("/api/technicians", """
                        {"id":"t-1","name":"Other","skills":["BODY"],"experienceLevel":"JUNIOR","dailyHours":8}""")
                .andExpect(alreadyExists("id"));
        dealer.get("/api/technicians/{id}", "t-1").andExpect(jsonPath("$.skills", contains("REPAIR")));
        http.perform(get("/api/technicians")).andExpect(missingDealer());
    }

    @Test
    @DisplayName("Shift clock (attendance): on, off; twice in a row is a 409 naming the state; unknown technician 404")
    void theShiftClock() throws Exception {
        dealer.technician("t-1", "SENIOR", "REPAIR");

        dealer.post("/api/technicians/{id}/shift/clock-on", "", "t-1").andExpect(status().isOk())
                .andExpect(jsonPath("$.shiftState").value("ON_SHIFT"))
                .andExpect(jsonPath("$.shifts[0].to").doesNotExist());
        dealer.post("/api/technicians/{id}/shift/clock-on", "", "t-1").andExpect(illegalTransition("ON_SHIFT"));
        dealer.post("/api/technicians/{id}/shift/clock-off", "", "t-1").andExpect(status().isOk())
                .andExpect(jsonPath("$.shiftState").value("OFF_SHIFT"))
                .andExpect(jsonPath("$.shifts[0].to").isNotEmpty());
        dealer.post("/api/technicians/{id}/shift/clock-off", "", "t-1").andExpect(illegalTransition("OFF_SHIFT"));
        dealer.post("/api/technicians/{id}/shift/clock-on", "", "t-nobody").andExpect(notFound("technician"));
        dealer.get("/api/technicians/{id}/jobs", "t-nobody").andExpect(notFound("technician"));
    }

    @Test
    @DisplayName("S7.2: bays with their equipment; bad equipment 400, taken id 409, unknown 404")
    void bays() throws Exception {
        dealer.post("/api/bays", """
                        {"id":"b-1","name":"Lift 1","kind":"LIFT","equipment":["LIFT"]}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.equipment", contains("LIFT")));
        dealer.bay("b-2", "ALIGNMENT", "ALIGNMENT_RIG", "LIFT");
        dealer.post("/api/bays", "{\"id\":\"b-3\",\"name\":\"x\",\"kind\":\"LIFT\",\"equipment\":[\"LASER\"]}")
                .andExpect(invalid("equipment[0]"));
        dealer.post("/api/bays", "{\"id\":\"\",\"equipment\":null}")
                .andExpect(invalid("id")).andExpect(jsonPath("$.errors[*].field", hasItems("name", "kind", "equipment")));
        dealer.post("/api/bays", "{\"id\":\"b-1\",\"name\":\"x\",\"kind\":\"LIFT\",\"equipment\":[]}").andExpect(alreadyExists("id"));

        dealer.get("/api/bays").andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[1].equipment", contains("ALIGNMENT_RIG", "LIFT")));
        dealer.get("/api/bays/{id}", "b-9").andExpect(notFound("bay"));
        assertThat(Workshop.read(Workshop.fresh(http).get("/api/bays"), "$.total").toString()).isEqualTo("0");
    }
}
