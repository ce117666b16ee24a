package com.aftersales.workshop.workorder;

import com.aftersales.contracts.DomainEvent;
import com.aftersales.contracts.Money;
import com.aftersales.contracts.workshop.WorkshopEvents.AdditionalWorkRequested;
import com.aftersales.contracts.workshop.WorkshopEvents.CustomerInvitedToInspection;
import com.aftersales.contracts.workshop.WorkshopEvents.FinalInspectionFailed;
import com.aftersales.contracts.workshop.WorkshopEvents.FinalInspectionPassed;
import com.aftersales.contracts.workshop.WorkshopEvents.FrontDeskNotified;
import com.aftersales.contracts.workshop.WorkshopEvents.JobCompleted;
import com.aftersales.contracts.workshop.WorkshopEvents.JobCreated;
import com.aftersales.contracts.workshop.WorkshopEvents.ProposedLine;
import com.aftersales.contracts.workshop.WorkshopEvents.RepairCompleted;
import com.aftersales.contracts.workshop.WorkshopEvents.RepairOrderAtRisk;
import com.aftersales.contracts.workshop.WorkshopEvents.VehicleReady;
import com.aftersales.contracts.workshop.WorkshopEvents.WashCompleted;
import com.aftersales.contracts.workshop.WorkshopEvents.WashQueued;
import com.aftersales.platform.domain.DomainRuleViolation;
import com.aftersales.platform.domain.IllegalTransitionException;
import com.aftersales.platform.domain.InvalidInputException;
import com.aftersales.workshop.catalogue.Equipment;
import com.aftersales.workshop.catalogue.LabourCategory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of the workshop's side of a repair order, steps 7-10. */
class WorkOrderTest {

    static final Instant NOW = Instant.parse("2030-03-04T02:00:00Z");
    static final Duration INSPECTION = Duration.ofMinutes(15);
    static final Duration WASH = Duration.ofMinutes(20);
    static final RepairChecklist DONE = new RepairChecklist(true, true, true, true, RepairChecklist.OldParts.TRUNK);

    WorkOrder order;

    @BeforeEach
    void anOpenedRepairOrder() {
        order = WorkOrder.start("d1", "ro-1", NOW);
        order.open("RO-1", null, NOW.plus(Duration.ofHours(6)));
    }

    static Job.NewJob oilChange() {
        return new Job.NewJob(List.of("L1"), "OIL", "Oil change", LabourCategory.MAINTENANCE, new BigDecimal("1.5"),
                List.of(Equipment.LIFT), false);
    }

    static Job.NewJob brakeRepair() {
        return new Job.NewJob(List.of("L2"), "BRK", "Brake pads", LabourCategory.REPAIR, new BigDecimal("2.0"),
                List.of(Equipment.LIFT), true);
    }

    void withJobs(Job.NewJob... jobs) {
        List<String> ids = java.util.stream.IntStream.range(0, jobs.length).mapToObj(i -> "job-" + (i + 1)).toList();
        order.addJobs(List.of(jobs), ids, NOW);
    }

    void doJob(String jobId) {
        order.dispatch(jobId, "t-1", "b-1", false, "foreman", NOW);
        order.clockOn(jobId, "t-1", NOW);
        order.updateChecklist(jobId, DONE);
        order.complete(jobId, "t-1", NOW.plus(Duration.ofHours(1)));
    }

    <E extends DomainEvent> List<E> raised(Class<E> type) {
        return order.raisedEvents().stream().filter(type::isInstance).map(type::cast).toList();
    }

    List<Inspection.ItemResult> allOk(Inspection inspection) {
        return inspection.items().stream().map(item -> new Inspection.ItemResult(item.itemId(), true, null)).toList();
    }

    @Test
    @DisplayName("S7.1: approved labour becomes jobs to dispatch (JobCreated), waiting for parts while one is backordered")
    void labourBecomesJobs() {
        order.backordered("res-1", "BP-1");
        withJobs(oilChange(), brakeRepair());

        assertThat(order.jobs()).extracting(Job::status).containsOnly(JobStatus.TO_DISPATCH);
        assertThat(raised(JobCreated.class)).hasSize(2).allMatch(JobCreated::waitingForParts)
                .extracting(JobCreated::requiredEquipment).containsOnly(List.of("LIFT"));
        order.addJobs(List.of(oilChange()), List.of("job-1"), NOW);
        assertThat(order.jobs()).hasSize(2);
    }

