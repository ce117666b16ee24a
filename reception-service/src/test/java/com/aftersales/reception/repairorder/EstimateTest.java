package com.aftersales.reception.repairorder;

import com.aftersales.contracts.Money;
import com.aftersales.contracts.reception.ReceptionEvents.EstimateLinesApproved;
import com.aftersales.contracts.reception.ReceptionEvents.EstimateLinesDeclined;
import com.aftersales.contracts.reception.ReceptionEvents.EstimatePresented;
import com.aftersales.platform.domain.DomainRuleViolation;
import com.aftersales.platform.domain.IllegalTransitionException;
import com.aftersales.platform.domain.InvalidInputException;
import com.aftersales.platform.domain.NotFoundException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.aftersales.reception.repairorder.Fixtures.NOW;
import static com.aftersales.reception.repairorder.Fixtures.events;
import static com.aftersales.reception.repairorder.Fixtures.labour;
import static com.aftersales.reception.repairorder.Fixtures.lastEvent;
import static com.aftersales.reception.repairorder.Fixtures.later;
import static com.aftersales.reception.repairorder.Fixtures.part;
import static com.aftersales.reception.repairorder.Fixtures.partWhileDown;
import static com.aftersales.reception.repairorder.Fixtures.walkInOrder;
import static com.aftersales.reception.repairorder.Fixtures.withCompleteEstimate;
import static com.aftersales.reception.repairorder.Fixtures.withPresentedEstimate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Step 5, the estimate (S5.1): lines, pricing, versions, presenting, the customer's decisions. */
class EstimateTest {

    static RepairOrder.LineDecision approve(String lineId) {
        return new RepairOrder.LineDecision(lineId, true, null);
    }

    static RepairOrder.LineDecision decline(String lineId, String reason) {
        return new RepairOrder.LineDecision(lineId, false, reason);
    }

    static String rule(Throwable e) {
        return ((DomainRuleViolation) e).rule();
    }

    @Nested
    class Lines {

        @Test
        @DisplayName("S5.1: labour is standard hours x the labour rate; a part is price x quantity with its availability")
        void linesArePriced() {
            RepairOrder order = withCompleteEstimate();

            List<EstimateLine> lines = order.estimate().current().lines();
            assertThat(lines).extracting(EstimateLine::lineId).containsExactly("L1", "L2");
            assertThat(lines.get(0).price()).isEqualTo(new Money(90_000, "CNY"));
            assertThat(lines.get(0).priceSource()).isEqualTo(EstimateLine.PriceSource.LABOUR_RATE);
            assertThat(lines.get(1).price()).isEqualTo(new Money(50_000, "CNY"));
            assertThat(lines.get(1).description()).isEqualTo("Part BP-200");
            assertThat(lines.get(1).availability()).isEqualTo(EstimateLine.Availability.IN_STOCK);
            assertThat(order.estimate().current().total()).isEqualTo(new Money(140_000, "CNY"));
        }

        @Test
        @DisplayName("S5.1: a part short of stock shows SHORT with what is available")
        void aShortPartShowsItsAvailability() {
            RepairOrder order = walkInOrder();

            EstimateLine line = order.addEstimateLine(part("BP-200", 4, 25_000, 1));

            assertThat(line.availability()).isEqualTo(EstimateLine.Availability.SHORT);
            assertThat(line.availableQuantity()).isEqualTo(1);
        }

        @Test
        @DisplayName("S5.1: while parts-service is down a part line is added unpriced, its availability UNKNOWN")
        void aPartLineWhilePartsIsDownIsUnpricedAndUnknown() {
            RepairOrder order = walkInOrder();

            EstimateLine line = order.addEstimateLine(partWhileDown("BP-200", 2));

            assertThat(line.priced()).isFalse();
            assertThat(line.availability()).isEqualTo(EstimateLine.Availability.UNKNOWN);
            assertThat(line.description()).isEqualTo("BP-200");
            assertThat(order.estimate().current().total()).isNull();
        }

