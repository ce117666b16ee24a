package com.aftersales.appointment.capacity;

import com.aftersales.contracts.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WorkshopSettingsTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    static final LocalDate SUNDAY = LocalDate.of(2026, 12, 6);
    static final EnumSet<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    static WorkshopSettings workshop(List<String> technicianHours, int bays, String bayHoursPerDay, List<WorkshopSettings.Advisor> advisors) {
        WorkshopSettings settings = new WorkshopSettings("dealer-1");
        List<WorkshopSettings.Technician> technicians = technicianHours.stream()
                .map(h -> new WorkshopSettings.Technician("t" + h, "Tech", new BigDecimal(h))).toList();
        List<WorkshopSettings.Bay> bayList = java.util.stream.IntStream.range(0, bays)
                .mapToObj(i -> new WorkshopSettings.Bay("b" + i, "Bay " + i, "LIFT")).toList();
        settings.configure(new WorkshopSettings.Configuration(new Money(30_000, "CNY"), technicians, bayList, advisors,
                new BigDecimal(bayHoursPerDay), WEEKDAYS, LocalTime.of(8, 0), LocalTime.of(18, 0)));
        return settings;
    }

    static WorkshopSettings workshop(List<String> technicianHours, int bays, String bayHoursPerDay) {
        return workshop(technicianHours, bays, bayHoursPerDay, List.of());
    }

    @Test
    @DisplayName("S2 capacity: the technicians' hours limit the day when the bays could hold more")
    void technicianHoursLimitTheDay() {
        // technicians 8 + 7.5 = 15.5; bays 2 x 10 = 20
        assertThat(workshop(List.of("8", "7.5"), 2, "10").capacityHours(MONDAY)).isEqualByComparingTo("15.5");
    }

    @Test
    @DisplayName("S2 capacity: the bays limit the day when there are more technician hours than bay hours")
    void baysLimitTheDay() {
        // technicians 3 x 8 = 24; bays 2 x 9 = 18
        assertThat(workshop(List.of("8", "8", "8"), 2, "9").capacityHours(MONDAY)).isEqualByComparingTo("18");
    }

    @Test
    @DisplayName("S2 capacity: a day that is not a working day has no capacity")
    void aNonWorkingDayHasNoCapacity() {
        assertThat(workshop(List.of("8", "8"), 2, "10").capacityHours(SUNDAY)).isEqualByComparingTo("0");
    }

    @Test
    @DisplayName("S2 capacity: a working day closed by an override (a holiday) has no capacity")
    void aClosedOverrideHasNoCapacity() {
        WorkshopSettings settings = workshop(List.of("8", "8"), 2, "10");

        settings.overrideDay(MONDAY, new WorkshopSettings.DayOverride(true, null, "public holiday"));

        assertThat(settings.capacityHours(MONDAY)).isEqualByComparingTo("0");
        assertThat(settings.capacityHours(MONDAY.plusDays(1))).isEqualByComparingTo("16");
    }

    @Test
    @DisplayName("S2 capacity: an override with fewer technician hours lowers the day's capacity")
    void anOverrideWithFewerTechnicianHoursLowersTheDay() {
        WorkshopSettings settings = workshop(List.of("8", "8"), 2, "10");

        settings.overrideDay(MONDAY, new WorkshopSettings.DayOverride(false, new BigDecimal("6"), "one technician on training"));

        assertThat(settings.capacityHours(MONDAY)).isEqualByComparingTo("6");
    }

    @Test
    @DisplayName("S2 capacity: an override's technician hours are still capped by the bays")
    void anOverrideIsCappedByTheBays() {
        WorkshopSettings settings = workshop(List.of("8", "8"), 1, "10");

        settings.overrideDay(MONDAY, new WorkshopSettings.DayOverride(false, new BigDecimal("30"), "extra staff"));

        assertThat(settings.capacityHours(MONDAY)).isEqualByComparingTo("10");
    }

    @Test
    @DisplayName("S2 capacity: an override opens a day that is not a working day")
    void anOverrideOpensANonWorkingDay() {
        WorkshopSettings settings = workshop(List.of("8", "8"), 2, "10");

        settings.overrideDay(SUNDAY, new WorkshopSettings.DayOverride(false, new BigDecimal("8"), "open Sunday"));

        assertThat(settings.capacityHours(SUNDAY)).isEqualByComparingTo("8");
    }

    @Test
    @DisplayName("S2 capacity: clearing an override brings the week's pattern back")
    void clearingAnOverrideRestoresThePattern() {
        WorkshopSettings settings = workshop(List.of("8", "8"), 2, "10");
        settings.overrideDay(MONDAY, new WorkshopSettings.DayOverride(true, null, "holiday"));

        settings.clearOverride(MONDAY);

        assertThat(settings.capacityHours(MONDAY)).isEqualByComparingTo("16");
        assertThat(settings.dayOverrides()).isEmpty();
    }

    @Test
    @DisplayName("S2: appointments are taken from opening time up to (not including) closing time")
    void openingHoursIncludeOpeningAndExcludeClosing() {
        WorkshopSettings settings = workshop(List.of("8"), 1, "10");

        assertThat(settings.isOpenAt(LocalTime.of(8, 0))).isTrue();
        assertThat(settings.isOpenAt(LocalTime.of(17, 59))).isTrue();
        assertThat(settings.isOpenAt(LocalTime.of(7, 59))).isFalse();
        assertThat(settings.isOpenAt(LocalTime.of(18, 0))).isFalse();
    }

    @Test
    @DisplayName("S3.4: only a listed advisor can take an appointment; with no list, anyone can")
    void onlyListedAdvisorsTakeAppointments() {
        assertThat(workshop(List.of("8"), 1, "10").hasAdvisor("anyone")).isTrue();

        WorkshopSettings settings = workshop(List.of("8"), 1, "10", List.of(new WorkshopSettings.Advisor("adv-1", "Chen")));

        assertThat(settings.hasAdvisor("adv-1")).isTrue();
        assertThat(settings.hasAdvisor("adv-2")).isFalse();
    }
}
