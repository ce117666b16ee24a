package com.aftersales.workshop.knowledge;

import com.aftersales.platform.test.ServiceTest;
import com.aftersales.workshop.support.Workshop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static com.aftersales.platform.test.ProblemMatchers.invalid;
import static com.aftersales.platform.test.ProblemMatchers.notFound;
import static com.aftersales.workshop.support.Workshop.read;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** S8.5: difficult faults written up into a searchable knowledge base. */
@ServiceTest
class KnowledgeArticleApiTest {

    @Autowired
    MockMvc http;

    Workshop dealer;

    @BeforeEach
    void freshDealer() {
        dealer = Workshop.fresh(http);
    }

    String article(String title, String symptoms, String model) {
        return """
                {"title":"%s","symptoms":"%s","cause":"Corroded ground strap","fix":"Cleaned and replaced the strap",
                 "vehicleModel":"%s","authorId":"t-wang","repairOrderId":"ro-1"}""".formatted(title, symptoms, model);
    }

    @Test
    @DisplayName("S8.5: an article is written and found by any words of it, case-insensitive, newest first; other dealers see nothing")
    void writtenAndFound() throws Exception {
        String id = read(dealer.post("/api/knowledge-articles", article("Intermittent stall at idle", "Engine stalls when warm", "Passat"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/knowledge-articles/")))
                .andExpect(jsonPath("$.authorId").value("t-wang")), "$.id");
        dealer.post("/api/knowledge-articles", article("Radio resets", "Clock lost after start (a+b)", "Tiguan"))
                .andExpect(status().isCreated());

        dealer.get("/api/knowledge-articles?q=STALL passat").andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(id));
        dealer.get("/api/knowledge-articles?q=ground strap").andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[*].title", contains("Radio resets", "Intermittent stall at idle")));
        dealer.get("/api/knowledge-articles?q=(a+b)").andExpect(jsonPath("$.total").value(1));
        dealer.get("/api/knowledge-articles?q=gearbox").andExpect(jsonPath("$.total").value(0));
        dealer.get("/api/knowledge-articles").andExpect(jsonPath("$.total").value(2));
        dealer.get("/api/knowledge-articles/{id}", id).andExpect(jsonPath("$.cause").value("Corroded ground strap"));
        Workshop.fresh(http).get("/api/knowledge-articles/{id}", id).andExpect(notFound("knowledge article"));
        Workshop.fresh(http).get("/api/knowledge-articles?q=stall").andExpect(jsonPath("$.total").value(0));
    }

    @Test
    @DisplayName("S8.5: an article without title, symptoms, cause, fix or author is refused field by field; nothing is written")
    void badArticleIsRefused() throws Exception {
        dealer.post("/api/knowledge-articles", "{\"title\":\" \"}")
                .andExpect(invalid("title"))
                .andExpect(jsonPath("$.errors[*].field", hasItems("symptoms", "cause", "fix", "authorId")));
        dealer.get("/api/knowledge-articles?page=-1").andExpect(invalid("page"));
        dealer.get("/api/knowledge-articles").andExpect(jsonPath("$.total").value(0));
    }
}
