package com.aftersales.appointment.appointment;

import com.aftersales.appointment.appointment.Appointment.ConfirmationOutcome;
import com.aftersales.appointment.appointment.Appointment.Status;
import com.aftersales.contracts.DomainEvent;
import com.aftersales.contracts.Money;
import com.aftersales.contracts.appointment.AppointmentEvents.AppointmentBooked;
import com.aftersales.contracts.appointment.AppointmentEvents.AppointmentCancelled;
import com.aftersales.contracts.appointment.AppointmentEvents.AppointmentConfirmationRecorded;
import com.aftersales.contracts.appointment.AppointmentEvents.AppointmentNoShowRecorded;
import com.aftersales.contracts.appointment.AppointmentEvents.AppointmentRescheduled;
import com.aftersales.contracts.appointment.AppointmentEvents.CustomerArrived;
import com.aftersales.contracts.appointment.AppointmentEvents.ExpectedPart;
import com.aftersales.contracts.appointment.AppointmentEvents.RequestedWork;
import com.aftersales.platform.domain.DomainRuleViolation;
import com.aftersales.platform.domain.IllegalTransitionException;
import com.aftersales.platform.domain.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

class AppointmentTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");
    static final Money RATE = new Money(30_000, "CNY");
    static final ExpectedPart OIL_FILTER = new ExpectedPart("OF-100", "Oil filter", 1, new Money(4_500, "CNY"));
    static final ExpectedPart ENGINE_OIL = new ExpectedPart("EO-5W30", "Engine oil 1 l", 4, new Money(6_000, "CNY"));
    static final RequestedWork OIL_CHANGE = new RequestedWork("OIL", "Oil and filter change", "MAINTENANCE",
            new BigDecimal("1.5"), List.of(OIL_FILTER, ENGINE_OIL));
    static final RequestedWork BRAKES = new RequestedWork("BRAKE", "Brake pads front", "REPAIR", new BigDecimal("3"), List.of());

    static Appointment.Booking booking(LocalDate date, List<RequestedWork> work) {
        return new Appointment.Booking("cust-1", "veh-1", "LSVAB2BM5NN123456", "Passat", true, "adv-1", date,
                LocalTime.of(9, 0), work, "camp-1", "MAINTENANCE_DUE:veh-1:2026-11-20", "rattle at the back", false, null);
    }

    static Appointment booked(LocalDate date) {
        return Appointment.book("appt-1", "dealer-1", booking(date, List.of(OIL_CHANGE, BRAKES)), RATE, TODAY, NOW);
    }

    static Appointment bookedTomorrow() {
        return booked(TODAY.plusDays(1));
    }

    static <E extends DomainEvent> E lastEvent(Appointment appointment, Class<E> type) {
        List<DomainEvent> events = appointment.raisedEvents();
        assertThat(events).isNotEmpty();
        assertThat(events.get(events.size() - 1)).isInstanceOf(type);
        return type.cast(events.get(events.size() - 1));
    }

    @Nested
    class Booking {

        @Test
        @DisplayName("S2.1: the expected hours are the sum of the standard hours of the requested work")
        void expectedHoursAreTheSumOfStandardHours() {
            assertThat(bookedTomorrow().expectedHours()).isEqualByComparingTo("4.5");
        }

        @Test
        @DisplayName("S2.1: the expected cost is labour rate x standard hours plus the expected parts")
        void expectedCostIsLabourAtTheRatePlusParts() {
            // 4.5 h x 300.00 = 1350.00; parts 45.00 + 4 x 60.00 = 285.00
            assertThat(bookedTomorrow().expectedCost()).isEqualTo(new Money(135_000 + 4_500 + 24_000, "CNY"));
        }

        @Test
        @DisplayName("S2.1: labour money is rounded half-up to the fen")
        void labourCostIsRoundedHalfUpToTheMinorUnit() {
            Appointment appointment = Appointment.book("a", "d", booking(TODAY, List.of(OIL_CHANGE)),
                    new Money(33_333, "CNY"), TODAY, NOW);
            // 333.33 x 1.5 = 499.995 -> 500.00; parts 285.00
            assertThat(appointment.expectedCost()).isEqualTo(new Money(50_000 + 28_500, "CNY"));
        }

        @Test
        @DisplayName("S2.1: the briefing lists the parts, cost, time, and says to bring the warranty booklet")
        void briefingTellsPartsCostTimeAndWarrantyBooklet() {
            Appointment appointment = bookedTomorrow();

            Appointment.Briefing briefing = appointment.briefing();

            assertThat(briefing.bringWarrantyBooklet()).isTrue();
            assertThat(briefing.parts()).containsExactly(OIL_FILTER, ENGINE_OIL);
            assertThat(briefing.expectedCost()).isEqualTo(appointment.expectedCost());
            assertThat(briefing.expectedHours()).isEqualByComparingTo("4.5");
            assertThat(briefing.readyAround()).isEqualTo(LocalTime.of(13, 30));
            assertThat(briefing.careNotes()).isNotEmpty();
        }

        @Test
        @DisplayName("S2.2: booking raises AppointmentBooked carrying the requested work and its expected parts")
        void bookingRaisesAppointmentBookedWithWhatToPrepare() {
            Appointment appointment = bookedTomorrow();

            AppointmentBooked booked = lastEvent(appointment, AppointmentBooked.class);

            assertThat(appointment.raisedEvents()).hasSize(1);
            assertThat(booked.appointmentId()).isEqualTo("appt-1");
            assertThat(booked.aggregateKey()).isEqualTo("appt-1");
            assertThat(booked.preparation().requestedWork()).containsExactly(OIL_CHANGE, BRAKES);
            assertThat(booked.preparation().requestedWork().get(0).expectedParts()).containsExactly(OIL_FILTER, ENGINE_OIL);
            assertThat(booked.preparation().date()).isEqualTo(TODAY.plusDays(1));
            assertThat(booked.preparation().time()).isEqualTo(LocalTime.of(9, 0));
            assertThat(booked.preparation().vehicleId()).isEqualTo("veh-1");
            assertThat(booked.preparation().expectedHours()).isEqualByComparingTo("4.5");
            assertThat(booked.preparation().firstService()).isTrue();
            assertThat(booked.forcedOverCapacity()).isFalse();
            assertThat(booked.bookedAt()).isEqualTo(NOW);
        }

        @Test
        @DisplayName("S2: a new appointment is BOOKED, holds workshop hours and awaits confirmation on its day")
        void aNewAppointmentIsBookedAndAwaitsConfirmation() {
            Appointment appointment = bookedTomorrow();

            assertThat(appointment.status()).isEqualTo(Status.BOOKED);
            assertThat(appointment.holdsWorkshopHours()).isTrue();
            assertThat(appointment.awaitsConfirmationFor(TODAY.plusDays(1))).isTrue();
            assertThat(appointment.awaitsConfirmationFor(TODAY.plusDays(2))).isFalse();
        }

        @Test
        @DisplayName("S2: a date in the past is refused")
        void aDateInThePastIsRefused() {
            assertThatThrownBy(() -> booked(TODAY.minusDays(1)))
                    .isInstanceOf(InvalidInputException.class)
                    .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("date");
        }

        @Test
        @DisplayName("S2: today is a valid date")
        void todayIsAccepted() {
            assertThat(booked(TODAY).date()).isEqualTo(TODAY);
        }

        @Test
        @DisplayName("S2.1: a booking needs at least one piece of work")
        void aBookingWithoutWorkIsRefused() {
            assertThatThrownBy(() -> Appointment.book("a", "d", booking(TODAY, List.of()), RATE, TODAY, NOW))
                    .isInstanceOf(InvalidInputException.class)
                    .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("labourOperationCodes");
        }

        @Test
        @DisplayName("S2 capacity: forcing a booking over capacity needs a reason")
        void forcingWithoutAReasonIsRefused() {
            Appointment.Booking forced = withForce(booking(TODAY, List.of(OIL_CHANGE)), " ");

            assertThatThrownBy(() -> Appointment.book("a", "d", forced, RATE, TODAY, NOW))
                    .isInstanceOf(InvalidInputException.class)
                    .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("overCapacityReason");
        }

        @Test
        @DisplayName("S2 capacity: a forced booking keeps its reason and tells it in AppointmentBooked")
        void aForcedBookingKeepsItsReason() {
            Appointment appointment = Appointment.book("a", "d",
                    withForce(booking(TODAY, List.of(OIL_CHANGE)), "VIP customer, recall"), RATE, TODAY, NOW);

            assertThat(appointment.forcedOverCapacity()).isTrue();
            assertThat(appointment.overCapacityReason()).isEqualTo("VIP customer, recall");
            AppointmentBooked booked = lastEvent(appointment, AppointmentBooked.class);
            assertThat(booked.forcedOverCapacity()).isTrue();
            assertThat(booked.overCapacityReason()).isEqualTo("VIP customer, recall");
        }

        private Appointment.Booking withForce(Appointment.Booking b, String reason) {
            return new Appointment.Booking(b.customerId(), b.vehicleId(), b.vin(), b.model(), b.firstService(), b.advisorId(),
                    b.date(), b.time(), b.work(), b.campaignId(), b.solicitationKey(), b.customerRemarks(), true, reason);
        }
    }

    @Nested
    class Rescheduling {

        @Test
        @DisplayName("S2.3: rescheduling a CONFIRMED appointment makes it BOOKED again, to be confirmed for the new day")
        void reschedulingResetsAConfirmationToBooked() {
            Appointment appointment = bookedTomorrow();
            appointment.recordConfirmation(ConfirmationOutcome.CONFIRMED, null, "agent-7", NOW);

            appointment.reschedule(TODAY.plusDays(3), LocalTime.of(14, 0), "customer travels", false, null, TODAY, NOW);

            assertThat(appointment.status()).isEqualTo(Status.BOOKED);
            assertThat(appointment.date()).isEqualTo(TODAY.plusDays(3));
            assertThat(appointment.time()).isEqualTo(LocalTime.of(14, 0));
            assertThat(appointment.awaitsConfirmationFor(TODAY.plusDays(3))).isTrue();
        }

        @Test
        @DisplayName("S2.2: rescheduling raises AppointmentRescheduled with the previous slot and what to prepare")
        void reschedulingRaisesAppointmentRescheduled() {
            Appointment appointment = bookedTomorrow();

            appointment.reschedule(TODAY.plusDays(3), LocalTime.of(14, 0), "customer travels", false, null, TODAY, NOW);

            AppointmentRescheduled moved = lastEvent(appointment, AppointmentRescheduled.class);
            assertThat(moved.previousDate()).isEqualTo(TODAY.plusDays(1));
            assertThat(moved.previousTime()).isEqualTo(LocalTime.of(9, 0));
            assertThat(moved.preparation().date()).isEqualTo(TODAY.plusDays(3));
            assertThat(moved.preparation().requestedWork()).containsExactly(OIL_CHANGE, BRAKES);
            assertThat(appointment.reschedules()).singleElement()
                    .satisfies(r -> assertThat(r.reason()).isEqualTo("customer travels"));
        }

        @Test
        @DisplayName("S2: rescheduling into the past is refused and changes nothing")
        void reschedulingIntoThePastIsRefused() {
            Appointment appointment = bookedTomorrow();

            assertThatThrownBy(() -> appointment.reschedule(TODAY.minusDays(1), LocalTime.of(9, 0), null, false, null, TODAY, NOW))
                    .isInstanceOf(InvalidInputException.class);
            assertThat(appointment.date()).isEqualTo(TODAY.plusDays(1));
            assertThat(appointment.reschedules()).isEmpty();
        }
    }

    @Nested
    class Confirmation {

        @Test
        @DisplayName("S2.3: a CONFIRMED answer confirms the appointment; it no longer awaits confirmation")
        void aConfirmedAnswerConfirms() {
            Appointment appointment = bookedTomorrow();

            appointment.recordConfirmation(ConfirmationOutcome.CONFIRMED, "will be there at 9", "agent-7", NOW);

            assertThat(appointment.status()).isEqualTo(Status.CONFIRMED);
            assertThat(appointment.awaitsConfirmationFor(TODAY.plusDays(1))).isFalse();
            assertThat(appointment.holdsWorkshopHours()).isTrue();
            AppointmentConfirmationRecorded recorded = lastEvent(appointment, AppointmentConfirmationRecorded.class);
            assertThat(recorded.outcome()).isEqualTo("CONFIRMED");
            assertThat(recorded.byUser()).isEqualTo("agent-7");
            assertThat(recorded.date()).isEqualTo(TODAY.plusDays(1));
        }

        @ParameterizedTest
        @EnumSource(value = ConfirmationOutcome.class, names = {"NOT_REACHED", "WILL_RESCHEDULE", "WILL_CANCEL"})
        @DisplayName("S2.3: any other answer is recorded but leaves the appointment BOOKED, still to be confirmed")
        void otherAnswersAreRecordedButLeaveItBooked(ConfirmationOutcome outcome) {
            Appointment appointment = bookedTomorrow();

            appointment.recordConfirmation(outcome, null, "agent-7", NOW);

            assertThat(appointment.status()).isEqualTo(Status.BOOKED);
            assertThat(appointment.awaitsConfirmationFor(TODAY.plusDays(1))).isTrue();
            assertThat(appointment.confirmations()).singleElement()
                    .satisfies(c -> assertThat(c.outcome()).isEqualTo(outcome));
            assertThat(lastEvent(appointment, AppointmentConfirmationRecorded.class).outcome()).isEqualTo(outcome.name());
        }
    }

    @Nested
    class Endings {

        @Test
        @DisplayName("S2.2: cancelling frees the hours and tells which pre-reserved parts to release")
        void cancellingReleasesPartsAndHours() {
            Appointment appointment = bookedTomorrow();

            appointment.cancel("car sold", NOW);

            assertThat(appointment.status()).isEqualTo(Status.CANCELLED);
            assertThat(appointment.cancellationReason()).isEqualTo("car sold");
            assertThat(appointment.closedAt()).isEqualTo(NOW);
            assertThat(appointment.holdsWorkshopHours()).isFalse();
            AppointmentCancelled cancelled = lastEvent(appointment, AppointmentCancelled.class);
            assertThat(cancelled.releasedParts()).containsExactly(OIL_FILTER, ENGINE_OIL);
            assertThat(cancelled.reason()).isEqualTo("car sold");
        }

        @Test
        @DisplayName("S2: a no-show is recorded on the day of the appointment")
        void aNoShowIsRecordedOnTheDay() {
            Appointment appointment = booked(TODAY);

            appointment.recordNoShow(TODAY, NOW);

            assertThat(appointment.status()).isEqualTo(Status.NO_SHOW);
            assertThat(appointment.holdsWorkshopHours()).isFalse();
            assertThat(lastEvent(appointment, AppointmentNoShowRecorded.class).releasedParts())
                    .containsExactly(OIL_FILTER, ENGINE_OIL);
        }

        @Test
        @DisplayName("S2: a no-show can be recorded after the day too")
        void aNoShowIsRecordedAfterTheDay() {
            Appointment appointment = booked(TODAY);

            appointment.recordNoShow(TODAY.plusDays(2), NOW);

            assertThat(appointment.status()).isEqualTo(Status.NO_SHOW);
        }

        @Test
        @DisplayName("S2: a no-show before the day of the appointment is refused")
        void aNoShowBeforeTheDayIsRefused() {
            Appointment appointment = bookedTomorrow();

            assertThatThrownBy(() -> appointment.recordNoShow(TODAY, NOW))
                    .asInstanceOf(type(DomainRuleViolation.class))
                    .satisfies(e -> assertThat(e.rule()).isEqualTo("S2-no-show"));
            assertThat(appointment.status()).isEqualTo(Status.BOOKED);
            assertThat(appointment.raisedEvents()).hasSize(1);
        }

        @Test
        @DisplayName("S3.1: arrival raises CustomerArrived with what reception prepares the repair order from")
        void arrivalRaisesCustomerArrived() {
            Appointment appointment = bookedTomorrow();

            appointment.arrive(NOW);

            assertThat(appointment.status()).isEqualTo(Status.ARRIVED);
            assertThat(appointment.closedAt()).isEqualTo(NOW);
            CustomerArrived arrived = lastEvent(appointment, CustomerArrived.class);
            assertThat(arrived.appointmentId()).isEqualTo("appt-1");
            assertThat(arrived.preparation().requestedWork()).containsExactly(OIL_CHANGE, BRAKES);
            assertThat(arrived.preparation().customerId()).isEqualTo("cust-1");
        }

        @Test
        @DisplayName("S2.3: a CONFIRMED appointment can still be cancelled, arrive or be rescheduled")
        void aConfirmedAppointmentIsStillOpen() {
            Appointment appointment = bookedTomorrow();
            appointment.recordConfirmation(ConfirmationOutcome.CONFIRMED, null, "agent-7", NOW);

            appointment.arrive(NOW);

            assertThat(appointment.status()).isEqualTo(Status.ARRIVED);
        }
    }

    @Nested
    class ClosedAppointments {

        static Stream<Arguments> closedStatesAndActions() {
            Stream.Builder<Arguments> cases = Stream.builder();
            for (Status closed : List.of(Status.CANCELLED, Status.ARRIVED, Status.NO_SHOW)) {
                cases.add(Arguments.of(closed, "cancel", (Consumer<Appointment>) a -> a.cancel("again", NOW)));
                cases.add(Arguments.of(closed, "record a no-show", (Consumer<Appointment>) a -> a.recordNoShow(TODAY.plusDays(5), NOW)));
                cases.add(Arguments.of(closed, "record the arrival", (Consumer<Appointment>) a -> a.arrive(NOW)));
                cases.add(Arguments.of(closed, "reschedule", (Consumer<Appointment>) a ->
                        a.reschedule(TODAY.plusDays(4), LocalTime.of(10, 0), null, false, null, TODAY, NOW)));
                cases.add(Arguments.of(closed, "record a confirmation", (Consumer<Appointment>) a ->
                        a.recordConfirmation(ConfirmationOutcome.CONFIRMED, null, "agent", NOW)));
            }
            return cases.build();
        }

        static Appointment endedIn(Status status) {
            Appointment appointment = booked(TODAY);
            switch (status) {
                case CANCELLED -> appointment.cancel("no longer needed", NOW);
                case ARRIVED -> appointment.arrive(NOW);
                case NO_SHOW -> appointment.recordNoShow(TODAY, NOW);
                default -> throw new IllegalArgumentException(status.name());
            }
            return appointment;
        }

        @ParameterizedTest(name = "{1} is refused from {0}")
        @MethodSource("closedStatesAndActions")
        @DisplayName("S2: a closed appointment (cancelled, arrived, no-show) refuses every transition, naming its state")
        void aClosedAppointmentRefusesEveryTransition(Status closed, String action, Consumer<Appointment> attempt) {
            Appointment appointment = endedIn(closed);
            int eventsBefore = appointment.raisedEvents().size();

            assertThatThrownBy(() -> attempt.accept(appointment))
                    .asInstanceOf(type(IllegalTransitionException.class))
                    .satisfies(e -> {
                        assertThat(e.currentState()).isEqualTo(closed.name());
                        assertThat(e.attemptedAction()).isEqualTo(action);
                        assertThat(e.getMessage()).contains(closed.name());
                    });
            assertThat(appointment.status()).isEqualTo(closed);
            assertThat(appointment.raisedEvents()).hasSize(eventsBefore);
        }
    }
}
