package com.aftersales.parts.reservation;

import com.aftersales.contracts.DomainEvent;
import com.aftersales.contracts.Money;
import com.aftersales.contracts.parts.PartsEvents.BackorderedPartArrived;
import com.aftersales.contracts.parts.PartsEvents.PartQuantity;
import com.aftersales.contracts.parts.PartsEvents.PartsBackordered;
import com.aftersales.contracts.parts.PartsEvents.PartsIssued;
import com.aftersales.contracts.parts.PartsEvents.PartsReserved;
import com.aftersales.contracts.parts.PartsEvents.PartsReturned;
import com.aftersales.contracts.parts.PartsEvents.ReservationReleased;
import com.aftersales.parts.backorder.BackorderReason;
import com.aftersales.parts.part.Part;
import com.aftersales.platform.domain.DomainRuleViolation;
import com.aftersales.platform.domain.IllegalTransitionException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

class PartReservationTest {

    static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");
    static final Instant VISIT = Instant.parse("2026-11-28T01:00:00Z");
    static final Money PRICE = new Money(4_500, "CNY");

    /** Settles every line as the stock answered: reserved totals per part, short parts out of stock. */
    static void stockGives(PartReservation reservation, Map<String, Integer> reservedTotals) {
        reservation.settle(reservedTotals.entrySet().stream()
                .map(e -> new PartReservation.Settlement(e.getKey(), e.getValue(), BackorderReason.OUT_OF_STOCK,
                        "script for " + e.getKey(), LocalDate.of(2026, 12, 1)))
                .toList(), NOW);
    }

    static PartReservation preReserved(Map<String, Integer> expected) {
        PartReservation reservation = PartReservation.forAppointment("dealer-1", "appt-1", VISIT, NOW);
        reservation.expect(expected, Map.of(), VISIT);
        return reservation;
    }

    /** A repair order's reservation holding 3 of OF-100 (all requested). */
    static PartReservation forRepairOrderHolding3() {
        PartReservation reservation = PartReservation.forRepairOrder("dealer-1", "ro-1", "RO-1", VISIT, NOW);
        reservation.approve("l1", "OF-100", "Oil filter", 3);
        stockGives(reservation, Map.of("OF-100", 3));
        return reservation;
    }

    static <E extends DomainEvent> List<E> events(PartReservation reservation, Class<E> type) {
        return reservation.raisedEvents().stream().filter(type::isInstance).map(type::cast).toList();
    }

    static PartReservation.Line line(PartReservation reservation, String partNumber) {
        return reservation.line(partNumber).orElseThrow();
    }

    @Nested
    class PreReservation {

        @Test
        @DisplayName("S2.2: a booking's expected parts are pre-reserved for the appointment; PartsReserved keyed by the appointment")
        void expectedPartsArePreReserved() {
            PartReservation reservation = preReserved(Map.of("OF-100", 1, "EO-5W30", 4));

            assertThat(reservation.reservedTotalsWanted()).containsEntry("OF-100", 1).containsEntry("EO-5W30", 4);
            stockGives(reservation, Map.of("OF-100", 1, "EO-5W30", 4));

            assertThat(reservation.status()).isEqualTo(PartReservation.Status.PRE_RESERVED);
            assertThat(line(reservation, "EO-5W30").reserved()).isEqualTo(4);
            PartsReserved reserved = events(reservation, PartsReserved.class).get(0);
            assertThat(reserved.appointmentId()).isEqualTo("appt-1");
            assertThat(reserved.repairOrderId()).isNull();
            assertThat(reserved.aggregateKey()).isEqualTo("appt-1");
            assertThat(reserved.lines()).containsExactlyInAnyOrder(new PartQuantity("OF-100", 1), new PartQuantity("EO-5W30", 4));
        }

