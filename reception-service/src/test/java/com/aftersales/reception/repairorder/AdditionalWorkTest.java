package com.aftersales.reception.repairorder;

import com.aftersales.contracts.Money;
import com.aftersales.contracts.reception.ReceptionEvents.AdditionalWorkConsented;
import com.aftersales.contracts.reception.ReceptionEvents.AdditionalWorkRefused;
import com.aftersales.contracts.reception.ReceptionEvents.PromisedTimeRevised;
import com.aftersales.contracts.workshop.WorkshopEvents.AdditionalWorkRequested;
import com.aftersales.contracts.workshop.WorkshopEvents.ProposedLine;
import com.aftersales.platform.domain.IllegalTransitionException;
import com.aftersales.platform.domain.NotFoundException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static com.aftersales.reception.repairorder.Fixtures.RATE;
import static com.aftersales.reception.repairorder.Fixtures.events;
import static com.aftersales.reception.repairorder.Fixtures.lastEvent;
import static com.aftersales.reception.repairorder.Fixtures.later;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** S8.2: additional work found in the workshop waits for the customer; only consent changes cost and time. */
class AdditionalWorkTest {

    static AdditionalWorkRequested request(String requestId, int extraMinutes) {
        return new AdditionalWorkRequested("ro-2", requestId, "job-1", "tech-3", "rear pads worn to 2 mm",
                List.of(new ProposedLine("Replace rear brake pads", "BRAKE-R", new BigDecimal("1"), "BP-300", 1)),
                new Money(60_000, "CNY"), extraMinutes, later(60));
    }

    /** A walk-in with its estimate approved (L1 approved, L2 declined) and a pending request R1. */
    static RepairOrder withPendingRequest(int extraMinutes) {
        RepairOrder order = Fixtures.withPresentedEstimate();
        order.recordDecisions(DecisionMethod.IN_PERSON, "adv-2", List.of(new RepairOrder.LineDecision("L1", true, null),
                new RepairOrder.LineDecision("L2", false, null)), later(10));
        order.receiveAdditionalWork(request("R1", extraMinutes));
        return order;
    }

    static List<PricedLine> priced(RepairOrder order) {
        return order.linesProposedBy("R1").stream().map(line -> new PricedLine(line, line.kind() == EstimateLine.Kind.LABOUR
                ? LinePricing.labour(RATE, RATE.times(line.standardHours()))
                : LinePricing.part(new Money(20_000, "CNY"), line.quantity(), 5, null, "Rear pads"))).toList();
    }

    @Test
    @DisplayName("S8.2: a request arrives as pending and changes neither the estimate nor the promise")
    void aRequestArrivesPending() {
        RepairOrder order = withPendingRequest(45);

        AdditionalWorkRequest request = order.additionalWorkRequest("R1").orElseThrow();
        assertThat(request.status()).isEqualTo(AdditionalWorkRequest.Status.PENDING);
        assertThat(request.estimatedExtraMinutes()).isEqualTo(45);
        assertThat(order.estimate().versions()).hasSize(1);
        assertThat(order.promisedAt()).isEqualTo(later(240));
    }

    @Test
    @DisplayName("S8.2: the same request delivered again is kept once")
    void theSameRequestIsKeptOnce() {
        RepairOrder order = withPendingRequest(45);

        assertThat(order.receiveAdditionalWork(request("R1", 45))).isFalse();
        assertThat(order.additionalWork()).hasSize(1);
    }

    @Test
    @DisplayName("S8.2: a proposed line with labour and a part becomes two estimate lines")
    void aProposedLineBecomesLabourAndPart() {
        List<NewLine> lines = withPendingRequest(45).linesProposedBy("R1");

        assertThat(lines).extracting(NewLine::kind).containsExactly(EstimateLine.Kind.LABOUR, EstimateLine.Kind.PART);
        assertThat(lines.get(1).partNumber()).isEqualTo("BP-300");
    }

