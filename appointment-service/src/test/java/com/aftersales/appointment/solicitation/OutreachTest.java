package com.aftersales.appointment.solicitation;

import com.aftersales.appointment.customer.ContactChannel;
import com.aftersales.platform.domain.IllegalTransitionException;
import com.aftersales.platform.domain.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

class OutreachTest {

    static final Instant NOW = Instant.parse("2026-11-27T03:00:00Z");

    final Outreach outreach = Outreach.start("dealer-1", "MAINTENANCE_DUE:veh-1:2026-11-10", SolicitationKind.MAINTENANCE_DUE,
            "veh-1", "cust-1");

    @Test
    @DisplayName("S1.2: an attempt without an answer is recorded and the solicitation stays open")
    void anUnansweredAttemptKeepsItOpen() {
        outreach.record(ContactChannel.PHONE, Outreach.Outcome.NO_ANSWER, null, null, "agent-7", null, NOW);

        assertThat(outreach.status()).isEqualTo(Outreach.Status.OPEN);
        assertThat(outreach.attempts()).singleElement().satisfies(a -> {
            assertThat(a.channel()).isEqualTo(ContactChannel.PHONE);
            assertThat(a.at()).isEqualTo(NOW);
            assertThat(a.agent()).isEqualTo("agent-7");
        });
    }

    @Test
    @DisplayName("S1.4: a decline needs a coded reason")
    void aDeclineNeedsAReason() {
        assertThatThrownBy(() -> outreach.record(ContactChannel.PHONE, Outreach.Outcome.DECLINED, null, "no", "agent-7", null, NOW))
                .asInstanceOf(type(InvalidInputException.class))
                .satisfies(e -> assertThat(e.field()).isEqualTo("declineReason"));
        assertThat(outreach.attempts()).isEmpty();
        assertThat(outreach.status()).isEqualTo(Outreach.Status.OPEN);
    }

    @Test
    @DisplayName("S1.4: only a decline carries a reason")
    void onlyADeclineCarriesAReason() {
        assertThatThrownBy(() -> outreach.record(ContactChannel.PHONE, Outreach.Outcome.NO_ANSWER, DeclineReason.NO_TIME,
                null, "agent-7", null, NOW))
                .asInstanceOf(type(InvalidInputException.class))
                .satisfies(e -> assertThat(e.field()).isEqualTo("declineReason"));
    }

    @Test
    @DisplayName("S1.4: the reason OTHER needs a note saying why")
    void otherNeedsANote() {
        assertThatThrownBy(() -> outreach.record(ContactChannel.PHONE, Outreach.Outcome.DECLINED, DeclineReason.OTHER,
                "  ", "agent-7", null, NOW))
                .asInstanceOf(type(InvalidInputException.class))
                .satisfies(e -> assertThat(e.field()).isEqualTo("note"));
        assertThat(outreach.attempts()).isEmpty();
    }

    @Test
    @DisplayName("S1.4: a decline with reason OTHER and a note is recorded and closes the solicitation")
    void otherWithANoteIsRecorded() {
        outreach.record(ContactChannel.SMS, Outreach.Outcome.DECLINED, DeclineReason.OTHER, "moving to Beijing", "agent-7",
                null, NOW);

        assertThat(outreach.status()).isEqualTo(Outreach.Status.DECLINED);
        assertThat(outreach.attempts()).singleElement().satisfies(a -> {
            assertThat(a.declineReason()).isEqualTo(DeclineReason.OTHER);
            assertThat(a.note()).isEqualTo("moving to Beijing");
        });
    }

    @Test
    @DisplayName("S1.2: a booking closes the solicitation as BOOKED")
    void aBookingClosesIt() {
        outreach.record(ContactChannel.PHONE, Outreach.Outcome.BOOKED, null, null, "agent-7", "appt-1", NOW);

        assertThat(outreach.status()).isEqualTo(Outreach.Status.BOOKED);
        assertThat(outreach.attempts().get(0).appointmentId()).isEqualTo("appt-1");
    }

    @ParameterizedTest
    @EnumSource(value = Outreach.Outcome.class, names = {"BOOKED", "DECLINED"})
    @DisplayName("S1.4: after a booking or a decline no further contact is recorded")
    void noMoreAttemptsAfterBookedOrDeclined(Outreach.Outcome closing) {
        outreach.record(ContactChannel.PHONE, closing, closing == Outreach.Outcome.DECLINED ? DeclineReason.PRICE_TOO_HIGH : null,
                null, "agent-7", null, NOW);

        assertThatThrownBy(() -> outreach.record(ContactChannel.PHONE, Outreach.Outcome.NO_ANSWER, null, null, "agent-7", null, NOW))
                .asInstanceOf(type(IllegalTransitionException.class))
                .satisfies(e -> assertThat(e.currentState()).isEqualTo(closing.name()));
        assertThat(outreach.attempts()).hasSize(1);
    }

    @Test
    @DisplayName("S1.2: one outreach per dealer and solicitation key")
    void oneOutreachPerDealerAndKey() {
        assertThat(outreach.id()).isEqualTo(Outreach.idOf("dealer-1", "MAINTENANCE_DUE:veh-1:2026-11-10"));
        assertThat(Outreach.idOf("dealer-2", "k")).isNotEqualTo(Outreach.idOf("dealer-1", "k"));
    }
}
