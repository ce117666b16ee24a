package com.aftersales.reception.repairorder;

import com.aftersales.contracts.reception.ReceptionEvents.AdvisorReassigned;
import com.aftersales.contracts.reception.ReceptionEvents.CustomerGreeted;
import com.aftersales.contracts.reception.ReceptionEvents.CustomerMessageRecorded;
import com.aftersales.contracts.reception.ReceptionEvents.PromisedTimeRevised;
import com.aftersales.contracts.reception.ReceptionEvents.RepairOrderOpened;
import com.aftersales.contracts.reception.ReceptionEvents.VehicleCheckedIn;
import com.aftersales.platform.domain.DomainRuleViolation;
import com.aftersales.platform.domain.IllegalTransitionException;
import com.aftersales.platform.domain.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static com.aftersales.reception.repairorder.Fixtures.NOW;
import static com.aftersales.reception.repairorder.Fixtures.OIL_CHANGE;
import static com.aftersales.reception.repairorder.Fixtures.fromAppointment;
import static com.aftersales.reception.repairorder.Fixtures.lastEvent;
import static com.aftersales.reception.repairorder.Fixtures.later;
import static com.aftersales.reception.repairorder.Fixtures.walkIn;
import static com.aftersales.reception.repairorder.Fixtures.walkInOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Step 3, reception: the RO opened and prepared, the greeting, one advisor, the walkaround, the promise. */
class RepairOrderIntakeTest {

    @Nested
    class Opening {

        @Test
        @DisplayName("S3.1: the RO opened from an appointment is prepared with its customer, vehicle, requested work and advisor")
        void anAppointmentsRepairOrderIsPrepared() {
            RepairOrder order = fromAppointment();

            assertThat(order.customerId()).isEqualTo("cust-1");
            assertThat(order.vehicleId()).isEqualTo("veh-1");
            assertThat(order.vin()).isEqualTo("LSVAB2BM5NN123456");
            assertThat(order.model()).isEqualTo("Passat");
            assertThat(order.requestedWork()).containsExactly(OIL_CHANGE);
            assertThat(order.advisorId()).isEqualTo("adv-1");
            assertThat(order.appointmentId()).isEqualTo("appt-1");
            assertThat(order.walkIn()).isFalse();
            assertThat(order.status()).isEqualTo(RepairOrder.Status.OPEN);
            assertThat(order.arrivedAt()).isEqualTo(NOW);
            assertThat(order.estimate().current().number()).isEqualTo(1);
            assertThat(order.estimate().current().lines()).isEmpty();
        }

        @Test
        @DisplayName("S3.1: opening raises RepairOrderOpened with the RO number, keyed by the RO")
        void openingRaisesRepairOrderOpened() {
            RepairOrderOpened opened = lastEvent(fromAppointment(), RepairOrderOpened.class);

            assertThat(opened.repairOrderId()).isEqualTo("ro-1");
            assertThat(opened.aggregateKey()).isEqualTo("ro-1");
            assertThat(opened.repairOrderNumber()).isEqualTo("RO-20261127-0001");
            assertThat(opened.appointmentId()).isEqualTo("appt-1");
            assertThat(opened.walkIn()).isFalse();
            assertThat(opened.advisorId()).isEqualTo("adv-1");
        }

        @Test
        @DisplayName("G2: a late customer's promise runs from the arrival plus the expected hours told at booking")
        void thePromiseOfALateCustomerRunsFromTheArrival() {
            // booked 09:30, arrived 10:00, 1.5 h of work
            assertThat(fromAppointment().promisedAt()).isEqualTo(Instant.parse("2026-11-27T03:30:00Z"));
        }

        @Test
        @DisplayName("G2: an early customer's promise runs from the booked time plus the expected hours")
        void thePromiseOfAnEarlyCustomerRunsFromTheBooking() {
            RepairOrder order = RepairOrder.openFromAppointment("ro-1", "dealer-1", "RO-20261127-0001", Fixtures.TODAY,
                    "appt-1", Fixtures.preparation(), Instant.parse("2026-11-27T01:00:00Z"), Fixtures.ZONE, NOW);

            // booked 09:30 Shanghai = 01:30Z, + 1.5 h
            assertThat(order.promisedAt()).isEqualTo(Instant.parse("2026-11-27T03:00:00Z"));
        }