        @Test
        @DisplayName("S5.1: a manual price completes an unpriced line; the availability stays unknown")
        void aManualPriceCompletesAnUnpricedLine() {
            RepairOrder order = walkInOrder();
            order.addEstimateLine(partWhileDown("BP-200", 2));

            order.priceEstimateLine("L1", new Money(48_000, "CNY"), "adv-2");

            EstimateLine line = order.estimate().current().line("L1").orElseThrow();
            assertThat(line.price()).isEqualTo(new Money(48_000, "CNY"));
            assertThat(line.priceSource()).isEqualTo(EstimateLine.PriceSource.MANUAL);
            assertThat(line.pricedBy()).isEqualTo("adv-2");
            assertThat(line.availability()).isEqualTo(EstimateLine.Availability.UNKNOWN);
        }

        @Test
        @DisplayName("S5.1: asking parts-service again replaces the unknown availability and prices the line")
        void repricingFillsInPriceAndAvailability() {
            RepairOrder order = walkInOrder();
            order.addEstimateLine(partWhileDown("BP-200", 2));

            order.repriceEstimateLine("L1", LinePricing.part(new Money(25_000, "CNY"), 2, 7, "BP-201", "Brake pads"));

            EstimateLine line = order.estimate().current().line("L1").orElseThrow();
            assertThat(line.price()).isEqualTo(new Money(50_000, "CNY"));
            assertThat(line.availability()).isEqualTo(EstimateLine.Availability.IN_STOCK);
            assertThat(line.supersededBy()).isEqualTo("BP-201");
        }

        @Test
        @DisplayName("S5.1: an estimate stays in one currency")
        void anEstimateStaysInOneCurrency() {
            RepairOrder order = withCompleteEstimate();
            order.addEstimateLine(partWhileDown("X-1", 1));

            assertThatThrownBy(() -> order.priceEstimateLine("L3", new Money(100, "EUR"), "adv-2"))
                    .isInstanceOf(DomainRuleViolation.class)
                    .extracting(EstimateTest::rule).isEqualTo("S5.1-currency");
        }

        @Test
        @DisplayName("S5.1: a line that is not in the estimate is not found")
        void anUnknownLineIsNotFound() {
            RepairOrder order = withCompleteEstimate();

            assertThatThrownBy(() -> order.removeEstimateLine("L9")).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> order.priceEstimateLine("L9", new Money(1, "CNY"), "a")).isInstanceOf(NotFoundException.class);
        }

