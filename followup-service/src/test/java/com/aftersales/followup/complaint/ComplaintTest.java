package com.aftersales.followup.complaint;

import com.aftersales.contracts.followup.FollowupEvents.ComplaintOpened;
import com.aftersales.contracts.followup.FollowupEvents.ComplaintResolved;
import com.aftersales.contracts.followup.FollowupEvents.ReworkAppointmentBooked;
import com.aftersales.platform.domain.IllegalTransitionException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** G7, S13.1, S13.3: a complaint with an owner and a plan, its rework visit, followed until the customer is satisfied. */
class ComplaintTest {

    static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

    static Complaint opened() {
        return Complaint.open("c-1", "dealer-1", new Complaint.Subject("ro-1", "fu-1", "cust-1", "veh-1"),
                Complaint.Category.REPAIR_QUALITY, "Brakes still squeal", "mgr-1", "Inspect again", NOW);
    }

    static Complaint.ReworkVisit visit() {
        return new Complaint.ReworkVisit("appt-9", Complaint.VisitKind.REWORK, LocalDate.of(2026, 12, 3),
                LocalTime.of(9, 0), "adv-1", List.of("BRAKE"), NOW);
    }

    @Test
    @DisplayName("G7: a complaint is opened with an owner and a plan, and raises ComplaintOpened keyed by the RO")
    void openedWithOwnerAndPlan() {
        Complaint complaint = opened();

        assertThat(complaint.status()).isEqualTo(Complaint.Status.OPEN);
        assertThat(complaint.ownerId()).isEqualTo("mgr-1");
        assertThat(complaint.plan()).isEqualTo("Inspect again");
        assertThat(complaint.raisedEvents()).singleElement().isInstanceOfSatisfying(ComplaintOpened.class, e -> {
            assertThat(e.aggregateKey()).isEqualTo("ro-1");
            assertThat(e.category()).isEqualTo("REPAIR_QUALITY");
            assertThat(e.ownerId()).isEqualTo("mgr-1");
        });
    }

    @Test
    @DisplayName("S13.1: the booked inspection or rework visit is recorded and raises ReworkAppointmentBooked")
    void aBookedVisitIsRecorded() {
        Complaint complaint = opened();

        complaint.visitBooked(visit());

        assertThat(complaint.reworkVisits()).containsExactly(visit());
        assertThat(complaint.raisedEvents()).last().isInstanceOfSatisfying(ReworkAppointmentBooked.class,
                e -> assertThat(e.appointmentId()).isEqualTo("appt-9"));
    }

    @Test
    @DisplayName("G7: a customer who is not satisfied keeps the complaint open, with the contact on record")
    void notSatisfiedKeepsItOpen() {
        Complaint complaint = opened();

        complaint.recordOutcome(false, "Still a noise when cold", "mgr-1", NOW);

        assertThat(complaint.status()).isEqualTo(Complaint.Status.OPEN);
        assertThat(complaint.contacts()).singleElement().satisfies(c -> {
            assertThat(c.customerSatisfied()).isFalse();
            assertThat(c.note()).isEqualTo("Still a noise when cold");
        });
        assertThat(complaint.raisedEvents()).noneMatch(ComplaintResolved.class::isInstance);
    }

    @Test
    @DisplayName("G7: only the customer's satisfaction resolves the complaint; ComplaintResolved is raised")
    void satisfiedResolvesIt() {
        Complaint complaint = opened();
        complaint.recordOutcome(false, "not yet", "mgr-1", NOW);

        complaint.recordOutcome(true, "Quiet now, thanks", "mgr-1", NOW.plusSeconds(60));

        assertThat(complaint.status()).isEqualTo(Complaint.Status.RESOLVED);
        assertThat(complaint.resolvedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(complaint.contacts()).hasSize(2);
        assertThat(complaint.raisedEvents()).last().isInstanceOf(ComplaintResolved.class);
    }

    @Test
    @DisplayName("G7: a resolved complaint takes no more answers or visits (409 RESOLVED)")
    void aResolvedComplaintIsClosed() {
        Complaint complaint = opened();
        complaint.recordOutcome(true, "fine", "mgr-1", NOW);

        assertThatThrownBy(() -> complaint.recordOutcome(false, "x", "mgr-1", NOW))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> assertThat(e.currentState()).isEqualTo("RESOLVED"));
        assertThatThrownBy(complaint::checkCanBookVisit).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> complaint.visitBooked(visit())).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    @DisplayName("S13.3: only a resolved complaint becomes a training case")
    void onlyAResolvedComplaintBecomesATrainingCase() {
        Complaint complaint = opened();

        assertThatThrownBy(complaint::checkCanBecomeTrainingCase)
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> assertThat(e.currentState()).isEqualTo("OPEN"));
        complaint.recordOutcome(true, "fine", "mgr-1", NOW);
        complaint.becameTrainingCase("tc-1");
        assertThat(complaint.trainingCaseId()).isEqualTo("tc-1");
    }

    @Test
    @DisplayName("S13.1: the remarks sent to appointment-service name the complaint, the kind of visit and the RO")
    void remarksNameTheComplaint() {
        assertThat(ReworkAppointments.remarks(opened(), Complaint.VisitKind.INSPECTION))
                .isEqualTo("Complaint c-1: inspection of RO ro-1. Brakes still squeal");
    }
}
