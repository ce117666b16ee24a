package com.aftersales.workshop.technician;

import com.aftersales.contracts.workshop.WorkshopEvents;
import com.aftersales.platform.domain.IllegalTransitionException;
import com.aftersales.workshop.catalogue.LabourCategory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** S7.3: the speed factor is learnt; the shift clock records attendance. */
class TechnicianTest {

    static final Instant NOW = Instant.parse("2030-03-04T01:00:00Z");

    Technician technician = Technician.register("t-1", "d1", "Wang", Set.of(LabourCategory.REPAIR),
            Technician.ExperienceLevel.SENIOR, new BigDecimal("8"), NOW);

    @Test
    @DisplayName("S7.3: the speed factor is the running ratio of clocked to standard hours, 1.0 until an hour is known")
    void speedFactorIsLearnt() {
        assertThat(technician.speedFactor()).isEqualByComparingTo("1.00");
        technician.learnFrom(new BigDecimal("0.5"), new BigDecimal("0.2"));
        assertThat(technician.speedFactor()).isEqualByComparingTo("1.00");
        technician.learnFrom(new BigDecimal("1.5"), new BigDecimal("1.4"));
        assertThat(technician.speedFactor()).isEqualByComparingTo("0.80");
        technician.learnFrom(BigDecimal.ZERO, new BigDecimal("3"));
        assertThat(technician.completedJobs()).isEqualTo(2);
    }

    @Test
    @DisplayName("Shift clock: on, off, and not twice in a row (409 naming the state)")
    void shiftClock() {
        technician.clockOnShift(NOW);
        assertThatThrownBy(() -> technician.clockOnShift(NOW))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> assertThat(e.currentState()).isEqualTo("ON_SHIFT"));
        technician.clockOffShift(NOW.plus(Duration.ofHours(4)));
        assertThatThrownBy(() -> technician.clockOffShift(NOW))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> assertThat(e.currentState()).isEqualTo("OFF_SHIFT"));
        assertThat(technician.attendedToday(NOW.minus(Duration.ofHours(1)), NOW.plus(Duration.ofHours(8)))).isEqualTo(Duration.ofHours(4));
    }

    @Test
    @DisplayName("G3: clocking off a shift says how long the technician was at work, for productivity")
    void clockingOffAShiftPublishesTheHoursWorked() {
        technician.clockOnShift(NOW);
        technician.clockOffShift(NOW.plus(Duration.ofMinutes(7 * 60 + 30)));

        assertThat(technician.raisedEvents()).singleElement()
                .isInstanceOfSatisfying(WorkshopEvents.ShiftWorked.class, shift -> {
                    assertThat(shift.technicianId()).isEqualTo(technician.technicianId());
                    assertThat(shift.hours()).isEqualByComparingTo("7.50");
                    assertThat(shift.startedAt()).isEqualTo(NOW);
                });
    }
}