        @Test
        @DisplayName("S5.1: the time range must end after it starts, and in the future")
        void theTimeRangeMustMakeSense() {
            RepairOrder order = walkInOrder();

            assertThatThrownBy(() -> order.setEstimateTimeRange(later(60), later(30), NOW)).isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> order.setEstimateTimeRange(later(-60), later(-30), NOW)).isInstanceOf(InvalidInputException.class);
            assertThat(order.estimate().current().readyBy()).isNull();
        }
    }

    @Nested
    class Presenting {

        @Test
        @DisplayName("S5.1: a complete estimate is presented: EstimatePresented carries lines, total and time range")
        void aCompleteEstimateIsPresented() {
            RepairOrder order = withCompleteEstimate();

            order.presentEstimate("adv-2", later(5));

            EstimateVersion version = order.estimate().current();
            assertThat(version.status()).isEqualTo(EstimateVersion.Status.PRESENTED);
            assertThat(version.presentedBy()).isEqualTo("adv-2");
            assertThat(order.status()).isEqualTo(RepairOrder.Status.AWAITING_APPROVAL);
            EstimatePresented event = lastEvent(order, EstimatePresented.class);
            assertThat(event.estimateVersion()).isEqualTo(1);
            assertThat(event.lines()).extracting(l -> l.lineId()).containsExactly("L1", "L2");
            assertThat(event.total()).isEqualTo(new Money(140_000, "CNY"));
            assertThat(event.readyFrom()).isEqualTo(later(120));
            assertThat(event.readyBy()).isEqualTo(later(180));
        }

        @Test
        @DisplayName("S5.1: an estimate with an unpriced line is not presented")
        void anUnpricedLineBlocksPresenting() {
            RepairOrder order = withCompleteEstimate();
            order.addEstimateLine(partWhileDown("X-1", 1));

            assertThatThrownBy(() -> order.presentEstimate("adv-2", later(5)))
                    .isInstanceOf(DomainRuleViolation.class)
                    .hasMessageContaining("L3")
                    .extracting(EstimateTest::rule).isEqualTo("S5.1-unpriced-line");
            assertThat(order.estimate().current().status()).isEqualTo(EstimateVersion.Status.DRAFT);
            assertThat(events(order, EstimatePresented.class)).isEmpty();
        }

        @Test
        @DisplayName("S5.1: an estimate without a time range is not presented")
        void aMissingTimeRangeBlocksPresenting() {
            RepairOrder order = walkInOrder();
            order.addEstimateLine(labour("Replace front brake pads", "3"));

            assertThatThrownBy(() -> order.presentEstimate("adv-2", later(5)))
                    .isInstanceOf(DomainRuleViolation.class)
                    .extracting(EstimateTest::rule).isEqualTo("S5.1-time-range");
        }

        @Test
        @DisplayName("S5.1: an empty estimate is not presented")
        void anEmptyEstimateIsNotPresented() {
            RepairOrder order = walkInOrder();
            order.setEstimateTimeRange(later(60), later(90), NOW);

            assertThatThrownBy(() -> order.presentEstimate("adv-2", later(5)))
                    .isInstanceOf(DomainRuleViolation.class)
                    .extracting(EstimateTest::rule).isEqualTo("S5.1-no-lines");
        }

        @Test
        @DisplayName("S5.1: a presented version is not presented again")
        void aPresentedVersionIsNotPresentedAgain() {
            RepairOrder order = withPresentedEstimate();

            assertThatThrownBy(() -> order.presentEstimate("adv-2", later(6)))
                    .isInstanceOf(IllegalTransitionException.class)
                    .extracting(e -> ((IllegalTransitionException) e).currentState()).isEqualTo("PRESENTED");
        }

        @Test
        @DisplayName("S5.1: a change after presenting starts a new version; the presented one is kept as it was")
        void aChangeAfterPresentingStartsANewVersion() {
            RepairOrder order = withPresentedEstimate();

            order.addEstimateLine(labour("Brake fluid change", "0.5"));

            assertThat(order.estimate().versions()).hasSize(2);
            EstimateVersion presented = order.estimate().version(1).orElseThrow();
            EstimateVersion draft = order.estimate().current();
            assertThat(presented.status()).isEqualTo(EstimateVersion.Status.PRESENTED);
            assertThat(presented.lines()).extracting(EstimateLine::lineId).containsExactly("L1", "L2");
            assertThat(draft.number()).isEqualTo(2);
            assertThat(draft.status()).isEqualTo(EstimateVersion.Status.DRAFT);
            assertThat(draft.lines()).extracting(EstimateLine::lineId).containsExactly("L1", "L2", "L3");
            assertThat(draft.readyBy()).isEqualTo(presented.readyBy());
            assertThat(order.status()).isEqualTo(RepairOrder.Status.OPEN);
        }

        @Test
        @DisplayName("S5.1: removing a line of a presented estimate starts a new version without it")
        void removingALineAfterPresentingStartsANewVersion() {
            RepairOrder order = withPresentedEstimate();

            order.removeEstimateLine("L2");

            assertThat(order.estimate().version(1).orElseThrow().lines()).hasSize(2);
            assertThat(order.estimate().current().lines()).extracting(EstimateLine::lineId).containsExactly("L1");
        }
    }

    @Nested
    class Decisions {

        @Test
        @DisplayName("S5.1: partial approval is normal: approved and declined lines are published separately")
        void partialApprovalPublishesBoth() {
            RepairOrder order = withPresentedEstimate();

            order.recordDecisions(DecisionMethod.IN_PERSON, "adv-2", List.of(approve("L1"), decline("L2", "PRICE_TOO_HIGH")), later(10));

            EstimateLine l1 = order.estimate().current().line("L1").orElseThrow();
            assertThat(l1.decision()).isEqualTo(new EstimateLine.Decision(true, null, DecisionMethod.IN_PERSON, "adv-2", later(10)));
            assertThat(order.estimate().current().status()).isEqualTo(EstimateVersion.Status.DECIDED);
            assertThat(order.status()).isEqualTo(RepairOrder.Status.APPROVED);
            assertThat(order.estimate().current().approvedTotal()).isEqualTo(new Money(90_000, "CNY"));
            assertThat(order.estimate().current().declinedTotal()).isEqualTo(new Money(50_000, "CNY"));
            EstimateLinesApproved approved = events(order, EstimateLinesApproved.class).get(0);
            assertThat(approved.repairOrderNumber()).isEqualTo("RO-20261127-0002");
            assertThat(approved.lines()).extracting(l -> l.lineId()).containsExactly("L1");
            assertThat(approved.how()).isEqualTo("IN_PERSON");
            assertThat(approved.recordedBy()).isEqualTo("adv-2");
            EstimateLinesDeclined declined = lastEvent(order, EstimateLinesDeclined.class);
            assertThat(declined.lines()).hasSize(1);
            assertThat(declined.lines().get(0).lineId()).isEqualTo("L2");
            assertThat(declined.lines().get(0).reason()).isEqualTo("PRICE_TOO_HIGH");
            assertThat(declined.lines().get(0).estimatedPrice()).isEqualTo(new Money(50_000, "CNY"));
            assertThat(declined.customerId()).isEqualTo("cust-2");
            assertThat(declined.vehicleId()).isEqualTo("veh-2");
            assertThat(declined.advisorId()).isEqualTo("adv-2");
        }

        @Test
        @DisplayName("S5.1: lines may be decided one call at a time; the version is decided when every line is")
        void linesMayBeDecidedOneAtATime() {
            RepairOrder order = withPresentedEstimate();

            order.recordDecisions(DecisionMethod.PHONE, "adv-2", List.of(approve("L1")), later(10));

            assertThat(order.estimate().current().status()).isEqualTo(EstimateVersion.Status.PRESENTED);
            assertThat(order.status()).isEqualTo(RepairOrder.Status.AWAITING_APPROVAL);
            assertThat(events(order, EstimateLinesDeclined.class)).isEmpty();

            order.recordDecisions(DecisionMethod.WRITTEN, "adv-2", List.of(approve("L2")), later(20));

            assertThat(order.estimate().current().status()).isEqualTo(EstimateVersion.Status.DECIDED);
            assertThat(events(order, EstimateLinesApproved.class)).hasSize(2);
        }

        @Test
        @DisplayName("S5.1: deciding a line twice is refused and changes nothing")
        void decidingALineTwiceIsRefused() {
            RepairOrder order = withPresentedEstimate();
            order.recordDecisions(DecisionMethod.PHONE, "adv-2", List.of(approve("L1")), later(10));
            int eventsBefore = order.raisedEvents().size();

            assertThatThrownBy(() -> order.recordDecisions(DecisionMethod.PHONE, "adv-2",
                    List.of(approve("L2"), decline("L1", "changed my mind")), later(11)))
                    .isInstanceOf(IllegalTransitionException.class)
                    .extracting(e -> ((IllegalTransitionException) e).currentState()).isEqualTo("APPROVED");
            assertThat(order.estimate().current().line("L2").orElseThrow().decided()).isFalse();
            assertThat(order.raisedEvents()).hasSize(eventsBefore);
        }

        @Test
        @DisplayName("S5.1: decisions name each line once and only lines of the presented version")
        void decisionsNameKnownLinesOnce() {
            RepairOrder order = withPresentedEstimate();

            assertThatThrownBy(() -> order.recordDecisions(DecisionMethod.PHONE, "adv-2", List.of(approve("L1"), approve("L1")), later(10)))
                    .isInstanceOf(InvalidInputException.class)
                    .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("decisions[1].lineId");
            assertThatThrownBy(() -> order.recordDecisions(DecisionMethod.PHONE, "adv-2", List.of(approve("L1"), approve("L7")), later(10)))
                    .isInstanceOf(DomainRuleViolation.class)
                    .extracting(EstimateTest::rule).isEqualTo("S5.1-unknown-line");
            assertThat(order.estimate().current().line("L1").orElseThrow().decided()).isFalse();
        }

        @Test
        @DisplayName("S5.1: nothing is decided on a draft: it is presented first")
        void decisionsOnADraftAreRefused() {
            RepairOrder order = withCompleteEstimate();

            assertThatThrownBy(() -> order.recordDecisions(DecisionMethod.PHONE, "adv-2", List.of(approve("L1")), later(10)))
                    .isInstanceOf(IllegalTransitionException.class)
                    .extracting(e -> ((IllegalTransitionException) e).currentState()).isEqualTo("DRAFT");
        }

        @Test
        @DisplayName("S5.1: every line declined leaves the RO DECLINED")
        void everythingDeclined() {
            RepairOrder order = withPresentedEstimate();

            order.recordDecisions(DecisionMethod.IN_PERSON, "adv-2", List.of(decline("L1", null), decline("L2", null)), later(10));

            assertThat(order.status()).isEqualTo(RepairOrder.Status.DECLINED);
            assertThat(events(order, EstimateLinesApproved.class)).isEmpty();
        }

        @Test
        @DisplayName("S5.1: decided lines are final: not removed, not repriced; they stay decided in later versions")
        void decidedLinesAreFinal() {
            RepairOrder order = withPresentedEstimate();
            order.recordDecisions(DecisionMethod.IN_PERSON, "adv-2", List.of(approve("L1"), decline("L2", null)), later(10));

            assertThatThrownBy(() -> order.removeEstimateLine("L1")).isInstanceOf(IllegalTransitionException.class);
            assertThatThrownBy(() -> order.priceEstimateLine("L2", new Money(1, "CNY"), "adv-2")).isInstanceOf(IllegalTransitionException.class);

            order.addEstimateLine(labour("Wheel alignment", "1"));
            order.presentEstimate("adv-2", later(30));

            EstimateVersion second = order.estimate().current();
            assertThat(second.number()).isEqualTo(2);
            assertThat(second.line("L1").orElseThrow().approved()).isTrue();
            assertThat(second.line("L2").orElseThrow().declined()).isTrue();
            assertThat(second.line("L3").orElseThrow().decided()).isFalse();
            assertThat(order.status()).isEqualTo(RepairOrder.Status.AWAITING_APPROVAL);
        }

        @Test
        @DisplayName("S5.1: a version whose every line is decided already has nothing to present")
        void nothingToDecideIsNotPresented() {
            RepairOrder order = withPresentedEstimate();
            order.recordDecisions(DecisionMethod.IN_PERSON, "adv-2", List.of(approve("L1"), approve("L2")), later(10));
            order.setEstimateTimeRange(later(130), later(200), later(11));

            assertThatThrownBy(() -> order.presentEstimate("adv-2", later(12)))
                    .isInstanceOf(DomainRuleViolation.class)
                    .extracting(EstimateTest::rule).isEqualTo("S5.1-nothing-to-decide");
        }
    }
}
