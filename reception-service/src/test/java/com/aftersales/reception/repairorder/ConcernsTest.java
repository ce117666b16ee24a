package com.aftersales.reception.repairorder;

import com.aftersales.contracts.reception.ReceptionEvents.ConcernRecorded;
import com.aftersales.contracts.reception.ReceptionEvents.DiagnosisRecorded;
import com.aftersales.contracts.reception.ReceptionEvents.SymptomConfirmed;
import com.aftersales.contracts.reception.ReceptionEvents.TechnicianAssistanceRequested;
import com.aftersales.contracts.reception.ReceptionEvents.VehicleMovedToDiagnosisBay;
import com.aftersales.platform.domain.DomainRuleViolation;
import com.aftersales.platform.domain.IllegalTransitionException;
import com.aftersales.platform.domain.NotFoundException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static com.aftersales.reception.repairorder.Fixtures.fromAppointment;
import static com.aftersales.reception.repairorder.Fixtures.lastEvent;
import static com.aftersales.reception.repairorder.Fixtures.later;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Step 4, diagnosis: the customer's words verbatim, confirmed together, the bay, a technician's help, the cause. */
class ConcernsTest {

    static final String WORDS = "  It goes \"clonk-clonk\" when I turn LEFT, only in the morning!!  ";

    @Test
    @DisplayName("S4.1: the customer's words are kept verbatim: not trimmed, not rewritten")
    void theCustomersWordsAreKeptVerbatim() {
        RepairOrder order = fromAppointment();

        Concern concern = order.recordConcern(WORDS, null, "adv-1", later(5));

        assertThat(concern.id()).isEqualTo("C1");
        assertThat(concern.customerWords()).isEqualTo(WORDS);
        assertThat(concern.status()).isEqualTo(Concern.Status.RECORDED);
        ConcernRecorded event = lastEvent(order, ConcernRecorded.class);
        assertThat(event.customerWords()).isEqualTo(WORDS);
        assertThat(event.correctsConcernId()).isNull();
    }

    @Test
    @DisplayName("S4.1: a correction is a new entry beside the old one, which keeps its words")
    void aCorrectionIsANewEntryBesideTheOld() {
        RepairOrder order = fromAppointment();
        order.recordConcern(WORDS, null, "adv-1", later(5));

        Concern correction = order.recordConcern("Actually it is when I turn right", "C1", "adv-1", later(6));

        assertThat(order.concerns()).hasSize(2);
        Concern original = order.concerns().get(0);
        assertThat(original.customerWords()).isEqualTo(WORDS);
        assertThat(original.correctedByConcernId()).isEqualTo("C2");
        assertThat(original.status()).isEqualTo(Concern.Status.CORRECTED);
        assertThat(correction.correctsConcernId()).isEqualTo("C1");
        assertThat(lastEvent(order, ConcernRecorded.class).correctsConcernId()).isEqualTo("C1");
    }

    @Test
    @DisplayName("S4.1: a correction must name a concern of this RO that was not corrected already")
    void aCorrectionMustNameTheLatestEntry() {
        RepairOrder order = fromAppointment();
        order.recordConcern(WORDS, null, "adv-1", later(5));
        order.recordConcern("right, not left", "C1", "adv-1", later(6));

        assertThatThrownBy(() -> order.recordConcern("hm", "C9", "adv-1", later(7)))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("no concern C9");
        assertThatThrownBy(() -> order.recordConcern("hm", "C1", "adv-1", later(7)))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("corrected already by C2");
        assertThat(order.concerns()).hasSize(2);
    }

    @Test
    @DisplayName("S4.3: the symptom is confirmed together with the customer, once")
    void theSymptomIsConfirmedOnce() {
        RepairOrder order = fromAppointment();
        order.recordConcern(WORDS, null, "adv-1", later(5));

        order.confirmSymptom("C1", "heard it on the test drive together", "adv-1", later(15));

        assertThat(order.concerns().get(0).status()).isEqualTo(Concern.Status.CONFIRMED);
        assertThat(order.concerns().get(0).confirmation().note()).isEqualTo("heard it on the test drive together");
        assertThat(lastEvent(order, SymptomConfirmed.class).concernId()).isEqualTo("C1");
        assertThatThrownBy(() -> order.confirmSymptom("C1", "again", "adv-1", later(16)))
                .isInstanceOf(IllegalTransitionException.class)
                .extracting(e -> ((IllegalTransitionException) e).currentState()).isEqualTo("CONFIRMED");
    }