        @Test
        @DisplayName("S2.2 / S6.3: what is not in stock becomes a backorder line with its reason and script")
        void whatIsShortIsBackordered() {
            PartReservation reservation = preReserved(Map.of("EO-5W30", 4));

            stockGives(reservation, Map.of("EO-5W30", 1));

            PartReservation.Line oil = line(reservation, "EO-5W30");
            assertThat(oil.reserved()).isEqualTo(1);
            assertThat(oil.backordered()).isEqualTo(3);
            assertThat(oil.reason()).isEqualTo(BackorderReason.OUT_OF_STOCK);
            assertThat(oil.script()).isEqualTo("script for EO-5W30");
            assertThat(reservation.openBackorderParts()).containsExactly("EO-5W30");
            PartsBackordered backordered = events(reservation, PartsBackordered.class).get(0);
            assertThat(backordered.quantity()).isEqualTo(3);
            assertThat(backordered.reason()).isEqualTo("OUT_OF_STOCK");
            assertThat(backordered.expectedOn()).isEqualTo(LocalDate.of(2026, 12, 1));
        }

        @Test
        @DisplayName("S2.2: settling again with what the stock already gave raises nothing new (redelivery)")
        void settlingTheSameAgainRaisesNothing() {
            PartReservation reservation = preReserved(Map.of("EO-5W30", 4));
            stockGives(reservation, Map.of("EO-5W30", 1));
            int raised = reservation.raisedEvents().size();

            stockGives(reservation, Map.of("EO-5W30", 1));

            assertThat(reservation.raisedEvents()).hasSize(raised);
            assertThat(line(reservation, "EO-5W30").backordered()).isEqualTo(3);
        }

        @Test
        @DisplayName("S2.2: a cancellation or no-show releases everything held and closes the backorders")
        void aReleaseGivesEverythingBack() {
            PartReservation reservation = preReserved(Map.of("OF-100", 1, "EO-5W30", 4));
            stockGives(reservation, Map.of("OF-100", 1, "EO-5W30", 2));

            List<PartQuantity> released = reservation.release("APPOINTMENT_CANCELLED", NOW);

            assertThat(released).containsExactlyInAnyOrder(new PartQuantity("OF-100", 1), new PartQuantity("EO-5W30", 2));
            assertThat(reservation.status()).isEqualTo(PartReservation.Status.RELEASED);
            assertThat(line(reservation, "EO-5W30").reserved()).isZero();
            assertThat(line(reservation, "EO-5W30").backordered()).isZero();
            assertThat(reservation.totalsOf("EO-5W30")).isEqualTo(new Part.Totals(0, 2, 0));
            assertThat(reservation.openBackorderParts()).isEmpty();
            ReservationReleased event = events(reservation, ReservationReleased.class).get(0);
            assertThat(event.reason()).isEqualTo("APPOINTMENT_CANCELLED");
            assertThat(event.aggregateKey()).isEqualTo("appt-1");
        }

        @Test
        @DisplayName("S2.2: a released reservation cannot be released again nor take new parts (409)")
        void aReleasedReservationIsClosed() {
            PartReservation reservation = preReserved(Map.of("OF-100", 1));
            reservation.release("NO_SHOW", NOW);

            assertThatThrownBy(() -> reservation.release("NO_SHOW", NOW))
                    .asInstanceOf(type(IllegalTransitionException.class))
                    .satisfies(e -> assertThat(e.currentState()).isEqualTo("RELEASED"));
            assertThatThrownBy(() -> reservation.approve("l1", "OF-100", "Oil filter", 1))
                    .isInstanceOf(IllegalTransitionException.class);
        }

        @Test
        @DisplayName("S2.2: a rescheduling with less expected work gives the surplus back")
        void aLowerExpectationReleasesTheSurplus() {
            PartReservation reservation = preReserved(Map.of("EO-5W30", 4));
            stockGives(reservation, Map.of("EO-5W30", 4));

            reservation.expect(Map.of("EO-5W30", 3), Map.of(), VISIT);
            stockGives(reservation, Map.of("EO-5W30", 4));

            assertThat(line(reservation, "EO-5W30").reserved()).isEqualTo(3);
            assertThat(reservation.totalsOf("EO-5W30").released()).isEqualTo(1);
        }
    }

    @Nested
    class RepairOrder {

