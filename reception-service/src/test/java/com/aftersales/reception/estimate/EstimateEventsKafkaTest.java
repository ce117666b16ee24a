package com.aftersales.reception.estimate;

import com.aftersales.platform.test.KafkaProbe;
import com.aftersales.platform.test.ServiceTest;
import com.aftersales.reception.support.Dealership;
import com.aftersales.reception.support.ReceptionEventsReader;
import com.jayway.jsonpath.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.Map;

import static com.aftersales.reception.support.ReceptionEventsReader.type;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * S5.1 on Kafka: presenting publishes EstimatePresented; the customer's decisions publish EstimateLinesApproved
 * (for parts and workshop) and EstimateLinesDeclined (for appointment-service's solicitation, S1), keyed by the RO.
 */
@ServiceTest
class EstimateEventsKafkaTest {

    @Autowired
    MockMvc http;

    final ReceptionEventsReader reception = new ReceptionEventsReader();

    Dealership dealer;
    String ro;

    @BeforeEach
    void anOrderWithAPresentedEstimate() throws Exception {
        dealer = Dealership.fresh(http).withLabourRate().withPart("BP-200", "Brake pads front", 25_000, 10);
        ro = dealer.walkIn();
        dealer.labourLine(ro, "Replace front brake pads", "1.5");
        dealer.partLine(ro, "BP-200", 2);
        dealer.labourLine(ro, "Replace rear wiper blades", "0.2");
        dealer.timeRange(ro);
        dealer.present(ro);
    }

    @Test
    @DisplayName("S5.1: approvals and declines are published keyed by the RO id, in order after the RO was opened and presented")
    void decisionsArePublishedKeyedByTheRepairOrder() throws Exception {
        dealer.post("/api/repair-orders/{id}/estimate/decisions", """
                {"how":"IN_PERSON","recordedBy":"adv-1","decisions":[{"lineId":"L1","approved":true},
                 {"lineId":"L2","approved":true},{"lineId":"L3","approved":false,"reason":"PRICE_TOO_HIGH"}]}""", ro)
                .andExpect(status().isOk());

        List<ConsumerRecord<String, String>> events = reception.eventsOf(ro, "EstimateLinesDeclined");

        assertThat(events).extracting(ReceptionEventsReader::type)
                .containsExactly("RepairOrderOpened", "EstimatePresented", "EstimateLinesApproved", "EstimateLinesDeclined");
        assertThat(events).extracting(ConsumerRecord::key).containsOnly(ro);
        assertThat(events).extracting(ConsumerRecord::partition).containsOnly(events.get(0).partition());

        String presented = events.get(1).value();
        assertThat((Integer) JsonPath.read(presented, "$.payload.estimateVersion")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(presented, "$.payload.total.amount")).isEqualTo(45_000 + 50_000 + 6_000);
        assertThat((List<String>) JsonPath.read(presented, "$.payload.lines[*].lineId")).containsExactly("L1", "L2", "L3");

        String approved = events.get(2).value();
        assertThat(KafkaProbe.header(events.get(2), "eventType")).isEqualTo("EstimateLinesApproved");
        assertThat(KafkaProbe.header(events.get(2), "dealerId")).isEqualTo(dealer.id());
        assertThat((String) JsonPath.read(approved, "$.source")).isEqualTo("reception");
        assertThat((String) JsonPath.read(approved, "$.payload.repairOrderId")).isEqualTo(ro);
        assertThat((String) JsonPath.read(approved, "$.payload.repairOrderNumber")).startsWith("RO-");
        assertThat((String) JsonPath.read(approved, "$.payload.how")).isEqualTo("IN_PERSON");
        assertThat((String) JsonPath.read(approved, "$.payload.recordedBy")).isEqualTo("adv-1");
        assertThat((List<String>) JsonPath.read(approved, "$.payload.lines[*].lineId")).containsExactly("L1", "L2");
        assertThat((String) JsonPath.read(approved, "$.payload.lines[1].kind")).isEqualTo("PART");
        assertThat((String) JsonPath.read(approved, "$.payload.lines[1].partNumber")).isEqualTo("BP-200");
        assertThat((Integer) JsonPath.read(approved, "$.payload.lines[1].quantity")).isEqualTo(2);
        Map<String, Object> price = JsonPath.read(approved, "$.payload.lines[1].price");
        assertThat(price).containsOnlyKeys("amount", "currency");

        String declined = events.get(3).value();
        assertThat((String) JsonPath.read(declined, "$.payload.customerId")).startsWith("cust-");
        assertThat((String) JsonPath.read(declined, "$.payload.vehicleId")).startsWith("veh-");
        assertThat((String) JsonPath.read(declined, "$.payload.advisorId")).isEqualTo("adv-1");
        assertThat((String) JsonPath.read(declined, "$.payload.lines[0].lineId")).isEqualTo("L3");
        assertThat((String) JsonPath.read(declined, "$.payload.lines[0].description")).isEqualTo("Replace rear wiper blades");
        assertThat((String) JsonPath.read(declined, "$.payload.lines[0].reason")).isEqualTo("PRICE_TOO_HIGH");
        assertThat((Integer) JsonPath.read(declined, "$.payload.lines[0].estimatedPrice.amount")).isEqualTo(6_000);
    }

    @Test
    @DisplayName("S5.1: a refused decision publishes nothing")
    void aRefusedDecisionPublishesNothing() throws Exception {
        dealer.post("/api/repair-orders/{id}/estimate/decisions", """
                {"how":"PHONE","recordedBy":"adv-1","decisions":[{"lineId":"L1","approved":true}]}""", ro).andExpect(status().isOk());
        dealer.post("/api/repair-orders/{id}/estimate/decisions", """
                {"how":"PHONE","recordedBy":"adv-1","decisions":[{"lineId":"L1","approved":false}]}""", ro)
                .andExpect(status().isConflict());
        dealer.post("/api/repair-orders/{id}/estimate/decisions", """
                {"how":"PHONE","recordedBy":"adv-1","decisions":[{"lineId":"L2","approved":false},{"lineId":"L3","approved":false}]}""", ro)
                .andExpect(status().isOk());

        List<ConsumerRecord<String, String>> events = reception.eventsOf(ro, "EstimateLinesDeclined");

        assertThat(events).extracting(ReceptionEventsReader::type)
                .containsExactly("RepairOrderOpened", "EstimatePresented", "EstimateLinesApproved", "EstimateLinesDeclined");
        assertThat((List<String>) JsonPath.read(events.get(3).value(), "$.payload.lines[*].lineId")).containsExactly("L2", "L3");
        assertThat(type(events.get(2))).isEqualTo("EstimateLinesApproved");
    }
}
