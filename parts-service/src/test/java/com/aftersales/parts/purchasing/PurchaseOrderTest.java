package com.aftersales.parts.purchasing;

import com.aftersales.platform.domain.DomainRuleViolation;
import com.aftersales.platform.domain.IllegalTransitionException;
import com.aftersales.platform.domain.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

class PurchaseOrderTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");

    static PurchaseOrder ordered(String specialFor) {
        return PurchaseOrder.place("po-1", "dealer-1", new PurchaseOrder.Order("FAW-VW", TODAY,
                List.of(new PurchaseOrder.OrderedPart("OF-100", 5), new PurchaseOrder.OrderedPart("EO-5W30", 8)),
                specialFor, "clerk-1"), TODAY, NOW);
    }

    static List<PurchaseOrder.ReceivedPart> came(String partNumber, int quantity) {
        return List.of(new PurchaseOrder.ReceivedPart(partNumber, quantity));
    }

    @Test
    @DisplayName("S6.1: an order is placed for parts expected on a day; everything is still to come")
    void anOrderIsPlaced() {
        PurchaseOrder order = ordered("ro-1");

        assertThat(order.status()).isEqualTo(PurchaseOrder.Status.OPEN);
        assertThat(order.isOpen()).isTrue();
        assertThat(order.specialOrderForRepairOrderId()).isEqualTo("ro-1");
        assertThat(order.lines()).extracting(PurchaseOrder.Line::outstanding).containsExactly(5, 8);
    }

    @Test
    @DisplayName("S6.1: an order expected in the past or naming a part twice is refused as bad input")
    void aBadOrderIsRefused() {
        assertThatThrownBy(() -> PurchaseOrder.place("po-1", "dealer-1", new PurchaseOrder.Order("FAW-VW", TODAY.minusDays(1),
                List.of(new PurchaseOrder.OrderedPart("OF-100", 5)), null, null), TODAY, NOW))
                .asInstanceOf(type(InvalidInputException.class))
                .satisfies(e -> assertThat(e.field()).isEqualTo("expectedOn"));
        assertThatThrownBy(() -> PurchaseOrder.place("po-1", "dealer-1", new PurchaseOrder.Order("FAW-VW", TODAY,
                List.of(new PurchaseOrder.OrderedPart("OF-100", 5), new PurchaseOrder.OrderedPart("OF-100", 1)), null, null),
                TODAY, NOW))
                .asInstanceOf(type(InvalidInputException.class))
                .satisfies(e -> assertThat(e.field()).isEqualTo("lines[1].partNumber"));
    }

    @Test
    @DisplayName("S6.1: what actually came is booked; the order is partly, then fully received")
    void whatCameIsBooked() {
        PurchaseOrder order = ordered(null);

        PurchaseOrder.Receipt first = order.receive(came("OF-100", 5), "clerk-1", NOW);
        assertThat(order.status()).isEqualTo(PurchaseOrder.Status.PARTLY_RECEIVED);
        assertThat(first.receiptId()).isNotBlank();

        order.receive(came("EO-5W30", 8), "clerk-2", NOW);
        assertThat(order.status()).isEqualTo(PurchaseOrder.Status.RECEIVED);
        assertThat(order.isOpen()).isFalse();
        assertThat(order.receipts()).extracting(PurchaseOrder.Receipt::receivedBy).containsExactly("clerk-1", "clerk-2");
    }

    @Test
    @DisplayName("S6.1: a part that is not on the order, or more than is still to come, is refused (422) and nothing is booked")
    void aWrongReceiptIsRefused() {
        PurchaseOrder order = ordered(null);
        order.receive(came("OF-100", 3), "clerk-1", NOW);

        assertThatThrownBy(() -> order.receive(came("XX-1", 1), "clerk-1", NOW))
                .asInstanceOf(type(DomainRuleViolation.class))
                .satisfies(e -> {
                    assertThat(e.rule()).isEqualTo("S6.1-receipt-on-order");
                    assertThat(e.field()).isEqualTo("lines[0].partNumber");
                });
        assertThatThrownBy(() -> order.receive(List.of(new PurchaseOrder.ReceivedPart("EO-5W30", 1),
                new PurchaseOrder.ReceivedPart("OF-100", 3)), "clerk-1", NOW))
                .asInstanceOf(type(DomainRuleViolation.class))
                .satisfies(e -> {
                    assertThat(e.rule()).isEqualTo("S6.1-receipt-within-order");
                    assertThat(e.field()).isEqualTo("lines[1].quantity");
                });
        assertThat(order.lines()).extracting(PurchaseOrder.Line::received).containsExactly(3, 0);
        assertThat(order.receipts()).hasSize(1);
    }

    @Test
    @DisplayName("S6.1: a fully received order takes no more goods (409)")
    void aReceivedOrderIsClosed() {
        PurchaseOrder order = ordered(null);
        order.receive(List.of(new PurchaseOrder.ReceivedPart("OF-100", 5), new PurchaseOrder.ReceivedPart("EO-5W30", 8)),
                "clerk-1", NOW);

        assertThatThrownBy(() -> order.receive(came("OF-100", 1), "clerk-1", NOW))
                .asInstanceOf(type(IllegalTransitionException.class))
                .satisfies(e -> assertThat(e.currentState()).isEqualTo("RECEIVED"));
    }
}