        @Test
        @DisplayName("S3.1 / S2.2: the repair order takes over the pre-reservation; RO-keyed events tell what is held and missing")
        void theRepairOrderTakesOverThePreReservation() {
            PartReservation reservation = preReserved(Map.of("OF-100", 1, "EO-5W30", 4));
            stockGives(reservation, Map.of("OF-100", 1, "EO-5W30", 2));
            int before = reservation.raisedEvents().size();

            reservation.assignTo("ro-1", "RO-1", Instant.parse("2026-11-28T09:00:00Z"), NOW);

            assertThat(reservation.status()).isEqualTo(PartReservation.Status.RESERVED);
            assertThat(reservation.repairOrderId()).isEqualTo("ro-1");
            assertThat(reservation.promisedAt()).isEqualTo(Instant.parse("2026-11-28T09:00:00Z"));
            List<DomainEvent> raised = reservation.raisedEvents().subList(before, reservation.raisedEvents().size());
            assertThat(raised).extracting(DomainEvent::aggregateKey).containsOnly("ro-1");
            assertThat(raised).hasAtLeastOneElementOfType(PartsReserved.class).hasAtLeastOneElementOfType(PartsBackordered.class);
        }

        @Test
        @DisplayName("Step 6: an approved estimate counts what the pre-reservation holds for the same part (no double reservation)")
        void anApprovalCountsThePreReservation() {
            PartReservation reservation = preReserved(Map.of("EO-5W30", 4));
            stockGives(reservation, Map.of("EO-5W30", 4));
            reservation.assignTo("ro-1", "RO-1", null, NOW);

            reservation.approve("l1", "EO-5W30", "Engine oil", 5);

            assertThat(line(reservation, "EO-5W30").requested()).isEqualTo(5);
            assertThat(reservation.reservedTotalsWanted()).containsEntry("EO-5W30", 5);
        }

        @Test
        @DisplayName("Step 6: an estimate line is counted once, however often its approval arrives; new lines add up")
        void anEstimateLineCountsOnce() {
            PartReservation reservation = PartReservation.forRepairOrder("dealer-1", "ro-1", "RO-1", null, NOW);

            reservation.approve("l1", "OF-100", "Oil filter", 1);
            reservation.approve("l1", "OF-100", "Oil filter", 1);
            reservation.approve("l2", "OF-100", "Oil filter", 2);

            assertThat(line(reservation, "OF-100").requested()).isEqualTo(3);
        }

        @Test
        @DisplayName("S6.2: a filled backorder of a repair order raises BackorderedPartArrived keyed by the RO")
        void aFilledBackorderTellsTheRepairOrder() {
            PartReservation reservation = PartReservation.forRepairOrder("dealer-1", "ro-1", "RO-1", null, NOW);
            reservation.approve("l1", "EO-5W30", "Engine oil", 4);
            stockGives(reservation, Map.of("EO-5W30", 1));

            int filled = reservation.fillBackorder("EO-5W30", 3, NOW);

            assertThat(filled).isEqualTo(2);
            assertThat(line(reservation, "EO-5W30").reserved()).isEqualTo(3);
            assertThat(line(reservation, "EO-5W30").backordered()).isEqualTo(1);
            BackorderedPartArrived arrived = events(reservation, BackorderedPartArrived.class).get(0);
            assertThat(arrived.repairOrderId()).isEqualTo("ro-1");
            assertThat(arrived.quantity()).isEqualTo(2);
            assertThat(arrived.aggregateKey()).isEqualTo("ro-1");

            reservation.fillBackorder("EO-5W30", 4, NOW);
            assertThat(line(reservation, "EO-5W30").backordered()).isZero();
            assertThat(line(reservation, "EO-5W30").reason()).isNull();
            assertThat(reservation.openBackorderParts()).isEmpty();
        }
    }

    @Nested
    class IssuingAndReturning {

        @Test
        @DisplayName("S11.1: issuing reserved parts raises PartsIssued with the RO, job, price and who")
        void issuingRaisesPartsIssued() {
            PartReservation reservation = forRepairOrderHolding3();

            reservation.issue("OF-100", 2, "job-7", "clerk-1", PRICE, NOW);

            PartReservation.Line filter = line(reservation, "OF-100");
            assertThat(filter.issued()).isEqualTo(2);
            assertThat(filter.reserved()).isEqualTo(1);
            assertThat(reservation.totalsOf("OF-100")).isEqualTo(new Part.Totals(2, 0, 0));
            PartsIssued issued = events(reservation, PartsIssued.class).get(0);
            assertThat(issued.repairOrderId()).isEqualTo("ro-1");
            assertThat(issued.jobId()).isEqualTo("job-7");
            assertThat(issued.unitPrice()).isEqualTo(PRICE);
            assertThat(issued.issuedBy()).isEqualTo("clerk-1");
            assertThat(issued.aggregateKey()).isEqualTo("ro-1");
        }