    @Test
    @DisplayName("S6.2: a job cannot start while a part is backordered; the part's arrival releases it and gives the RO priority")
    void backorderedPartHoldsTheJobUntilItArrives() {
        order.backordered("res-1", "BP-1");
        withJobs(oilChange());
        order.dispatch("job-1", "t-1", "b-1", false, "foreman", NOW);

        assertThatThrownBy(() -> order.clockOn("job-1", "t-1", NOW))
                .isInstanceOfSatisfying(DomainRuleViolation.class, e -> assertThat(e.rule()).isEqualTo("S6-parts-waiting"));
        order.partArrived("BP-1", NOW);

        assertThat(order.priority()).isTrue();
        assertThat(order.priorityReasons().get(0).reason()).contains("BP-1");
        order.clockOn("job-1", "t-1", NOW);
        assertThat(order.job("job-1").status()).isEqualTo(JobStatus.IN_PROGRESS);
    }

    @Test
    @DisplayName("S7.1: only the dispatched technician clocks on; a job not dispatched cannot be clocked on (409 TO_DISPATCH)")
    void onlyTheDispatchedTechnicianClocksOn() {
        withJobs(oilChange());
        assertThatThrownBy(() -> order.clockOn("job-1", "t-1", NOW))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> assertThat(e.currentState()).isEqualTo("TO_DISPATCH"));
        order.dispatch("job-1", "t-1", "b-1", false, "foreman", NOW);
        assertThatThrownBy(() -> order.clockOn("job-1", "t-2", NOW))
                .isInstanceOfSatisfying(DomainRuleViolation.class, e -> assertThat(e.rule()).isEqualTo("S7.1-assigned-technician"));
    }

    @Test
    @DisplayName("S7.1: clock on, pause with a reason, clock on again, complete: clocked hours are the sum of the sessions")
    void theJobClockCountsTheSessions() {
        withJobs(oilChange(), brakeRepair());
        order.dispatch("job-1", "t-1", "b-1", false, "foreman", NOW);
        order.clockOn("job-1", "t-1", NOW);
        order.pause("job-1", "t-1", "waiting for the lift", NOW.plus(Duration.ofMinutes(30)));
        assertThatThrownBy(() -> order.pause("job-1", "t-1", "again", NOW))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> assertThat(e.currentState()).isEqualTo("PAUSED"));
        order.clockOn("job-1", "t-1", NOW.plus(Duration.ofHours(1)));
        order.updateChecklist("job-1", DONE);
        order.complete("job-1", "t-1", NOW.plus(Duration.ofMinutes(90)));

        Job job = order.job("job-1");
        assertThat(job.clockedHours()).isEqualByComparingTo("1.00");
        assertThat(job.clockSessions()).hasSize(2);
        assertThat(job.clockSessions().get(0).pauseReason()).isEqualTo("waiting for the lift");
        JobCompleted completed = raised(JobCompleted.class).get(0);
        assertThat(completed.standardHours()).isEqualByComparingTo("1.5");
        assertThat(completed.clockedHours()).isEqualByComparingTo("1.00");
        assertThat(completed.rework()).isFalse();
        assertThat(raised(RepairCompleted.class)).isEmpty();
    }

    @Test
    @DisplayName("S8.1, S8.3, S8.4: completion is refused until covers, cleaning, settings, hinges and old parts are done; nothing changes")
    void theChecklistComesBeforeCompletion() {
        withJobs(oilChange());
        order.dispatch("job-1", "t-1", "b-1", false, "foreman", NOW);
        order.clockOn("job-1", "t-1", NOW);

        assertThatThrownBy(() -> order.complete("job-1", "t-1", NOW))
                .isInstanceOfSatisfying(DomainRuleViolation.class, e -> {
                    assertThat(e.rule()).isEqualTo("S8.1-covers");
                    assertThat(e.getMessage()).contains("S8.1", "S8.3", "S8.4");
                });
        order.updateChecklist("job-1", new RepairChecklist(true, true, false, true, RepairChecklist.OldParts.NONE));
        assertThatThrownBy(() -> order.complete("job-1", "t-1", NOW))
                .isInstanceOfSatisfying(DomainRuleViolation.class, e -> assertThat(e.rule()).isEqualTo("S8.3-after-work"));
        order.updateChecklist("job-1", new RepairChecklist(true, true, true, true, null));
        assertThatThrownBy(() -> order.complete("job-1", "t-1", NOW))
                .isInstanceOfSatisfying(DomainRuleViolation.class, e -> assertThat(e.rule()).isEqualTo("S8.4-old-parts"));
        assertThat(order.job("job-1").status()).isEqualTo(JobStatus.IN_PROGRESS);

        order.updateChecklist("job-1", new RepairChecklist(true, true, true, true, RepairChecklist.OldParts.DELIVERY_BAY));
        order.complete("job-1", "t-1", NOW);
        assertThat(order.job("job-1").status()).isEqualTo(JobStatus.COMPLETED);
        assertThatThrownBy(() -> order.updateChecklist("job-1", DONE)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    @DisplayName("S8.2, S7.4: extra work goes to the advisor and a change to the front desk; the job goes on")
    void additionalWorkAndReportsBlockNothing() {
        withJobs(oilChange());
        order.dispatch("job-1", "t-1", "b-1", false, "foreman", NOW);
        order.clockOn("job-1", "t-1", NOW);

        String requestId = order.requestAdditionalWork("job-1", "t-1", "brake pads worn to 2 mm",
                List.of(new ProposedLine("Brake pads", "BRK", new BigDecimal("1.0"), "BP-1", 1)), new Money(80000, "CNY"), 60, NOW);
        order.reportToFrontDesk("job-1", "t-1", "may be 30 minutes late", NOW);

        AdditionalWorkRequested requested = raised(AdditionalWorkRequested.class).get(0);
        assertThat(requested.requestId()).isEqualTo(requestId);
        assertThat(requested.estimatedExtraCost()).isEqualTo(new Money(80000, "CNY"));
        assertThat(raised(FrontDeskNotified.class).get(0).message()).isEqualTo("may be 30 minutes late");
        assertThat(order.job("job-1").status()).isEqualTo(JobStatus.IN_PROGRESS);
    }

    @Test
    @DisplayName("S9.1-S9.4: when the last job is done, RepairCompleted and an inspection: one item per job and concern, road test, nothing left, no damage")
    void theLastJobGeneratesTheInspection() {
        order.recordConcern("C1", "squeak when braking", null);
        order.recordConcern("C2", "squeak when braking hard", "C1");
        withJobs(oilChange(), brakeRepair());
        doJob("job-1");
        assertThat(order.pendingInspection()).isNull();
        doJob("job-2");

        assertThat(raised(RepairCompleted.class)).hasSize(1);
        Inspection inspection = order.pendingInspection();
        assertThat(inspection.items()).extracting(Inspection.Item::kind).containsExactly(Inspection.ItemKind.JOB,
                Inspection.ItemKind.JOB, Inspection.ItemKind.CONCERN, Inspection.ItemKind.ROAD_TEST,
                Inspection.ItemKind.NOTHING_LEFT_IN_CAR, Inspection.ItemKind.NO_NEW_BODY_DAMAGE);
        assertThat(inspection.items().get(2).text()).contains("squeak when braking hard");
        assertThat(inspection.customerInvited()).isFalse();
        assertThat(raised(CustomerInvitedToInspection.class)).isEmpty();
        assertThat(order.stage()).isEqualTo(WorkOrder.Stage.IN_INSPECTION);
    }

    @Test
    @DisplayName("S9.6: at a first maintenance the customer is invited to the final inspection")
    void aFirstMaintenanceInvitesTheCustomer() {
        order.markFirstService();
        withJobs(oilChange());
        doJob("job-1");

        assertThat(order.pendingInspection().customerInvited()).isTrue();
        assertThat(order.pendingInspection().items()).noneMatch(item -> item.kind() == Inspection.ItemKind.ROAD_TEST);
        assertThat(raised(CustomerInvitedToInspection.class)).singleElement()
                .satisfies(invited -> assertThat(invited.inspectionId()).isEqualTo(order.pendingInspection().inspectionId()));
    }

    @Test
    @DisplayName("S9.1, S9.2: every item is answered once, and a road test asked for is driven before it passes")
    void everyItemAndTheRoadTest() {
        withJobs(brakeRepair());
        doJob("job-1");
        Inspection inspection = order.pendingInspection();
        String id = inspection.inspectionId();

        assertThatThrownBy(() -> order.recordInspection(id, "qc-1", allOk(inspection).subList(0, 2), true, null, NOW, NOW))
                .isInstanceOfSatisfying(DomainRuleViolation.class, e -> assertThat(e.rule()).isEqualTo("S9.1-every-item"));
        assertThatThrownBy(() -> order.recordInspection(id, "qc-1",
                List.of(new Inspection.ItemResult("I9", true, null)), true, null, NOW, NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("items[0].itemId"));
        assertThatThrownBy(() -> order.recordInspection(id, "qc-1", allOk(inspection), false, null, NOW, NOW))
                .isInstanceOfSatisfying(DomainRuleViolation.class, e -> assertThat(e.rule()).isEqualTo("S9.2-road-test"));
        assertThat(order.pendingInspection().status()).isEqualTo(Inspection.Status.PENDING);

        order.recordInspection(id, "qc-1", allOk(inspection), true, null, NOW, NOW);
        assertThat(raised(FinalInspectionPassed.class).get(0).roadTested()).isTrue();
    }

    @Test
    @DisplayName("S9.5: a failed inspection reopens the failed job as rework, dispatched again; the next inspection follows it")
    void aFailReopensTheJobAsRework() {
        withJobs(oilChange(), brakeRepair());
        doJob("job-1");
        doJob("job-2");
        Inspection first = order.pendingInspection();
        List<Inspection.ItemResult> results = first.items().stream().map(item -> new Inspection.ItemResult(item.itemId(),
                !"job-2".equals(item.reference()), "job-2".equals(item.reference()) ? "pads squeak" : null)).toList();

        order.recordInspection(first.inspectionId(), "qc-1", results, true, null, NOW, NOW);

        FinalInspectionFailed failed = raised(FinalInspectionFailed.class).get(0);
        assertThat(failed.reworkJobIds()).hasSize(1);
        assertThat(failed.findings()).singleElement().asString().contains("Brake pads", "pads squeak");
        Job rework = order.job(failed.reworkJobIds().get(0));
        assertThat(rework.rework()).isTrue();
        assertThat(rework.reworkOf()).isEqualTo("job-2");
        assertThat(rework.status()).isEqualTo(JobStatus.TO_DISPATCH);
        assertThat(order.pendingInspection()).isNull();
        assertThat(order.wash()).isNull();

        doJob(rework.jobId());

        assertThat(raised(JobCompleted.class)).filteredOn(JobCompleted::rework).hasSize(1);
        Inspection second = order.pendingInspection();
        assertThat(second.round()).isEqualTo(2);
        assertThat(second.items()).filteredOn(item -> item.kind() == Inspection.ItemKind.JOB)
                .extracting(Inspection.Item::reference).containsExactly("job-1", rework.jobId());
        assertThat(order.inspections()).extracting(Inspection::status)
                .containsExactly(Inspection.Status.FAILED, Inspection.Status.PENDING);
    }

    @Test
    @DisplayName("S9.5: a fail with no job at fault (a tool left in the car) is inspected again at once")
    void aFailWithoutReworkIsInspectedAgain() {
        withJobs(oilChange());
        doJob("job-1");
        Inspection first = order.pendingInspection();
        List<Inspection.ItemResult> results = first.items().stream().map(item -> new Inspection.ItemResult(item.itemId(),
                item.kind() != Inspection.ItemKind.NOTHING_LEFT_IN_CAR, null)).toList();

        order.recordInspection(first.inspectionId(), "qc-1", results, false, null, NOW, NOW);

        assertThat(raised(FinalInspectionFailed.class).get(0).reworkJobIds()).isEmpty();
        assertThat(order.pendingInspection().round()).isEqualTo(2);
        assertThatThrownBy(() -> order.recordInspection(first.inspectionId(), "qc-1", results, false, null, NOW, NOW))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> assertThat(e.currentState()).isEqualTo("FAILED"));
    }

    @Test
    @DisplayName("S10.1-S10.3, G2: a pass queues the wash with its expected time; ashtray and tyres checked, then the vehicle is ready, promise kept")
    void passWashReady() {
        withJobs(oilChange());
        doJob("job-1");
        Inspection inspection = order.pendingInspection();
        Instant expected = NOW.plus(Duration.ofMinutes(40));

        order.recordInspection(inspection.inspectionId(), "qc-1", allOk(inspection), false, true, expected, NOW);

        assertThat(raised(WashQueued.class).get(0).expectedDoneAt()).isEqualTo(expected);
        String washId = order.wash().washId();
        assertThatThrownBy(() -> order.completeWash(washId, false, true, "adv-1", NOW))
                .isInstanceOfSatisfying(DomainRuleViolation.class, e -> {
                    assertThat(e.rule()).isEqualTo("S10.3-key-spots");
                    assertThat(e.field()).isEqualTo("ashtrayEmptied");
                });
        assertThatThrownBy(() -> order.completeWash(washId, true, false, "adv-1", NOW))
                .isInstanceOfSatisfying(DomainRuleViolation.class, e -> assertThat(e.field()).isEqualTo("tyresCleaned"));
        assertThat(order.ready()).isFalse();

        order.completeWash(washId, true, true, "adv-1", NOW.plus(Duration.ofHours(2)));

        assertThat(raised(WashCompleted.class).get(0).confirmedBy()).isEqualTo("adv-1");
        VehicleReady ready = raised(VehicleReady.class).get(0);
        assertThat(ready.promiseKept()).isTrue();
        assertThat(ready.readyAt()).isEqualTo(NOW.plus(Duration.ofHours(2)));
        assertThat(order.stage()).isEqualTo(WorkOrder.Stage.READY);
        assertThatThrownBy(() -> order.completeWash(washId, true, true, "adv-1", NOW))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> assertThat(e.currentState()).isEqualTo("DONE"));
    }

    @Test
    @DisplayName("G2: ready after the promised time is a promise not kept")
    void readyLateIsAPromiseBroken() {
        withJobs(oilChange());
        doJob("job-1");
        Inspection inspection = order.pendingInspection();
        order.recordInspection(inspection.inspectionId(), "qc-1", allOk(inspection), false, null, NOW, NOW);

        order.completeWash(order.wash().washId(), true, true, "adv-1", NOW.plus(Duration.ofHours(7)));

        assertThat(raised(VehicleReady.class).get(0).promiseKept()).isFalse();
        assertThat(order.promiseKept()).isFalse();
    }

    @Test
    @DisplayName("S7.1, G2: an RO whose remaining work passes the promise is flagged at risk once per promise, again after a revision")
    void atRiskOncePerPromise() {
        order.open("RO-1", null, NOW.plus(Duration.ofMinutes(150)));
        withJobs(oilChange());
        order.assessPromise(NOW, Map.of(), INSPECTION, WASH);
        assertThat(order.atRisk()).isFalse();
        assertThat(order.expectedReadyAt()).isEqualTo(NOW.plus(Duration.ofMinutes(90 + 15 + 20)));

        order.dispatch("job-1", "t-slow", "b-1", false, "foreman", NOW);
        order.assessPromise(NOW, Map.of("t-slow", new BigDecimal("1.50")), INSPECTION, WASH);
        order.assessPromise(NOW.plusSeconds(60), Map.of("t-slow", new BigDecimal("1.50")), INSPECTION, WASH);

        assertThat(order.atRisk()).isTrue();
        assertThat(raised(RepairOrderAtRisk.class)).singleElement().satisfies(risk -> {
            assertThat(risk.promisedAt()).isEqualTo(NOW.plus(Duration.ofMinutes(150)));
            assertThat(risk.expectedReadyAt()).isEqualTo(NOW.plus(Duration.ofMinutes(135 + 35)));
        });

        order.revisePromise(NOW.plus(Duration.ofMinutes(160)));
        order.assessPromise(NOW, Map.of("t-slow", new BigDecimal("1.50")), INSPECTION, WASH);
        assertThat(raised(RepairOrderAtRisk.class)).hasSize(2);

        order.revisePromise(NOW.plus(Duration.ofHours(5)));
        order.assessPromise(NOW, Map.of("t-slow", new BigDecimal("1.50")), INSPECTION, WASH);
        assertThat(order.atRisk()).isFalse();
        assertThat(raised(RepairOrderAtRisk.class)).hasSize(2);
    }

    @Test
    @DisplayName("G2: without jobs or without a promise there is nothing to judge")
    void nothingToJudgeWithoutJobs() {
        order.open("RO-1", null, NOW.minus(Duration.ofHours(1)));
        assertThat(order.assessPromise(NOW, Map.of(), INSPECTION, WASH)).isFalse();
        assertThat(order.raisedEvents()).isEmpty();
    }
}
