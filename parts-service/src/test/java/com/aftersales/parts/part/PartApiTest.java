package com.aftersales.parts.part;

import com.aftersales.parts.support.Dealership;
import com.aftersales.platform.test.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static com.aftersales.parts.support.Dealership.partJson;
import static com.aftersales.platform.test.ProblemMatchers.alreadyExists;
import static com.aftersales.platform.test.ProblemMatchers.domainRule;
import static com.aftersales.platform.test.ProblemMatchers.invalid;
import static com.aftersales.platform.test.ProblemMatchers.notFound;
import static com.aftersales.platform.test.ProblemMatchers.staleVersion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The parts catalogue and the stock of each part through HTTP (step 6). */
@ServiceTest
class PartApiTest {

    static final String OIL_FILTER = partJson("OF-100", "Oil filter", 4500, "A-01-03", 5);

    @Autowired
    MockMvc http;

    static String withSupersession(String supersededBy) {
        return OIL_FILTER.substring(0, OIL_FILTER.length() - 1) + ",\"supersededBy\":\"" + supersededBy + "\"}";
    }

    Dealership dealer;

    @BeforeEach
    void freshDealer() {
        dealer = Dealership.fresh(http);
    }

    @Test
    @DisplayName("Step 6: a part is defined with number, name, price, bin, reorder point and supersession; it starts without stock")
    void aPartIsDefined() throws Exception {
        dealer.post("/api/parts", withSupersession("OF-200"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/parts/OF-100"))
                .andExpect(header().string("ETag", "\"0\""));

        dealer.get("/api/parts/{partNumber}", "OF-100")
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.partNumber").value("OF-100"))
                .andExpect(jsonPath("$.name").value("Oil filter"))
                .andExpect(jsonPath("$.unitPrice.amount").value(4500))
                .andExpect(jsonPath("$.unitPrice.currency").value("CNY"))
                .andExpect(jsonPath("$.binLocation").value("A-01-03"))
                .andExpect(jsonPath("$.supersededBy").value("OF-200"))
                .andExpect(jsonPath("$.onHand").value(0))
                .andExpect(jsonPath("$.reserved").value(0))
                .andExpect(jsonPath("$.available").value(0))
                .andExpect(jsonPath("$.reorderPoint").value(5))
                .andExpect(jsonPath("$.version").value(0));
    }

    @Test
    @DisplayName("Step 6: a part number is defined once per dealership (409 already-exists)")
    void aDuplicatePartIsRefused() throws Exception {
        dealer.post("/api/parts", OIL_FILTER).andExpect(status().isCreated());

        dealer.post("/api/parts", OIL_FILTER.replace("Oil filter", "Other")).andExpect(alreadyExists("partNumber"));

        dealer.get("/api/parts/{partNumber}", "OF-100").andExpect(jsonPath("$.name").value("Oil filter"));
        Dealership.fresh(http).post("/api/parts", OIL_FILTER).andExpect(status().isCreated());
    }

    @Test
    @DisplayName("Step 6: a bad part is refused field by field (400) and nothing is defined")
    void aBadPartIsRefused() throws Exception {
        dealer.post("/api/parts", """
                        {"partNumber":"OF 100/x","name":"","unitPrice":{"amount":-1,"currency":"yuan"},"reorderPoint":-2,
                         "supersededBy":"a b"}""")
                .andExpect(invalid("partNumber"))
                .andExpect(jsonPath("$.errors[*].field").value(hasItems("name", "unitPrice.amount", "unitPrice.currency",
                        "binLocation", "reorderPoint", "supersededBy")))
                .andExpect(jsonPath("$.errors[?(@.field == 'name')].message").value(contains("is required")));
        dealer.post("/api/parts", OIL_FILTER.replace("\"reorderPoint\":5", "\"reorderPoint\":\"five\""))
                .andExpect(invalid("reorderPoint"));
        dealer.post("/api/parts", "{not json").andExpect(invalid("body"));
        dealer.post("/api/parts", withSupersession("OF-100"))
                .andExpect(invalid("supersededBy"));

        dealer.get("/api/parts").andExpect(jsonPath("$.total").value(0));
    }

    @Test
    @DisplayName("Step 6: parts are found by number or name, paged, in order of part number")
    void partsAreSearched() throws Exception {
        dealer.withPart("OF-100", "Oil filter", 0, 0).withPart("EO-5W30", "Engine oil 5W-30", 0, 0)
                .withPart("BP-200", "Brake pads front", 0, 0);

        dealer.get("/api/parts").andExpect(jsonPath("$.items[*].partNumber", contains("BP-200", "EO-5W30", "OF-100")))
                .andExpect(jsonPath("$.total").value(3));
        dealer.get("/api/parts?q=oil").andExpect(jsonPath("$.items[*].partNumber", contains("EO-5W30", "OF-100")));
        dealer.get("/api/parts?q=bp-2").andExpect(jsonPath("$.items[*].partNumber", contains("BP-200")));
        dealer.get("/api/parts?q=(").andExpect(jsonPath("$.total").value(0));
        dealer.get("/api/parts?page=1&size=2").andExpect(jsonPath("$.items[*].partNumber", contains("OF-100")))
                .andExpect(jsonPath("$.page").value(1)).andExpect(jsonPath("$.size").value(2));
        dealer.get("/api/parts?size=0").andExpect(invalid("size"));
        dealer.get("/api/parts?page=x").andExpect(invalid("page"));
        Dealership.fresh(http).get("/api/parts").andExpect(jsonPath("$.total").value(0));
    }

    @Test
    @DisplayName("Step 6: a part is corrected with If-Match; a stale version is refused (409) and changes nothing")
    void aPartIsCorrectedWithIfMatch() throws Exception {
        dealer.post("/api/parts", OIL_FILTER).andExpect(status().isCreated());

        dealer.putIfMatch("/api/parts/{partNumber}", "\"0\"", """
                        {"name":"Oil filter (long life)","unitPrice":{"amount":5200,"currency":"CNY"},"binLocation":"B-02-01",
                         "reorderPoint":8,"supersededBy":"OF-110"}""", "OF-100")
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.name").value("Oil filter (long life)"))
                .andExpect(jsonPath("$.unitPrice.amount").value(5200))
                .andExpect(jsonPath("$.binLocation").value("B-02-01"))
                .andExpect(jsonPath("$.supersededBy").value("OF-110"));
        String before = dealer.snapshot("/api/parts/{partNumber}", "OF-100");

        dealer.putIfMatch("/api/parts/{partNumber}", "\"0\"", OIL_FILTER, "OF-100")
                .andExpect(staleVersion())
                .andExpect(jsonPath("$.currentVersion").value(1));
        dealer.put("/api/parts/{partNumber}", OIL_FILTER.replace("\"Oil filter\"", "\"\""), "OF-100").andExpect(invalid("name"));

        assertThat(dealer.snapshot("/api/parts/{partNumber}", "OF-100")).isEqualTo(before);
    }

    @Test
    @DisplayName("Step 6: an unknown part is a 404 problem detail, also for another dealer's part")
    void anUnknownPartIsNotFound() throws Exception {
        dealer.withPart("OF-100", 0);
        Dealership other = Dealership.fresh(http);

        other.get("/api/parts/{partNumber}", "OF-100").andExpect(notFound("part"));
        other.put("/api/parts/{partNumber}", OIL_FILTER, "OF-100").andExpect(notFound("part"));
        other.post("/api/parts/{partNumber}/stock-adjustments", "{\"quantity\":3,\"reason\":\"x\"}", "OF-100")
                .andExpect(notFound("part"));
        dealer.get("/api/parts/{partNumber}", "NOPE").andExpect(notFound("part"))
                .andExpect(jsonPath("$.id").value("NOPE"));
    }

    @Test
    @DisplayName("Step 6: stock adjustments set initial stock and correct it after a stocktake")
    void stockIsAdjusted() throws Exception {
        dealer.withPart("OF-100", 0);

        dealer.post("/api/parts/{partNumber}/stock-adjustments", "{\"quantity\":10,\"reason\":\"initial stock\"}", "OF-100")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.onHand").value(10))
                .andExpect(jsonPath("$.available").value(10));
        dealer.post("/api/parts/{partNumber}/stock-adjustments", "{\"quantity\":-3,\"reason\":\"stocktake\"}", "OF-100")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.onHand").value(7))
                .andExpect(jsonPath("$.adjustments[*].reason", contains("initial stock", "stocktake")));
    }

    @Test
    @DisplayName("Step 6: stock never goes below zero (422 S6-stock-never-negative) and bad adjustments change nothing")
    void stockNeverGoesNegative() throws Exception {
        dealer.withPart("OF-100", 2);
        String before = dealer.snapshot("/api/parts/{partNumber}", "OF-100");

        dealer.post("/api/parts/{partNumber}/stock-adjustments", "{\"quantity\":-3,\"reason\":\"stocktake\"}", "OF-100")
                .andExpect(domainRule("S6-stock-never-negative", "quantity"));
        dealer.post("/api/parts/{partNumber}/stock-adjustments", "{\"quantity\":0,\"reason\":\"stocktake\"}", "OF-100")
                .andExpect(invalid("quantity"));
        dealer.post("/api/parts/{partNumber}/stock-adjustments", "{\"reason\":\"\"}", "OF-100")
                .andExpect(invalid("quantity"))
                .andExpect(jsonPath("$.errors[*].field").value(hasItems("quantity", "reason")));
        dealer.post("/api/parts/{partNumber}/stock-adjustments", "{\"quantity\":1.5,\"reason\":\"x\"}", "OF-100")
                .andExpect(invalid("quantity"));

        assertThat(dealer.snapshot("/api/parts/{partNumber}", "OF-100")).isEqualTo(before);
    }

    @Test
    @DisplayName("Step 6 low stock: parts whose available stock is below the reorder point, with what is on order")
    void theLowStockList() throws Exception {
        dealer.withPart("OF-100", "Oil filter", 2, 5)
                .withPart("EO-5W30", "Engine oil", 20, 5)
                .withPart("BP-200", "Brake pads", 5, 5);
        dealer.order("OF-100", 10, Dealership.today().plusDays(2), null);

        dealer.get("/api/parts/low-stock")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].partNumber", contains("OF-100")))
                .andExpect(jsonPath("$.items[0].available").value(2))
                .andExpect(jsonPath("$.items[0].reorderPoint").value(5))
                .andExpect(jsonPath("$.items[0].shortBy").value(3))
                .andExpect(jsonPath("$.items[0].onOrder").value(10));

        dealer.stock("OF-100", 3, "found in the back");
        dealer.stock("BP-200", -1, "damaged");
        dealer.get("/api/parts/low-stock").andExpect(jsonPath("$.items[*].partNumber", contains("BP-200")));
        dealer.get("/api/parts/low-stock?size=999").andExpect(invalid("size"));
    }
}