        @Test
        @DisplayName("Step 6: issuing more than is reserved and not yet issued is refused (422 S6-issue-within-reservation)")
        void issuingMoreThanReservedIsRefused() {
            PartReservation reservation = forRepairOrderHolding3();
            reservation.issue("OF-100", 2, null, "clerk-1", PRICE, NOW);

            assertThatThrownBy(() -> reservation.issue("OF-100", 2, null, "clerk-1", PRICE, NOW))
                    .asInstanceOf(type(DomainRuleViolation.class))
                    .satisfies(e -> {
                        assertThat(e.rule()).isEqualTo("S6-issue-within-reservation");
                        assertThat(e.field()).isEqualTo("quantity");
                    });
            assertThatThrownBy(() -> reservation.issue("XX-1", 1, null, "clerk-1", PRICE, NOW))
                    .asInstanceOf(type(DomainRuleViolation.class))
                    .satisfies(e -> assertThat(e.field()).isEqualTo("partNumber"));
            assertThat(line(reservation, "OF-100").issued()).isEqualTo(2);
        }

        @Test
        @DisplayName("Step 6: parts of a pre-reservation cannot be issued before the repair order is opened (409)")
        void aPreReservationCannotBeIssued() {
            PartReservation reservation = preReserved(Map.of("OF-100", 1));
            stockGives(reservation, Map.of("OF-100", 1));

            assertThatThrownBy(() -> reservation.issue("OF-100", 1, null, "clerk-1", PRICE, NOW))
                    .asInstanceOf(type(IllegalTransitionException.class))
                    .satisfies(e -> assertThat(e.currentState()).isEqualTo("PRE_RESERVED"));
        }

        @Test
        @DisplayName("Step 6: unused parts are taken back, no more than were issued (422 S6-return-within-issued)")
        void unusedPartsAreTakenBack() {
            PartReservation reservation = forRepairOrderHolding3();
            reservation.issue("OF-100", 2, null, "clerk-1", PRICE, NOW);

            reservation.takeBack("OF-100", 1, "tech-3", NOW);

            assertThat(line(reservation, "OF-100").returned()).isEqualTo(1);
            assertThat(events(reservation, PartsReturned.class)).singleElement()
                    .satisfies(event -> assertThat(event.returnedBy()).isEqualTo("tech-3"));
            assertThatThrownBy(() -> reservation.takeBack("OF-100", 2, "tech-3", NOW))
                    .asInstanceOf(type(DomainRuleViolation.class))
                    .satisfies(e -> assertThat(e.rule()).isEqualTo("S6-return-within-issued"));
            assertThat(line(reservation, "OF-100").returned()).isEqualTo(1);
        }

        @Test
        @DisplayName("Step 6: for every line, reserved + backordered = requested - issued")
        void theLineAddsUp() {
            PartReservation reservation = PartReservation.forRepairOrder("dealer-1", "ro-1", "RO-1", null, NOW);
            reservation.approve("l1", "EO-5W30", "Engine oil", 5);
            stockGives(reservation, Map.of("EO-5W30", 3));
            reservation.issue("EO-5W30", 2, null, "clerk-1", PRICE, NOW);

            PartReservation.Line oil = line(reservation, "EO-5W30");
            assertThat(oil.reserved() + oil.backordered()).isEqualTo(oil.requested() - oil.issued());
            assertThat(oil.reserved()).isEqualTo(1);
            assertThat(oil.backordered()).isEqualTo(2);
        }
    }

    @Test
    @DisplayName("Idempotency: the reservation of an appointment has one id, derived from dealer and appointment")
    void idsAreDerived() {
        assertThat(PartReservation.idForAppointment("dealer-1", "appt-1"))
                .isEqualTo(PartReservation.idForAppointment("dealer-1", "appt-1"))
                .isNotEqualTo(PartReservation.idForAppointment("dealer-2", "appt-1"))
                .isNotEqualTo(PartReservation.idForRepairOrder("dealer-1", "appt-1"));
    }
}
