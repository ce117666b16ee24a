package com.aftersales.appointment.capacity;

import com.aftersales.platform.domain.DomainRuleViolation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

class DayLoadTest {

    static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    static final BigDecimal CAPACITY = new BigDecimal("8");

    final DayLoad load = new DayLoad("dealer-1", DAY);

    static BigDecimal hours(String value) {
        return new BigDecimal(value);
    }

    @Test
    @DisplayName("S2 capacity: hours within the day's capacity are held, appointment by appointment")
    void hoursWithinCapacityAreHeld() {
        load.hold("a1", hours("3"), CAPACITY, DayLoad.Overbooking.REFUSED);
        load.hold("a2", hours("1.5"), CAPACITY, DayLoad.Overbooking.REFUSED);

        assertThat(load.booked()).isEqualByComparingTo("4.5");
        assertThat(load.appointments()).isEqualTo(2);
        assertThat(load.holds("a1")).isTrue();
    }

    @Test
    @DisplayName("S2 capacity: a booking that fills the day exactly is accepted")
    void fillingTheDayExactlyIsAccepted() {
        load.hold("a1", hours("6"), CAPACITY, DayLoad.Overbooking.REFUSED);
        load.hold("a2", hours("2"), CAPACITY, DayLoad.Overbooking.REFUSED);

        assertThat(load.booked()).isEqualByComparingTo("8");
    }

    @Test
    @DisplayName("S2 capacity: a booking over the day's capacity is refused with rule S2-capacity and changes nothing")
    void overCapacityIsRefusedAndChangesNothing() {
        load.hold("a1", hours("6"), CAPACITY, DayLoad.Overbooking.REFUSED);

        assertThatThrownBy(() -> load.hold("a2", hours("3"), CAPACITY, DayLoad.Overbooking.REFUSED))
                .asInstanceOf(type(DomainRuleViolation.class))
                .satisfies(e -> {
                    assertThat(e.rule()).isEqualTo("S2-capacity");
                    assertThat(e.field()).isEqualTo("date");
                    assertThat(e.getMessage()).contains("6 of 8 hours");
                });
        assertThat(load.booked()).isEqualByComparingTo("6");
        assertThat(load.holds("a2")).isFalse();
    }

    @Test
    @DisplayName("S2 capacity: the advisor may force a booking over capacity (with a reason)")
    void aForcedBookingGoesOverCapacity() {
        load.hold("a1", hours("6"), CAPACITY, DayLoad.Overbooking.REFUSED);

        load.hold("a2", hours("3"), CAPACITY, DayLoad.Overbooking.forced("recall, parts already here"));

        assertThat(load.booked()).isEqualByComparingTo("9");
    }

    @Test
    @DisplayName("S2 capacity: holding the same appointment again replaces its hours instead of adding them")
    void reHoldingTheSameAppointmentReplacesItsHours() {
        load.hold("a1", hours("4"), CAPACITY, DayLoad.Overbooking.REFUSED);
        load.hold("a2", hours("3"), CAPACITY, DayLoad.Overbooking.REFUSED);

        // 3 + 5 = 8 fits; adding to the 4 held before would have been 12
        load.hold("a1", hours("5"), CAPACITY, DayLoad.Overbooking.REFUSED);

        assertThat(load.booked()).isEqualByComparingTo("8");
        assertThat(load.appointments()).isEqualTo(2);
    }

    @Test
    @DisplayName("S2 capacity: holding the same appointment twice with the same hours is idempotent")
    void holdingTwiceIsIdempotent() {
        load.hold("a1", hours("8"), CAPACITY, DayLoad.Overbooking.REFUSED);
        load.hold("a1", hours("8"), CAPACITY, DayLoad.Overbooking.REFUSED);

        assertThat(load.booked()).isEqualByComparingTo("8");
        assertThat(load.appointments()).isEqualTo(1);
    }

    @Test
    @DisplayName("S2 capacity: nothing can be booked on a closed day (capacity 0)")
    void aClosedDayRefusesEveryBooking() {
        assertThatThrownBy(() -> load.hold("a1", hours("0.5"), BigDecimal.ZERO, DayLoad.Overbooking.REFUSED))
                .asInstanceOf(type(DomainRuleViolation.class))
                .satisfies(e -> {
                    assertThat(e.rule()).isEqualTo("S2-capacity");
                    assertThat(e.getMessage()).contains("closed");
                });
        assertThat(load.appointments()).isZero();
    }

    @Test
    @DisplayName("S2 capacity: a closed day can still take a forced booking")
    void aClosedDayTakesAForcedBooking() {
        load.hold("a1", hours("1"), BigDecimal.ZERO, DayLoad.Overbooking.forced("emergency"));

        assertThat(load.booked()).isEqualByComparingTo("1");
    }

    @Test
    @DisplayName("S2 capacity: releasing an appointment frees its hours")
    void releasingFreesTheHours() {
        load.hold("a1", hours("6"), CAPACITY, DayLoad.Overbooking.REFUSED);
        load.hold("a2", hours("2"), CAPACITY, DayLoad.Overbooking.REFUSED);

        load.release("a1");

        assertThat(load.holds("a1")).isFalse();
        assertThat(load.booked()).isEqualByComparingTo("2");
        load.hold("a3", hours("6"), CAPACITY, DayLoad.Overbooking.REFUSED);
        assertThat(load.booked()).isEqualByComparingTo("8");
    }

    @Test
    @DisplayName("S2 capacity: one document per dealer and day")
    void oneDocumentPerDealerAndDay() {
        assertThat(DayLoad.idOf("dealer-1", DAY)).isEqualTo("dealer-1:2026-12-01");
        assertThat(load.date()).isEqualTo(DAY);
    }
}
