package com.aftersales.followup.figures;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;

/**
 * G3 as Prometheus metrics, tagged by dealer: each fact is counted once, when it is first recorded.
 * <ul>
 * <li>{@code aftersales_step_duration_seconds{dealer,step}}: a timer per step (arrival_to_greeting,
 * ro_opened_to_estimate_presented, approval_to_ready, ready_to_delivered), recorded when the later of the
 * step's two events arrives;</li>
 * <li>{@code aftersales_promises_total{dealer,outcome=kept|broken}} (G2);</li>
 * <li>{@code aftersales_inspections_total{dealer,result=passed|failed}} (rework, S9.5);</li>
 * <li>{@code aftersales_appointments_total{dealer,outcome=kept|no_show}};</li>
 * <li>{@code aftersales_declined_lines_total{dealer,reason}} (S1.4);</li>
 * <li>{@code aftersales_technician_standard_hours_total} and {@code _clocked_hours_total{dealer,technician}}
 * (efficiency is their ratio);</li>
 * <li>{@code aftersales_parts_lines_total{dealer,outcome=reserved|backordered}} (fill rate);</li>
 * <li>{@code aftersales_satisfaction_overall{dealer}} (a summary of overall scores) and
 * {@code aftersales_follow_ups_completed_total{dealer,satisfied}};</li>
 * <li>{@code aftersales_complaints_opened_total{dealer,category}}.</li>
 * </ul>
 * Metrics count from the service's start; the figures endpoint computes from the whole read model.
 */
@Component
class FigureMetrics {

    private final MeterRegistry meters;
    private final MongoTemplate mongo;

    FigureMetrics(MeterRegistry meters, MongoTemplate mongo) {
        this.meters = meters;
        this.mongo = mongo;
    }

    void record(FigureFact fact) {
        String dealer = fact.dealerId();
        switch (fact.type()) {
            case "CustomerGreeted" -> step(dealer, Figures.Step.ARRIVAL_TO_GREETING,
                    Duration.ofSeconds(fact.waitSeconds() == null ? 0 : fact.waitSeconds()));
            case "VehicleReady" -> count("aftersales.promises", "Vehicles ready, by whether the promised time was kept (G2)",
                    dealer, "outcome", Boolean.TRUE.equals(fact.flag()) ? "kept" : "broken", 1);
            case "FinalInspectionPassed" -> count("aftersales.inspections", "Final inspections by result (S9.5)", dealer,
                    "result", "passed", 1);
            case "FinalInspectionFailed" -> count("aftersales.inspections", "Final inspections by result (S9.5)", dealer,
                    "result", "failed", 1);
            case "CustomerArrived" -> count("aftersales.appointments", "Appointments kept or missed", dealer, "outcome",
                    "kept", 1);
            case "AppointmentNoShowRecorded" -> count("aftersales.appointments", "Appointments kept or missed", dealer,
                    "outcome", "no_show", 1);
            case "EstimateLinesDeclined" -> fact.reasons().forEach(reason -> count("aftersales.declined.lines",
                    "Estimate lines declined by the customer, by reason (S1.4)", dealer, "reason", reason, 1));
            case "JobCompleted" -> {
                count("aftersales.technician.standard.hours", "Standard hours of completed jobs", dealer, "technician",
                        fact.label(), fact.standardHours() == null ? 0 : fact.standardHours());
                count("aftersales.technician.clocked.hours", "Clocked hours of completed jobs", dealer, "technician",
                        fact.label(), fact.clockedHours() == null ? 0 : fact.clockedHours());
            }
            case "PartsReserved" -> count("aftersales.parts.lines", "Parts lines reserved at once or backordered", dealer,
                    "outcome", "reserved", fact.lines() == null ? 0 : fact.lines());
            case "PartsBackordered" -> count("aftersales.parts.lines", "Parts lines reserved at once or backordered", dealer,
                    "outcome", "backordered", fact.lines() == null ? 1 : fact.lines());
            case "FollowUpCompleted" -> {
                DistributionSummary.builder("aftersales.satisfaction.overall")
                        .description("Overall score (1-5) of the follow-up surveys (S13.2)")
                        .tag("dealer", dealer).register(meters).record(fact.overall() == null ? 0 : fact.overall());
                count("aftersales.follow.ups.completed", "Follow-up surveys taken", dealer, "satisfied",
                        String.valueOf(Boolean.TRUE.equals(fact.flag())), 1);
            }
            case "ComplaintOpened" -> count("aftersales.complaints.opened", "Complaints opened, by category (G7)", dealer,
                    "category", fact.label(), 1);
            default -> {
            }
        }
        List<Figures.Step> steps = Figures.stepsInvolving(fact.type());
        if (!steps.isEmpty() && fact.repairOrderId() != null) {
            List<FigureFact> order = mongo.find(new Query(Criteria.where("dealerId").is(dealer)
                    .and("repairOrderId").is(fact.repairOrderId())), FigureFact.class);
            if (!isFirstOfItsType(order, fact)) {
                return;
            }
            // the first start and the first end of a step: the later of the two to arrive records the step, once
            for (Figures.Step step : steps) {
                step.of(order).ifPresent(duration -> step(dealer, step, duration));
            }
        }
    }

    private static boolean isFirstOfItsType(List<FigureFact> order, FigureFact fact) {
        return order.stream().filter(f -> f.is(fact.type())).noneMatch(f -> f.at().isBefore(fact.at())
                || (f.at().equals(fact.at()) && f.id().compareTo(fact.id()) < 0));
    }

    private void step(String dealer, Figures.Step step, Duration duration) {
        Timer.builder("aftersales.step.duration")
                .description("Time a step of the flow takes on a repair order (G3)")
                .tag("dealer", dealer).tag("step", step.tag())
                .register(meters).record(duration);
    }

    private void count(String name, String description, String dealer, String tag, String value, double amount) {
        Counter.builder(name).description(description).tag("dealer", dealer).tag(tag, value == null ? "unknown" : value)
                .register(meters).increment(amount);
    }
}