    @Test
    @DisplayName("S4.1/S4.3: a concern that was corrected is not confirmed or diagnosed any more: its correction is")
    void aCorrectedConcernIsNotWorkedOn() {
        RepairOrder order = fromAppointment();
        order.recordConcern(WORDS, null, "adv-1", later(5));
        order.recordConcern("right, not left", "C1", "adv-1", later(6));

        assertThatThrownBy(() -> order.confirmSymptom("C1", null, "adv-1", later(7)))
                .isInstanceOf(IllegalTransitionException.class)
                .extracting(e -> ((IllegalTransitionException) e).currentState()).isEqualTo("CORRECTED");
    }

    @Test
    @DisplayName("S4.3: a diagnosis is recorded only after the symptom was confirmed with the customer")
    void aDiagnosisNeedsAConfirmedSymptom() {
        RepairOrder order = fromAppointment();
        order.recordConcern(WORDS, null, "adv-1", later(5));

        assertThatThrownBy(() -> order.recordDiagnosis("C1", "worn joint", "replace joint", "adv-1", later(20)))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("S4.3");

        order.confirmSymptom("C1", null, "adv-1", later(15));
        order.recordDiagnosis("C1", "worn left ball joint", "replace the ball joint", "tech-3", later(40));

        Concern concern = order.concerns().get(0);
        assertThat(concern.status()).isEqualTo(Concern.Status.DIAGNOSED);
        assertThat(concern.diagnosis().cause()).isEqualTo("worn left ball joint");
        DiagnosisRecorded event = lastEvent(order, DiagnosisRecorded.class);
        assertThat(event.correction()).isEqualTo("replace the ball joint");
        assertThat(event.diagnosedBy()).isEqualTo("tech-3");
        assertThatThrownBy(() -> order.recordDiagnosis("C1", "x", "y", "adv-1", later(41)))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    @DisplayName("S4.2: a long diagnosis moves the vehicle to a diagnosis bay; moving it where it is already is refused")
    void theVehicleMovesToADiagnosisBay() {
        RepairOrder order = fromAppointment();

        order.moveToDiagnosisBay("D1", "adv-1", later(10));

        assertThat(order.diagnosisBay()).isEqualTo("D1");
        assertThat(lastEvent(order, VehicleMovedToDiagnosisBay.class).bayId()).isEqualTo("D1");
        assertThatThrownBy(() -> order.moveToDiagnosisBay("D1", "adv-1", later(11))).isInstanceOf(DomainRuleViolation.class);
        order.moveToDiagnosisBay("D2", "adv-1", later(12));
        assertThat(order.bayMoves()).extracting(BayMove::bayId).containsExactly("D1", "D2");
    }

    @Test
    @DisplayName("S4.4: a technician is asked to help at the diagnosis bay, so the vehicle must be at one")
    void assistanceIsRequestedAtTheDiagnosisBay() {
        RepairOrder order = fromAppointment();
        order.recordConcern(WORDS, null, "adv-1", later(5));

        assertThatThrownBy(() -> order.requestTechnicianAssistance("C1", "cannot find it", "adv-1", later(10)))
                .isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).rule()).isEqualTo("S4.4-diagnosis-bay");

        order.moveToDiagnosisBay("D1", "adv-1", later(11));
        order.requestTechnicianAssistance("C1", "cannot find it", "adv-1", later(12));

        assertThat(order.concerns().get(0).assistanceRequests()).hasSize(1);
        TechnicianAssistanceRequested event = lastEvent(order, TechnicianAssistanceRequested.class);
        assertThat(event.concernId()).isEqualTo("C1");
        assertThat(event.reason()).isEqualTo("cannot find it");
        assertThat(event.aggregateKey()).isEqualTo("ro-1");
    }

    @Test
    @DisplayName("S4: actions on a concern the RO does not have are refused as not found")
    void anUnknownConcernIsNotFound() {
        RepairOrder order = fromAppointment();

        assertThatThrownBy(() -> order.confirmSymptom("C1", null, "adv-1", later(1))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> order.recordDiagnosis("C1", "a", "b", "adv-1", later(1))).isInstanceOf(NotFoundException.class);
    }
}
