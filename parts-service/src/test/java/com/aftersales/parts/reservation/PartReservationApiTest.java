package com.aftersales.parts.reservation;

import com.aftersales.parts.support.Dealership;
import com.aftersales.parts.support.Reception;
import com.aftersales.platform.test.KafkaProbe;
import com.aftersales.platform.test.ServiceTest;
import com.jayway.jsonpath.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static com.aftersales.parts.support.Dealership.read;
import static com.aftersales.parts.support.Dealership.today;
import static com.aftersales.platform.test.ProblemMatchers.domainRule;
import static com.aftersales.platform.test.ProblemMatchers.illegalTransition;
import static com.aftersales.platform.test.ProblemMatchers.invalid;
import static com.aftersales.platform.test.ProblemMatchers.notFound;
import static com.aftersales.platform.test.ProblemMatchers.staleVersion;
import static com.aftersales.parts.support.Reception.part;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The parts counter through HTTP (step 6): the picking list, issuing to jobs and taking back, the open
 * backorders with their scripts (S6.3), and arrivals filling them oldest promise first (S6.2). Reservations
 * come from reception's events, as in production.
 */
@ServiceTest
class PartReservationApiTest {

    @Autowired
    MockMvc http;

    Dealership dealer;
    Reception others;

    @BeforeEach
    void freshDealer() throws Exception {
        dealer = Dealership.fresh(http).withPart("OF-100", "Oil filter", 5, 0).withPart("EO-5W30", "Engine oil 5W-30", 0, 0);
        others = new Reception(dealer);
    }