    @Test
    @DisplayName("S8.2: consent adds the work as approved lines of a new version and moves cost and promised time")
    void consentChangesEstimateCostAndPromise() {
        RepairOrder order = withPendingRequest(45);

        order.consentToAdditionalWork("R1", priced(order), DecisionMethod.PHONE, "adv-2", null, later(70));

        EstimateVersion current = order.estimate().current();
        assertThat(current.number()).isEqualTo(2);
        assertThat(current.status()).isEqualTo(EstimateVersion.Status.DECIDED);
        assertThat(current.lines()).extracting(EstimateLine::lineId).containsExactly("L1", "L2", "L3", "L4");
        assertThat(current.line("L3").orElseThrow().approved()).isTrue();
        assertThat(current.line("L3").orElseThrow().additionalWorkRequestId()).isEqualTo("R1");
        // 900.00 approved before + 300.00 labour + 200.00 part
        assertThat(current.approvedTotal()).isEqualTo(new Money(140_000, "CNY"));
        assertThat(order.promisedAt()).isEqualTo(later(240 + 45));
        assertThat(order.promiseRevisions()).hasSize(1);
        AdditionalWorkConsented consented = events(order, AdditionalWorkConsented.class).get(0);
        assertThat(consented.extraCost()).isEqualTo(new Money(50_000, "CNY"));
        assertThat(consented.promisedAt()).isEqualTo(later(285));
        assertThat(consented.lines()).extracting(l -> l.lineId()).containsExactly("L3", "L4");
        assertThat(lastEvent(order, PromisedTimeRevised.class).reason()).contains("R1");
        assertThat(order.additionalWorkRequest("R1").orElseThrow().status()).isEqualTo(AdditionalWorkRequest.Status.CONSENTED);
    }

    @Test
    @DisplayName("S8.2: consent with a promised time given by the advisor uses that time")
    void consentWithAGivenPromise() {
        RepairOrder order = withPendingRequest(45);

        order.consentToAdditionalWork("R1", priced(order), DecisionMethod.IN_PERSON, "adv-2", later(400), later(70));

        assertThat(order.promisedAt()).isEqualTo(later(400));
    }

    @Test
    @DisplayName("S8.2: when a proposed part cannot be priced, the cost told is the workshop's estimate")
    void anUnpricedPartFallsBackToTheWorkshopsEstimate() {
        RepairOrder order = withPendingRequest(0);
        List<PricedLine> lines = order.linesProposedBy("R1").stream().map(line -> new PricedLine(line,
                line.kind() == EstimateLine.Kind.LABOUR ? LinePricing.labour(RATE, RATE.times(line.standardHours()))
                        : LinePricing.partUnknown())).toList();

        order.consentToAdditionalWork("R1", lines, DecisionMethod.PHONE, "adv-2", null, later(70));

        assertThat(lastEvent(order, AdditionalWorkConsented.class).extraCost()).isEqualTo(new Money(60_000, "CNY"));
        assertThat(order.estimate().current().line("L4").orElseThrow().availability()).isEqualTo(EstimateLine.Availability.UNKNOWN);
        assertThat(order.promisedAt()).isEqualTo(later(240));
        assertThat(events(order, PromisedTimeRevised.class)).isEmpty();
    }

    @Test
    @DisplayName("S8.2: refusal changes nothing but the record: estimate, cost and promise stay")
    void refusalChangesNothingButTheRecord() {
        RepairOrder order = withPendingRequest(45);
        Money approvedBefore = order.estimate().current().approvedTotal();

        order.refuseAdditionalWork("R1", "will do it next time", DecisionMethod.PHONE, "adv-2", later(70));

        assertThat(order.estimate().versions()).hasSize(1);
        assertThat(order.estimate().current().approvedTotal()).isEqualTo(approvedBefore);
        assertThat(order.promisedAt()).isEqualTo(later(240));
        AdditionalWorkRequest request = order.additionalWorkRequest("R1").orElseThrow();
        assertThat(request.status()).isEqualTo(AdditionalWorkRequest.Status.REFUSED);
        assertThat(request.outcome().reason()).isEqualTo("will do it next time");
        assertThat(lastEvent(order, AdditionalWorkRefused.class).reason()).isEqualTo("will do it next time");
    }

    @Test
    @DisplayName("S8.2: a request is answered once")
    void aRequestIsAnsweredOnce() {
        RepairOrder order = withPendingRequest(45);
        order.refuseAdditionalWork("R1", "no", DecisionMethod.PHONE, "adv-2", later(70));

        assertThatThrownBy(() -> order.linesProposedBy("R1"))
                .isInstanceOf(IllegalTransitionException.class)
                .extracting(e -> ((IllegalTransitionException) e).currentState()).isEqualTo("REFUSED");
        assertThatThrownBy(() -> order.refuseAdditionalWork("R1", "no", DecisionMethod.PHONE, "adv-2", later(71)))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> order.refuseAdditionalWork("R9", "no", DecisionMethod.PHONE, "adv-2", later(71)))
                .isInstanceOf(NotFoundException.class);
    }
}
