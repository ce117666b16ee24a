package com.aftersales.appointment.catalogue;

import com.aftersales.contracts.Money;
import com.aftersales.contracts.appointment.AppointmentEvents.ExpectedPart;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LabourOperationTest {

    static final ExpectedPart FILTER = new ExpectedPart("OF-100", "Oil filter", 1, new Money(4_500, "CNY"));
    static final ExpectedPart OIL = new ExpectedPart("EO-5W30", "Engine oil 1 l", 4, new Money(6_000, "CNY"));

    final LabourOperation oilChange = LabourOperation.define("dealer-1", "OIL",
            new LabourOperation.Definition("Oil and filter change", "MAINTENANCE", new BigDecimal("1.5"), List.of(FILTER, OIL), true));

    @Test
    @DisplayName("S2.1: an operation's expected cost is the labour rate x standard hours plus its parts")
    void expectedCostIsLabourPlusParts() {
        assertThat(oilChange.expectedCost(new Money(30_000, "CNY"))).isEqualTo(new Money(45_000 + 4_500 + 24_000, "CNY"));
    }

    @Test
    @DisplayName("S2.1: money of another currency is never mixed in")
    void currenciesAreNotMixed() {
        assertThatThrownBy(() -> oilChange.expectedCost(new Money(3_000, "EUR"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("S2.2: an operation becomes requested work with its hours and expected parts")
    void anOperationBecomesRequestedWork() {
        var work = oilChange.asRequestedWork();

        assertThat(work.labourOperationCode()).isEqualTo("OIL");
        assertThat(work.standardHours()).isEqualByComparingTo("1.5");
        assertThat(work.expectedParts()).containsExactly(FILTER, OIL);
    }

    @Test
    @DisplayName("S2.1: an operation without parts list has none")
    void noPartsMeansAnEmptyList() {
        LabourOperation inspection = LabourOperation.define("d", "CHECK",
                new LabourOperation.Definition("Inspection", "MAINTENANCE", BigDecimal.ONE, null, true));

        assertThat(inspection.expectedParts()).isEmpty();
        assertThat(inspection.expectedCost(new Money(30_000, "CNY"))).isEqualTo(new Money(30_000, "CNY"));
    }
}