        @Test
        @DisplayName("S3.1: a walk-in is opened with the promise the advisor gives and arrives now")
        void aWalkInIsOpenedAtTheDesk() {
            RepairOrder order = walkInOrder();

            assertThat(order.walkIn()).isTrue();
            assertThat(order.appointmentId()).isNull();
            assertThat(order.plate()).isEqualTo("沪A12345");
            assertThat(order.arrivedAt()).isEqualTo(NOW);
            assertThat(order.promisedAt()).isEqualTo(later(240));
            assertThat(lastEvent(order, RepairOrderOpened.class).walkIn()).isTrue();
        }

        @Test
        @DisplayName("G2: a walk-in cannot be promised a time in the past")
        void aWalkInPromisedInThePastIsRefused() {
            assertThatThrownBy(() -> RepairOrder.openWalkIn("ro-2", "dealer-1", "n", LocalDate.now(), walkIn(NOW), NOW))
                    .isInstanceOf(InvalidInputException.class)
                    .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("promisedAt");
        }

        @Test
        @DisplayName("RO numbers read RO-<yyyyMMdd>-<4-digit sequence of the day>")
        void repairOrderNumbersReadDayAndSequence() {
            assertThat(RepairOrderNumbers.format(LocalDate.of(2026, 11, 27), 1)).isEqualTo("RO-20261127-0001");
            assertThat(RepairOrderNumbers.format(LocalDate.of(2026, 1, 5), 12_345)).isEqualTo("RO-20260105-12345");
        }
    }

    @Nested
    class Greeting {

        @Test
        @DisplayName("S3.2: the greeting records its time and measures the wait since arrival")
        void theGreetingMeasuresTheWait() {
            RepairOrder order = fromAppointment();

            order.greet("adv-1", NOW.plusSeconds(150));

            assertThat(order.greetedAt()).isEqualTo(NOW.plusSeconds(150));
            assertThat(order.greetedBy()).isEqualTo("adv-1");
            assertThat(order.waitSeconds()).isEqualTo(150);
            CustomerGreeted greeted = lastEvent(order, CustomerGreeted.class);
            assertThat(greeted.arrivedAt()).isEqualTo(NOW);
            assertThat(greeted.waitSeconds()).isEqualTo(150);
        }

        @Test
        @DisplayName("S3.2: a customer is greeted once; a second greeting is refused")
        void aSecondGreetingIsRefused() {
            RepairOrder order = fromAppointment();
            order.greet("adv-1", later(1));

            assertThatThrownBy(() -> order.greet("adv-1", later(2)))
                    .isInstanceOf(IllegalTransitionException.class)
                    .extracting(e -> ((IllegalTransitionException) e).currentState()).isEqualTo("GREETED");
            assertThat(order.greetedAt()).isEqualTo(later(1));
        }
    }

    @Nested
    class ResponsibleAdvisor {

        @Test
        @DisplayName("S3.4: one advisor is responsible from intake; a reassignment is recorded with its reason")
        void aReassignmentIsRecordedWithItsReason() {
            RepairOrder order = fromAppointment();

            order.reassign("adv-7", "adv-1 fell ill", later(30));

            assertThat(order.advisorId()).isEqualTo("adv-7");
            assertThat(order.advisorHistory()).extracting(AdvisorAssignment::advisorId).containsExactly("adv-1", "adv-7");
            assertThat(order.advisorHistory().get(1).reason()).isEqualTo("adv-1 fell ill");
            AdvisorReassigned event = lastEvent(order, AdvisorReassigned.class);
            assertThat(event.previousAdvisorId()).isEqualTo("adv-1");
            assertThat(event.advisorId()).isEqualTo("adv-7");
            assertThat(event.reason()).isEqualTo("adv-1 fell ill");
        }

