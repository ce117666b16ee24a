package com.aftersales.followup.complaint;

import com.aftersales.followup.support.Dealership;
import com.aftersales.followup.support.Events;
import com.aftersales.platform.test.ServiceTest;
import com.jayway.jsonpath.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static com.aftersales.followup.support.Dealership.PATIENCE;
import static com.aftersales.followup.support.Dealership.complaintJson;
import static com.aftersales.followup.support.Dealership.newRepairOrder;
import static com.aftersales.followup.support.Dealership.read;
import static com.aftersales.platform.test.ProblemMatchers.alreadyExists;
import static com.aftersales.platform.test.ProblemMatchers.domainRule;
import static com.aftersales.platform.test.ProblemMatchers.illegalTransition;
import static com.aftersales.platform.test.ProblemMatchers.invalid;
import static com.aftersales.platform.test.ProblemMatchers.notFound;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** G7 and S13.3 through HTTP: complaints opened with an owner and a plan, followed until the customer is satisfied. */
@ServiceTest
class ComplaintApiTest {

    static final String SATISFIED = "{\"customerSatisfied\":true,\"note\":\"Quiet now, thanks\",\"recordedBy\":\"mgr-1\"}";
    static final String NOT_SATISFIED = "{\"customerSatisfied\":false,\"note\":\"Still squeals when cold\",\"recordedBy\":\"mgr-1\"}";
    static final String TRAINING_CASE = """
            {"summary":"Squeal after brake job, fixed on the second visit","lessons":"Road-test brakes cold","approvedBy":"mgr-1"}""";

    @Autowired
    MockMvc http;

    final Events events = new Events();
    Dealership dealer;
    String ro;

    @BeforeEach
    void aDeliveredRepairOrder() throws Exception {
        dealer = Dealership.fresh(http);
        ro = newRepairOrder();
        dealer.delivered(events, ro, Instant.now().minus(Duration.ofDays(4)));
    }

    String open() throws Exception {
        return read(dealer.post("/api/complaints", complaintJson(ro, "REPAIR_QUALITY")).andExpect(status().isCreated()), "$.id");
    }