    static Instant inHours(int hours) {
        return Instant.now().plus(hours, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    }

    /** A walk-in repair order promised in {@code hours} whose approved estimate needs these parts. */
    String repairOrderNeeding(int hours, String partNumber, int quantity) throws Exception {
        String repairOrder = others.openRepairOrder(null, inHours(hours));
        others.approve(repairOrder, partNumber, quantity, "l1:" + partNumber + ":" + quantity);
        return repairOrder;
    }

    String reservationOf(String repairOrder) throws Exception {
        return others.reservationIdOf("repairOrderId", repairOrder);
    }

    String issue(String partNumber, int quantity) {
        return """
                {"partNumber":"%s","quantity":%d,"jobId":"job-1","issuedBy":"clerk-1"}""".formatted(partNumber, quantity);
    }

    String giveBack(String partNumber, int quantity) {
        return """
                {"partNumber":"%s","quantity":%d,"returnedBy":"tech-3"}""".formatted(partNumber, quantity);
    }

    @Test
    @DisplayName("Step 6: a reservation is read back by id with its lines; an unknown one is a 404")
    void aReservationIsReadBack() throws Exception {
        String reservation = reservationOf(repairOrderNeeding(3, "OF-100", 2));

        dealer.get("/api/part-reservations/{id}", reservation)
                .andExpect(status().isOk())
                .andExpect(header().exists("ETag"))
                .andExpect(jsonPath("$.status").value("RESERVED"))
                .andExpect(jsonPath("$.lines[0].partNumber").value("OF-100"))
                .andExpect(jsonPath("$.lines[0].requested").value(2))
                .andExpect(jsonPath("$.lines[0].reserved").value(2))
                .andExpect(jsonPath("$.lines[0].backordered").value(0))
                .andExpect(jsonPath("$.lines[0].issued").value(0))
                .andExpect(jsonPath("$.lines[0].returned").value(0));
        dealer.get("/api/part-reservations/{id}", "nope").andExpect(notFound("part reservation"));
        Dealership.fresh(http).get("/api/part-reservations/{id}", reservation).andExpect(notFound("part reservation"));
    }

    @Test
    @DisplayName("Step 6: the picking list shows reserved, unissued parts of repair orders with their bins, oldest first")
    void thePickingList() throws Exception {
        String first = repairOrderNeeding(5, "OF-100", 2);
        String second = repairOrderNeeding(2, "OF-100", 1);
        others.book(today().plusDays(2), "09:00", part("OF-100", 1));

        dealer.get("/api/part-reservations/picking-list")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[*].repairOrderId", contains(first, second)))
                .andExpect(jsonPath("$.items[0].binLocation").value("A-01-6"))
                .andExpect(jsonPath("$.items[0].quantity").value(2))
                .andExpect(jsonPath("$.items[0].name").value("Oil filter"));

        dealer.post("/api/part-reservations/{id}/issues", issue("OF-100", 2), reservationOf(first)).andExpect(status().isOk());
        dealer.get("/api/part-reservations/picking-list").andExpect(jsonPath("$.items[*].repairOrderId", contains(second)));
    }

    @Test
    @DisplayName("S11.1: issuing parts to a job takes them from stock and publishes PartsIssued keyed by the RO, with the price")
    void issuingPublishesPartsIssued() throws Exception {
        String repairOrder = repairOrderNeeding(3, "OF-100", 3);
        String reservation = reservationOf(repairOrder);

        dealer.post("/api/part-reservations/{id}/issues", issue("OF-100", 2), reservation)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[0].issued").value(2))
                .andExpect(jsonPath("$.lines[0].reserved").value(1))
                .andExpect(jsonPath("$.movements[0].kind").value("ISSUE"))
                .andExpect(jsonPath("$.movements[0].by").value("clerk-1"));

        assertThat(dealer.onHand("OF-100")).isEqualTo(3);
        assertThat(dealer.reserved("OF-100")).isEqualTo(1);
        assertThat(dealer.available("OF-100")).isEqualTo(2);
        ConsumerRecord<String, String> issued = others.partsEvents(repairOrder, "PartsIssued", 1).get(0);
        assertThat(issued.key()).isEqualTo(repairOrder);
        assertThat(KafkaProbe.header(issued, "dealerId")).isEqualTo(dealer.id());
        assertThat((String) JsonPath.read(issued.value(), "$.payload.repairOrderId")).isEqualTo(repairOrder);
        assertThat((String) JsonPath.read(issued.value(), "$.payload.jobId")).isEqualTo("job-1");
        assertThat((Integer) JsonPath.read(issued.value(), "$.payload.quantity")).isEqualTo(2);
        assertThat((Integer) JsonPath.read(issued.value(), "$.payload.unitPrice.amount")).isEqualTo(4500);
    }

    @Test
    @DisplayName("Step 6: issuing more than is reserved and not issued is refused (422), so is bad input (400); nothing changes")
    void issuingTooMuchIsRefused() throws Exception {
        String reservation = reservationOf(repairOrderNeeding(3, "OF-100", 2));
        String before = dealer.snapshot("/api/part-reservations/{id}", reservation);
        String stockBefore = dealer.snapshot("/api/parts/{partNumber}", "OF-100");

        dealer.post("/api/part-reservations/{id}/issues", issue("OF-100", 3), reservation)
                .andExpect(domainRule("S6-issue-within-reservation", "quantity"))
                .andExpect(jsonPath("$.detail").value(containsString("only 2")));
        dealer.post("/api/part-reservations/{id}/issues", issue("EO-5W30", 1), reservation)
                .andExpect(domainRule("S6-issue-within-reservation", "partNumber"));
        dealer.post("/api/part-reservations/{id}/issues", "{\"partNumber\":\"\",\"quantity\":0}", reservation)
                .andExpect(invalid("partNumber"))
                .andExpect(jsonPath("$.errors[*].field").value(hasItems("quantity", "issuedBy")));
        dealer.postIfMatch("/api/part-reservations/{id}/issues", "\"0\"", issue("OF-100", 1), reservation)
                .andExpect(staleVersion());
        dealer.post("/api/part-reservations/{id}/issues", issue("OF-100", 1), "nope").andExpect(notFound("part reservation"));

        assertThat(dealer.snapshot("/api/part-reservations/{id}", reservation)).isEqualTo(before);
        assertThat(dealer.snapshot("/api/parts/{partNumber}", "OF-100")).isEqualTo(stockBefore);
    }

    @Test
    @DisplayName("Step 6: parts pre-reserved for an appointment cannot be issued before its repair order is opened (409)")
    void aPreReservationCannotBeIssued() throws Exception {
        String appointment = others.book(today().plusDays(1), "09:00", part("OF-100", 1));
        String reservation = others.reservationIdOf("appointmentId", appointment);

        dealer.post("/api/part-reservations/{id}/issues", issue("OF-100", 1), reservation)
                .andExpect(illegalTransition("PRE_RESERVED"));

        assertThat(dealer.onHand("OF-100")).isEqualTo(5);
    }

    @Test
    @DisplayName("Step 6: unused parts are taken back into stock (PartsReturned); more than was issued is refused (422)")
    void unusedPartsAreReturned() throws Exception {
        String repairOrder = repairOrderNeeding(3, "OF-100", 2);
        String reservation = reservationOf(repairOrder);
        dealer.post("/api/part-reservations/{id}/issues", issue("OF-100", 2), reservation).andExpect(status().isOk());

        dealer.post("/api/part-reservations/{id}/returns", giveBack("OF-100", 1), reservation)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[0].returned").value(1));
        String before = dealer.snapshot("/api/part-reservations/{id}", reservation);
        dealer.post("/api/part-reservations/{id}/returns", giveBack("OF-100", 2), reservation)
                .andExpect(domainRule("S6-return-within-issued", "quantity"));
        dealer.post("/api/part-reservations/{id}/returns", "{\"partNumber\":\"OF-100\",\"quantity\":1}", reservation)
                .andExpect(invalid("returnedBy"));

        assertThat(dealer.snapshot("/api/part-reservations/{id}", reservation)).isEqualTo(before);
        assertThat(dealer.onHand("OF-100")).isEqualTo(4);
        assertThat(dealer.available("OF-100")).isEqualTo(4);
        ConsumerRecord<String, String> returned = others.partsEvents(repairOrder, "PartsReturned", 1).get(0);
        assertThat((String) JsonPath.read(returned.value(), "$.payload.returnedBy")).isEqualTo("tech-3");
    }

    @Test
    @DisplayName("S6.3: open backorders show RO, part, quantity, reason, the dealer's script and the expected date, oldest promise first")
    void theOpenBackorders() throws Exception {
        String later = repairOrderNeeding(6, "EO-5W30", 4);
        String sooner = repairOrderNeeding(2, "EO-5W30", 1);
        dealer.order("EO-5W30", 10, today().plusDays(3), null);
        dealer.put("/api/backorder-scripts/{reason}", "{\"script\":\"{quantity} x {partName} come on {expectedOn}.\"}",
                "OUT_OF_STOCK").andExpect(status().isOk());

        dealer.get("/api/part-reservations/backorders")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[*].repairOrderId", contains(sooner, later)))
                .andExpect(jsonPath("$.items[1].partNumber").value("EO-5W30"))
                .andExpect(jsonPath("$.items[1].quantity").value(4))
                .andExpect(jsonPath("$.items[1].reason").value("OUT_OF_STOCK"))
                .andExpect(jsonPath("$.items[1].expectedOn").value(today().plusDays(3).toString()))
                .andExpect(jsonPath("$.items[1].script").value("4 x Engine oil 5W-30 come on " + today().plusDays(3) + "."))
                .andExpect(jsonPath("$.items[1].promisedAt").isNotEmpty());
        dealer.get("/api/part-reservations/backorders?repairOrderId=" + later).andExpect(jsonPath("$.total").value(1));
        dealer.get("/api/part-reservations/backorders?partNumber=OF-100").andExpect(jsonPath("$.total").value(0));
        List<ConsumerRecord<String, String>> backordered = others.partsEvents(later, "PartsBackordered", 1);
        assertThat((String) JsonPath.read(backordered.get(0).value(), "$.payload.script")).contains("Engine oil 5W-30");
    }

    @Test
    @DisplayName("G2: a revised promise moves the repair order's backorder in the queue")
    void aRevisedPromiseMovesTheBackorder() throws Exception {
        String first = repairOrderNeeding(2, "EO-5W30", 1);
        String second = repairOrderNeeding(5, "EO-5W30", 1);
        dealer.get("/api/part-reservations/backorders").andExpect(jsonPath("$.items[*].repairOrderId", contains(first, second)));

        others.publish(Reception.RECEPTION, first, others.promiseRevised(Reception.newId(), first, inHours(9)));

        org.awaitility.Awaitility.await().atMost(Reception.PATIENCE).untilAsserted(() -> dealer.get("/api/part-reservations/backorders")
                .andExpect(jsonPath("$.items[*].repairOrderId", contains(second, first))));
    }

    @Test
    @DisplayName("S6.3: a part not in the catalogue is backordered as a special order; ordered for the RO it stays one")
    void anUnknownPartIsASpecialOrder() throws Exception {
        String repairOrder = repairOrderNeeding(3, "GB-777", 1);

        dealer.get("/api/part-reservations/backorders")
                .andExpect(jsonPath("$.items[0].reason").value("SPECIAL_ORDER"))
                .andExpect(jsonPath("$.items[0].expectedOn").doesNotExist());
        dealer.withPart("GB-777", 0);
        dealer.order("GB-777", 1, today().plusDays(5), repairOrder);
        dealer.get("/api/part-reservations/backorders")
                .andExpect(jsonPath("$.items[0].reason").value("SPECIAL_ORDER"))
                .andExpect(jsonPath("$.items[0].expectedOn").value(today().plusDays(5).toString()));
    }

    @Test
    @DisplayName("S6.1 / S6.2: an arrival fills backorders oldest promise first, tells each RO (BackorderedPartArrived) and stays in stock")
    void anArrivalFillsTheOldestPromiseFirst() throws Exception {
        String later = repairOrderNeeding(6, "EO-5W30", 4);
        String sooner = repairOrderNeeding(2, "EO-5W30", 2);
        String order = dealer.order("EO-5W30", 4, today(), null);

        dealer.receive(order, "EO-5W30", 4)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.filledBackorders[*].repairOrderId", contains(sooner, later)))
                .andExpect(jsonPath("$.filledBackorders[*].quantity", contains(2, 2)));

        dealer.get("/api/part-reservations/backorders")
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].repairOrderId").value(later))
                .andExpect(jsonPath("$.items[0].quantity").value(2));
        assertThat(dealer.onHand("EO-5W30")).isEqualTo(4);
        assertThat(dealer.reserved("EO-5W30")).isEqualTo(4);
        ConsumerRecord<String, String> arrived = others.partsEvents(sooner, "BackorderedPartArrived", 1).get(0);
        assertThat(arrived.key()).isEqualTo(sooner);
        assertThat((Integer) JsonPath.read(arrived.value(), "$.payload.quantity")).isEqualTo(2);
        assertThat((String) JsonPath.read(arrived.value(), "$.payload.partNumber")).isEqualTo("EO-5W30");
        assertThat(others.partsEvents(later, "BackorderedPartArrived", 1)).hasSize(1);
    }