        @Test
        @DisplayName("S3.4: reassigning to the advisor who is responsible already is refused")
        void reassigningToTheSameAdvisorIsRefused() {
            RepairOrder order = fromAppointment();

            assertThatThrownBy(() -> order.reassign("adv-1", "why not", later(1)))
                    .isInstanceOf(DomainRuleViolation.class)
                    .extracting(e -> ((DomainRuleViolation) e).rule()).isEqualTo("S3.4-one-advisor");
            assertThat(order.advisorHistory()).hasSize(1);
        }
    }

    @Nested
    class CheckInWalkaround {

        static CheckIn walkaround() {
            return new CheckIn(42_000, 35, List.of("scratch rear bumper"), List.of("sunglasses in the glovebox"),
                    List.of("seat position 3", "radio 97.7 FM"), "adv-1", later(10));
        }

        @Test
        @DisplayName("S8.3: the walkaround records odometer, fuel, damage, valuables and the settings to restore")
        void theWalkaroundIsRecorded() {
            RepairOrder order = fromAppointment();

            order.checkIn(walkaround());

            assertThat(order.checkIn()).isEqualTo(walkaround());
            VehicleCheckedIn event = lastEvent(order, VehicleCheckedIn.class);
            assertThat(event.odometerKm()).isEqualTo(42_000);
            assertThat(event.settingsToRestore()).containsExactly("seat position 3", "radio 97.7 FM");
        }

        @Test
        @DisplayName("S8.3: the vehicle is checked in once")
        void aSecondCheckInIsRefused() {
            RepairOrder order = fromAppointment();
            order.checkIn(walkaround());

            assertThatThrownBy(() -> order.checkIn(walkaround())).isInstanceOf(IllegalTransitionException.class);
        }
    }

    @Nested
    class PromisedTime {

        @Test
        @DisplayName("G2: the promised time is revised only with a record of who, when and why")
        void aRevisionIsRecorded() {
            RepairOrder order = walkInOrder();

            order.revisePromise(later(300), "waiting for a wheel alignment bay", "adv-2", later(20));

            assertThat(order.promisedAt()).isEqualTo(later(300));
            assertThat(order.promiseRevisions()).containsExactly(
                    new PromiseRevision(later(240), later(300), "waiting for a wheel alignment bay", "adv-2", later(20)));
            PromisedTimeRevised event = lastEvent(order, PromisedTimeRevised.class);
            assertThat(event.previousPromisedAt()).isEqualTo(later(240));
            assertThat(event.promisedAt()).isEqualTo(later(300));
        }

        @Test
        @DisplayName("G2: a promise in the past, or the same promise again, is refused")
        void aPastOrUnchangedPromiseIsRefused() {
            RepairOrder order = walkInOrder();

            assertThatThrownBy(() -> order.revisePromise(later(10), "x", "adv-2", later(20))).isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> order.revisePromise(later(240), "x", "adv-2", later(20))).isInstanceOf(InvalidInputException.class);
            assertThat(order.promiseRevisions()).isEmpty();
        }
    }

    @Nested
    class CustomerMessagesAndPriority {

        @Test
        @DisplayName("S5.2: a message to the waiting customer is recorded in the RO with its channel, sender and outcome")
        void aMessageIsRecorded() {
            RepairOrder order = fromAppointment();

            CustomerMessage message = order.recordMessage(CustomerMessage.Channel.IN_PERSON, "The lift is free, we start now",
                    "adv-1", CustomerMessage.Delivery.RECORDED, later(40));

            assertThat(order.messages()).containsExactly(message);
            assertThat(message.id()).isEqualTo("M1");
            CustomerMessageRecorded event = lastEvent(order, CustomerMessageRecorded.class);
            assertThat(event.channel()).isEqualTo("IN_PERSON");
            assertThat(event.message()).isEqualTo("The lift is free, we start now");
        }

        @Test
        @DisplayName("S6.2: an RO is flagged priority with the reason")
        void anOrderIsPrioritised() {
            RepairOrder order = fromAppointment();
            assertThat(order.priority()).isFalse();

            order.prioritise("backordered part BP-200 arrived", later(60));

            assertThat(order.priority()).isTrue();
            assertThat(order.priorityFlags()).containsExactly(new PriorityFlag("backordered part BP-200 arrived", later(60)));
        }
    }
}