    @Test
    @DisplayName("G7: a complaint about a delivered RO is opened with an owner and a plan, the customer and vehicle known, and published")
    void aComplaintIsOpened() throws Exception {
        var opened = dealer.post("/api/complaints", complaintJson(ro, "REPAIR_QUALITY"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.customerId").value("cust-" + ro))
                .andExpect(jsonPath("$.vehicleId").value("veh-" + ro))
                .andExpect(jsonPath("$.ownerId").value("mgr-1"))
                .andExpect(jsonPath("$.plan").value("Inspect the brakes again within two days, free of charge"))
                .andExpect(jsonPath("$.category").value("REPAIR_QUALITY"));
        String id = read(opened, "$.id");
        opened.andExpect(header().string("Location", "/api/complaints/" + id));

        dealer.get("/api/complaints/{id}", id).andExpect(jsonPath("$.repairOrderId").value(ro));
        List<ConsumerRecord<String, String>> published = events.probe().read("followup.events", r -> ro.equals(r.key())
                && r.value().contains("ComplaintOpened"), found -> !found.isEmpty(), PATIENCE);
        assertThat(published).isNotEmpty();
        assertThat(JsonPath.<String>read(published.get(0).value(), "$.payload.complaintId")).isEqualTo(id);
        assertThat(JsonPath.<String>read(published.get(0).value(), "$.payload.category")).isEqualTo("REPAIR_QUALITY");
    }

    @Test
    @DisplayName("S13.1: a complaint about an RO with no delivery on record is refused with 422 and opens nothing")
    void anUndeliveredRepairOrderIsRefused() throws Exception {
        dealer.post("/api/complaints", complaintJson("ro-never-delivered", "PRICE"))
                .andExpect(domainRule("S13.1-delivered-repair-order", "repairOrderId"));
        Dealership.fresh(http).post("/api/complaints", complaintJson(ro, "PRICE"))
                .andExpect(domainRule("S13.1-delivered-repair-order"));

        dealer.get("/api/complaints").andExpect(jsonPath("$.total").value(0));
    }

    @Test
    @DisplayName("G7: bad input is refused field by field and opens nothing")
    void badInputIsRefused() throws Exception {
        dealer.post("/api/complaints", "{}").andExpect(invalid("repairOrderId")).andExpect(invalid("ownerId"))
                .andExpect(invalid("plan")).andExpect(invalid("description")).andExpect(invalid("category"));
        dealer.post("/api/complaints", complaintJson(ro, "RUDE")).andExpect(invalid("category"));
        dealer.post("/api/complaints", complaintJson(ro, "PRICE").replace("\"mgr-1\"", "\" \"")).andExpect(invalid("ownerId"));
        dealer.post("/api/complaints", "not json").andExpect(invalid("body"));
        dealer.get("/api/complaints?status=CLOSED").andExpect(invalid("status"));

        dealer.get("/api/complaints").andExpect(jsonPath("$.total").value(0));
    }

    @Test
    @DisplayName("G7: a customer not satisfied keeps the complaint open with the contact recorded; satisfied resolves it; then 409")
    void openUntilTheCustomerIsSatisfied() throws Exception {
        String id = open();

        dealer.post("/api/complaints/{id}/resolution", NOT_SATISFIED, id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.contacts[0].customerSatisfied").value(false))
                .andExpect(jsonPath("$.contacts[0].note").value("Still squeals when cold"));
        dealer.get("/api/complaints?status=OPEN").andExpect(jsonPath("$.items[0].id").value(id));

        dealer.post("/api/complaints/{id}/resolution", SATISFIED, id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RESOLVED"))
                .andExpect(jsonPath("$.resolvedAt").exists())
                .andExpect(jsonPath("$.contacts.length()").value(2));
        dealer.get("/api/complaints?status=OPEN").andExpect(jsonPath("$.total").value(0));
        dealer.get("/api/complaints?status=RESOLVED").andExpect(jsonPath("$.items[0].id").value(id));
        String after = dealer.snapshot("/api/complaints/{id}", id);

        dealer.post("/api/complaints/{id}/resolution", NOT_SATISFIED, id).andExpect(illegalTransition("RESOLVED"));
        dealer.post("/api/complaints/{id}/resolution", "{\"note\":\"x\",\"recordedBy\":\"m\"}", id)
                .andExpect(invalid("customerSatisfied"));
        assertThat(dealer.snapshot("/api/complaints/{id}", id)).isEqualTo(after);
    }

    @Test
    @DisplayName("S13.3: only a resolved complaint becomes a training case (409 before, and 409 a second time); training cases are listed")
    void trainingCases() throws Exception {
        String id = open();

        dealer.post("/api/complaints/{id}/training-case", TRAINING_CASE, id).andExpect(illegalTransition("OPEN"));
        dealer.get("/api/training-cases").andExpect(jsonPath("$.total").value(0));

        dealer.post("/api/complaints/{id}/resolution", SATISFIED, id).andExpect(status().isOk());
        dealer.post("/api/complaints/{id}/training-case", "{\"summary\":\"s\"}", id)
                .andExpect(invalid("lessons")).andExpect(invalid("approvedBy"));
        String caseId = read(dealer.post("/api/complaints/{id}/training-case", TRAINING_CASE, id)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.complaintId").value(id))
                .andExpect(jsonPath("$.category").value("REPAIR_QUALITY"))
                .andExpect(jsonPath("$.complaint").value("The brakes still squeal"))
                .andExpect(jsonPath("$.lessons").value("Road-test brakes cold")), "$.id");

        dealer.post("/api/complaints/{id}/training-case", TRAINING_CASE, id).andExpect(alreadyExists("complaintId"));
        dealer.get("/api/training-cases").andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].id").value(caseId));
        dealer.get("/api/training-cases?category=PRICE").andExpect(jsonPath("$.total").value(0));
        dealer.get("/api/training-cases/{id}", caseId).andExpect(jsonPath("$.approvedBy").value("mgr-1"));
        dealer.get("/api/complaints/{id}", id).andExpect(jsonPath("$.trainingCaseId").value(caseId));
        Dealership.fresh(http).get("/api/training-cases/{id}", caseId).andExpect(notFound("training case"));
    }

    @Test
    @DisplayName("G7: an unknown complaint, or another dealer's, is 404")
    void unknownIsNotFound() throws Exception {
        String id = open();

        dealer.get("/api/complaints/{id}", "nope").andExpect(notFound("complaint"));
        dealer.post("/api/complaints/{id}/resolution", SATISFIED, "nope").andExpect(notFound("complaint"));
        dealer.post("/api/complaints/{id}/training-case", TRAINING_CASE, "nope").andExpect(notFound("complaint"));
        Dealership.fresh(http).get("/api/complaints/{id}", id).andExpect(notFound("complaint"));
    }
}
