package com.aftersales.reception.timeline;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** G1: each step of the timeline says in a line what happened and who did it. */
class TimelineSummariesTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static JsonNode payload(String json) {
        return JSON.readTree(json);
    }

    @Test
    @DisplayName("G1: known events get a sentence with their facts")
    void knownEventsGetASentence() {
        assertThat(TimelineSummaries.summary("CustomerGreeted", payload("{\"waitSeconds\":135}")))
                .isEqualTo("Customer greeted after waiting 2 min 15 s");
        assertThat(TimelineSummaries.summary("EstimatePresented", payload("""
                {"estimateVersion":2,"lines":[{},{}],"total":{"amount":123456,"currency":"CNY"},
                 "readyFrom":"2026-11-27T06:00:00Z","readyBy":"2026-11-27T08:00:00Z"}""")))
                .isEqualTo("Estimate version 2 presented: 2 line(s), 1234.56 CNY, ready between 2026-11-27T06:00:00Z and 2026-11-27T08:00:00Z");
        assertThat(TimelineSummaries.summary("ConcernRecorded", payload("""
                {"concernId":"C2","correctsConcernId":"C1","customerWords":"right, not left"}""")))
                .isEqualTo("Concern C2 corrects C1: \"right, not left\"");
    }

    @Test
    @DisplayName("G1: an event nobody described yet is named by its type")
    void unknownEventsAreNamedByTheirType() {
        assertThat(TimelineSummaries.summary("VehicleDelivered", payload("{}"))).isEqualTo("Vehicle delivered");
        assertThat(TimelineSummaries.words("InvoiceIssued")).isEqualTo("Invoice issued");
    }

    @Test
    @DisplayName("G1: who is the person named in the event, else the appointment's advisor, else the service")
    void whoDidIt() {
        assertThat(TimelineSummaries.who(payload("{\"recordedBy\":\"adv-1\",\"advisorId\":\"adv-2\"}"), "reception")).isEqualTo("adv-1");
        assertThat(TimelineSummaries.who(payload("{\"preparation\":{\"advisorId\":\"adv-3\"}}"), "appointment")).isEqualTo("adv-3");
        assertThat(TimelineSummaries.who(payload("{\"partNumber\":\"X\"}"), "parts")).isEqualTo("parts-service");
    }
}
