package com.aftersales.followup.figures;

import com.aftersales.platform.domain.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/** G3: the service manager's figures computed from hand-made sequences of events. */
class FiguresTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** The first week of December 2026 in Shanghai. */
    static final ReportingPeriod WEEK = new ReportingPeriod(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 7));
    /** 09:00 on 2 December in Shanghai. */
    static final Instant T0 = Instant.parse("2026-12-02T01:00:00Z");

    final List<FigureFact> facts = new ArrayList<>();

    FigureFact fact(String type, String ro, Instant at) {
        FigureFact fact = FigureFact.of(UUID.randomUUID().toString(), "dealer-1", type, ro, at);
        facts.add(fact);
        return fact;
    }

    void add(FigureFact fact) {
        facts.removeIf(f -> f.id().equals(fact.id()));
        facts.add(fact);
    }

    static Instant minutes(long m) {
        return T0.plus(Duration.ofMinutes(m));
    }

    Figures.Report report() {
        return Figures.compute(WEEK, facts, ZONE);
    }

    Figures.StepTime step(String tag) {
        return report().stepTimes().stream().filter(s -> s.step().equals(tag)).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("G3, S3.2: arrival to greeting is the average wait reception measured, in minutes")
    void arrivalToGreeting() {
        add(fact("CustomerGreeted", "ro-1", minutes(0)).withWaitSeconds(120));
        add(fact("CustomerGreeted", "ro-2", minutes(5)).withWaitSeconds(240));

        assertThat(step("arrival_to_greeting")).isEqualTo(new Figures.StepTime("arrival_to_greeting", 2, 3.0));
    }

    @Test
    @DisplayName("G3: RO opened to estimate presented, approval to ready, ready to delivered: from the first start to the first end of each RO")
    void stepsBetweenTwoEvents() {
        fact("RepairOrderOpened", "ro-1", minutes(0));
        fact("EstimatePresented", "ro-1", minutes(30));
        fact("EstimatePresented", "ro-1", minutes(50)); // a second version does not move the step
        fact("EstimateLinesApproved", "ro-1", minutes(40));
        fact("EstimateLinesApproved", "ro-1", minutes(100)); // additional work approved later
        fact("VehicleReady", "ro-1", minutes(220));
        fact("VehicleDelivered", "ro-1", minutes(250));
        fact("RepairOrderOpened", "ro-2", minutes(0));
        fact("EstimatePresented", "ro-2", minutes(10));

        assertThat(step("ro_opened_to_estimate_presented")).isEqualTo(new Figures.StepTime("ro_opened_to_estimate_presented", 2, 20.0));
        assertThat(step("approval_to_ready")).isEqualTo(new Figures.StepTime("approval_to_ready", 1, 180.0));
        assertThat(step("ready_to_delivered")).isEqualTo(new Figures.StepTime("ready_to_delivered", 1, 30.0));
    }

    @Test
    @DisplayName("G3: a step counts in the period it ends in, even when it started before; one still going does not count")
    void aStepCountsWhereItEnds() {
        fact("RepairOrderOpened", "ro-1", T0.minus(Duration.ofDays(2)));
        fact("EstimatePresented", "ro-1", T0);
        fact("RepairOrderOpened", "ro-2", T0);
        fact("RepairOrderOpened", "ro-3", minutes(0));
        fact("EstimatePresented", "ro-3", T0.plus(Duration.ofDays(10)));

        assertThat(step("ro_opened_to_estimate_presented").count()).isEqualTo(1);
        assertThat(step("ro_opened_to_estimate_presented").averageMinutes()).isEqualTo(2 * 24 * 60.0);
        assertThat(step("approval_to_ready")).isEqualTo(new Figures.StepTime("approval_to_ready", 0, null));
    }

    @Test
    @DisplayName("G3, G2: promised times kept is the share of vehicles ready that kept the promise")
    void promisesKept() {
        add(fact("VehicleReady", "ro-1", minutes(0)).withFlag(true));
        add(fact("VehicleReady", "ro-2", minutes(0)).withFlag(true));
        add(fact("VehicleReady", "ro-3", minutes(0)).withFlag(false));
        add(fact("VehicleReady", "ro-4", T0.minus(Duration.ofDays(3))).withFlag(false));

        assertThat(report().promises()).isEqualTo(new Figures.Promises(2, 1, 0.67));
    }

    @Test
    @DisplayName("G3, S9.5: rework rate is failed inspections over all inspections; first-time fix is ROs whose first inspection passed and that drew no complaint")
    void reworkAndFirstTimeFix() {
        fact("FinalInspectionFailed", "ro-1", minutes(0));
        fact("FinalInspectionPassed", "ro-1", minutes(60));
        fact("FinalInspectionPassed", "ro-2", minutes(0));
        fact("FinalInspectionPassed", "ro-3", minutes(0));
        fact("ComplaintOpened", "ro-3", T0.plus(Duration.ofDays(20)));
        fact("FinalInspectionPassed", "ro-4", minutes(0));

        assertThat(report().rework()).isEqualTo(new Figures.Rework(5, 1, 0.2));
        assertThat(report().firstTimeFix()).isEqualTo(new Figures.FirstTimeFix(4, 2, 0.5));
    }

    @Test
    @DisplayName("G3, S13.2: satisfaction is the average overall score and the share of satisfied customers")
    void satisfaction() {
        add(fact("FollowUpCompleted", "ro-1", minutes(0)).withFlag(true).withOverall(5));
        add(fact("FollowUpCompleted", "ro-2", minutes(0)).withFlag(true).withOverall(4));
        add(fact("FollowUpCompleted", "ro-3", minutes(0)).withFlag(false).withOverall(2));

        assertThat(report().satisfaction()).isEqualTo(new Figures.Satisfaction(3, 3.67, 0.67));
    }

    @Test
    @DisplayName("G3, S1.4: decline reasons count the declined estimate lines per reason")
    void declineReasons() {
        add(fact("EstimateLinesDeclined", "ro-1", minutes(0)).withReasons(List.of("PRICE", "NO_TIME")));
        add(fact("EstimateLinesDeclined", "ro-2", minutes(0)).withReasons(List.of("PRICE", FigureFacts.UNSPECIFIED)));

        assertThat(report().declineReasons()).containsExactly(entry("NO_TIME", 1), entry("PRICE", 2),
                entry(FigureFacts.UNSPECIFIED, 1));
    }

    @Test
    @DisplayName("G3: technician efficiency is standard hours over clocked hours; productivity is left out without attendance data")
    void technicianEfficiency() {
        add(fact("JobCompleted", "ro-1", minutes(0)).withHours("tech-1", 1.5, 1.0));
        add(fact("JobCompleted", "ro-2", minutes(0)).withHours("tech-1", 0.5, 1.0));
        add(fact("JobCompleted", "ro-3", minutes(0)).withHours("tech-2", 2.0, 2.5));

        assertThat(report().technicians()).containsExactly(
                new Figures.TechnicianFigures("tech-1", 2, 2.0, 2.0, 1.0),
                new Figures.TechnicianFigures("tech-2", 1, 2.0, 2.5, 0.8));
        assertThat(report().productivity().available()).isFalse();
        assertThat(report().productivity().note()).contains("attendance");
    }

    @Test
    @DisplayName("G3: technician productivity is hours clocked on jobs over hours at work from the shift clock")
    void technicianProductivity() {
        add(fact("JobCompleted", "ro-1", minutes(0)).withHours("tech-1", 1.5, 3.0));
        add(fact("JobCompleted", "ro-2", minutes(0)).withHours("tech-1", 2.0, 3.0));
        add(fact("ShiftWorked", null, minutes(0)).withHours("tech-1", 0, 8.0));
        add(fact("ShiftWorked", null, minutes(0)).withHours("tech-2", 0, 4.0));

        assertThat(report().productivity().available()).isTrue();
        assertThat(report().productivity().technicians()).containsExactly(
                new Figures.TechnicianProductivity("tech-1", 6.0, 8.0, 0.75),
                new Figures.TechnicianProductivity("tech-2", 0.0, 4.0, 0.0));
    }

    @Test
    @DisplayName("G3, step 6: parts fill rate is lines reserved at once over lines reserved or backordered")
    void partsFillRate() {
        add(fact("PartsReserved", "ro-1", minutes(0)).withLines(3));
        add(fact("PartsBackordered", "ro-1", minutes(0)).withLines(1));

        assertThat(report().partsFillRate()).isEqualTo(new Figures.PartsFillRate(3, 1, 0.75));
    }

    @Test
    @DisplayName("G3, step 2: appointments kept (the customer arrived) against no-shows")
    void appointmentsKept() {
        fact("CustomerArrived", null, minutes(0));
        fact("CustomerArrived", null, minutes(0));
        fact("CustomerArrived", null, minutes(0));
        fact("AppointmentNoShowRecorded", null, minutes(0));

        assertThat(report().appointments()).isEqualTo(new Figures.Appointments(3, 1, 0.75));
    }

    @Test
    @DisplayName("G3: with no events in the period every count is 0 and every ratio null")
    void nothingHappened() {
        Figures.Report report = report();

        assertThat(report.promises()).isEqualTo(new Figures.Promises(0, 0, null));
        assertThat(report.satisfaction()).isEqualTo(new Figures.Satisfaction(0, null, null));
        assertThat(report.stepTimes()).extracting(Figures.StepTime::count).containsOnly(0);
        assertThat(report.complaintsPerCategory()).isEmpty();
    }

    @Test
    @DisplayName("G3: the period is whole days in the dealer's zone, by default the last 30 days; backwards is refused")
    void thePeriod() {
        Clock clock = Clock.fixed(Instant.parse("2026-12-07T20:00:00Z"), ZONE); // 8 December in Shanghai
        assertThat(ReportingPeriod.of(null, null, clock))
                .isEqualTo(new ReportingPeriod(LocalDate.of(2026, 11, 9), LocalDate.of(2026, 12, 8)));
        assertThat(WEEK.contains(Instant.parse("2026-11-30T16:00:00Z"), ZONE)).isTrue();
        assertThat(WEEK.contains(Instant.parse("2026-11-30T15:59:59Z"), ZONE)).isFalse();
        assertThat(WEEK.contains(Instant.parse("2026-12-07T15:59:59Z"), ZONE)).isTrue();
        assertThatThrownBy(() -> ReportingPeriod.of(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 1), clock))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("to"));
    }
}