    @Test
    @DisplayName("S6.2: a special order's own repair order is served first, whatever the promises")
    void aSpecialOrderServesItsRepairOrderFirst() throws Exception {
        String sooner = repairOrderNeeding(1, "EO-5W30", 1);
        String special = repairOrderNeeding(8, "EO-5W30", 1);
        String order = dealer.order("EO-5W30", 1, today(), special);

        dealer.receive(order, "EO-5W30", 1).andExpect(jsonPath("$.filledBackorders[*].repairOrderId", contains(special)));

        dealer.get("/api/part-reservations/backorders").andExpect(jsonPath("$.items[*].repairOrderId", contains(sooner)));
    }

    @Test
    @DisplayName("S6.2: stock freed by a cancelled appointment, or found at a stocktake, fills waiting backorders too")
    void freedStockFillsBackorders() throws Exception {
        dealer.stock("EO-5W30", 2, "delivery");
        String appointment = others.book(today().plusDays(1), "09:00", part("EO-5W30", 2));
        String waiting = repairOrderNeeding(2, "EO-5W30", 3);
        others.awaitLine(waiting, "EO-5W30", "backordered", 3);

        others.publish(Reception.APPOINTMENTS, appointment, others.cancelled(Reception.newId(), appointment));
        others.awaitLine(waiting, "EO-5W30", "reserved", 2);

        dealer.stock("EO-5W30", 1, "found at stocktake");
        others.awaitLine(waiting, "EO-5W30", "reserved", 3);
        others.awaitLine(waiting, "EO-5W30", "backordered", 0);
        assertThat(dealer.available("EO-5W30")).isZero();
        assertThat(others.partsEvents(waiting, "BackorderedPartArrived", 2)).hasSize(2);
    }
}
