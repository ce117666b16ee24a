package com.aftersales.followup.figures;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * G3, the service manager's figures for a period, computed from the facts of every service's events: how long
 * each step takes, promises kept, rework and first-time fix, satisfaction, decline reasons, technician
 * efficiency, parts fill rate, appointments kept. A figure whose events did not happen in the period is null
 * (nothing to divide by), its count 0.
 */
public final class Figures {

    /** A step of the flow timed from one event to another of the same RO (S3.2, S5.1, G2, step 12). */
    public enum Step {
        ARRIVAL_TO_GREETING("arrival_to_greeting", null, "CustomerGreeted"),
        RO_OPENED_TO_ESTIMATE_PRESENTED("ro_opened_to_estimate_presented", "RepairOrderOpened", "EstimatePresented"),
        APPROVAL_TO_READY("approval_to_ready", "EstimateLinesApproved", "VehicleReady"),
        READY_TO_DELIVERED("ready_to_delivered", "VehicleReady", "VehicleDelivered");

        final String tag;
        final String startType;
        final String endType;

        Step(String tag, String startType, String endType) {
            this.tag = tag;
            this.startType = startType;
            this.endType = endType;
        }

        public String tag() {
            return tag;
        }

        /**
         * The step's duration on one RO: from the first start event to the first end event (arrival to
         * greeting is measured by reception itself, S3.2); empty until both happened.
         */
        Optional<Duration> of(List<FigureFact> factsOfOneOrder) {
            Optional<FigureFact> end = first(factsOfOneOrder, endType);
            if (this == ARRIVAL_TO_GREETING) {
                return end.map(greeted -> Duration.ofSeconds(greeted.waitSeconds() == null ? 0 : greeted.waitSeconds()));
            }
            Optional<FigureFact> start = first(factsOfOneOrder, startType);
            if (start.isEmpty() || end.isEmpty() || end.get().at().isBefore(start.get().at())) {
                return Optional.empty();
            }
            return Optional.of(Duration.between(start.get().at(), end.get().at()));
        }

        /** The event that completes the step on the RO (it decides the period the duration counts in). */
        Optional<FigureFact> end(List<FigureFact> factsOfOneOrder) {
            return first(factsOfOneOrder, endType);
        }

        boolean involves(String type) {
            return type.equals(startType) || type.equals(endType);
        }
    }

    public record StepTime(String step, int count, Double averageMinutes) {
    }

    public record Promises(int kept, int broken, Double keptShare) {
    }

    public record Rework(int inspections, int failed, Double reworkRate) {
    }

    public record FirstTimeFix(int repairOrders, int fixedFirstTime, Double share) {
    }

    public record Satisfaction(int surveys, Double averageOverall, Double satisfiedShare) {
    }

    public record TechnicianFigures(String technicianId, int jobs, double standardHours, double clockedHours,
                                    Double efficiency) {
    }

    /** Per technician: hours clocked on jobs over hours at work (attendance from the shift clock). */
    public record TechnicianProductivity(String technicianId, double clockedHours, double attendedHours,
                                         Double productivity) {
    }

    public record Productivity(boolean available, String note, List<TechnicianProductivity> technicians) {
    }

    public record PartsFillRate(int linesReserved, int linesBackordered, Double fillRate) {
    }

    public record Appointments(int kept, int noShows, Double keptShare) {
    }

    public record Report(LocalDate from, LocalDate to, List<StepTime> stepTimes, Promises promises, Rework rework,
                         FirstTimeFix firstTimeFix, Satisfaction satisfaction, Map<String, Integer> declineReasons,
                         List<TechnicianFigures> technicians, Productivity productivity, PartsFillRate partsFillRate,
                         Appointments appointments, Map<String, Integer> complaintsPerCategory) {
    }

    static final String NO_SHIFT_DATA = "productivity (clocked hours / attended hours) needs the technicians' attendance: "
            + "no shift was clocked off in the period; efficiency (standard hours / clocked hours) is given per technician";
    static final String FROM_SHIFTS = "hours clocked on jobs / hours at work, from the workshop's shift clock";

    private Figures() {
    }

    /**
     * @param facts the dealer's facts from somewhat before the period on (a step that ends in the period may
     *              have started before it) up to now (a complaint after the period still spoils a first-time fix)
     */
    public static Report compute(ReportingPeriod period, List<FigureFact> facts, ZoneId zone) {
        Predicate<FigureFact> inPeriod = f -> period.contains(f.at(), zone);
        List<FigureFact> ofPeriod = facts.stream().filter(inPeriod).toList();
        Map<String, List<FigureFact>> byOrder = facts.stream().filter(f -> f.repairOrderId() != null)
                .collect(Collectors.groupingBy(FigureFact::repairOrderId, LinkedHashMap::new, Collectors.toList()));

        List<StepTime> stepTimes = new ArrayList<>();
        for (Step step : Step.values()) {
            List<Duration> durations = new ArrayList<>();
            if (step == Step.ARRIVAL_TO_GREETING) {
                ofPeriod.stream().filter(f -> f.is(step.endType))
                        .forEach(f -> durations.add(Duration.ofSeconds(f.waitSeconds() == null ? 0 : f.waitSeconds())));
            } else {
                for (List<FigureFact> order : byOrder.values()) {
                    if (step.end(order).filter(inPeriod).isPresent()) {
                        step.of(order).ifPresent(durations::add);
                    }
                }
            }
            stepTimes.add(new StepTime(step.tag, durations.size(), durations.isEmpty() ? null
                    : round(durations.stream().mapToLong(Duration::toSeconds).average().orElse(0) / 60.0)));
        }

        List<FigureFact> ready = ofType(ofPeriod, "VehicleReady");
        int kept = (int) ready.stream().filter(f -> Boolean.TRUE.equals(f.flag())).count();
        Promises promises = new Promises(kept, ready.size() - kept, share(kept, ready.size()));

        int passed = ofType(ofPeriod, "FinalInspectionPassed").size();
        int failed = ofType(ofPeriod, "FinalInspectionFailed").size();
        Rework rework = new Rework(passed + failed, failed, share(failed, passed + failed));

        int inspectedOrders = 0;
        int fixedFirstTime = 0;
        for (List<FigureFact> order : byOrder.values()) {
            Optional<FigureFact> firstInspection = order.stream()
                    .filter(f -> f.is("FinalInspectionPassed") || f.is("FinalInspectionFailed"))
                    .min(Comparator.comparing(FigureFact::at));
            if (firstInspection.filter(inPeriod).isEmpty()) {
                continue;
            }
            inspectedOrders++;
            boolean complained = order.stream().anyMatch(f -> f.is("ComplaintOpened"));
            if (firstInspection.get().is("FinalInspectionPassed") && !complained) {
                fixedFirstTime++;
            }
        }
        FirstTimeFix firstTimeFix = new FirstTimeFix(inspectedOrders, fixedFirstTime, share(fixedFirstTime, inspectedOrders));

        List<FigureFact> surveys = ofType(ofPeriod, "FollowUpCompleted");
        int satisfied = (int) surveys.stream().filter(f -> Boolean.TRUE.equals(f.flag())).count();
        Satisfaction satisfaction = new Satisfaction(surveys.size(), surveys.isEmpty() ? null
                : round(surveys.stream().mapToInt(f -> f.overall() == null ? 0 : f.overall()).average().orElse(0)),
                share(satisfied, surveys.size()));

        Map<String, Integer> declineReasons = new TreeMap<>();
        ofType(ofPeriod, "EstimateLinesDeclined").forEach(f -> f.reasons().forEach(r -> declineReasons.merge(r, 1, Integer::sum)));

        Map<String, List<FigureFact>> jobsByTechnician = ofType(ofPeriod, "JobCompleted").stream()
                .collect(Collectors.groupingBy(FigureFact::label, TreeMap::new, Collectors.toList()));
        List<TechnicianFigures> technicians = jobsByTechnician.entrySet().stream().map(e -> {
            double standard = e.getValue().stream().mapToDouble(f -> f.standardHours() == null ? 0 : f.standardHours()).sum();
            double clocked = e.getValue().stream().mapToDouble(f -> f.clockedHours() == null ? 0 : f.clockedHours()).sum();
            return new TechnicianFigures(e.getKey(), e.getValue().size(), round(standard), round(clocked),
                    clocked == 0 ? null : round(standard / clocked));
        }).toList();

        Map<String, Double> attended = ofType(ofPeriod, "ShiftWorked").stream().collect(Collectors.groupingBy(
                FigureFact::label, TreeMap::new, Collectors.summingDouble(f -> f.clockedHours() == null ? 0 : f.clockedHours())));
        List<TechnicianProductivity> productivities = attended.entrySet().stream().map(e -> {
            double clocked = jobsByTechnician.getOrDefault(e.getKey(), List.of()).stream()
                    .mapToDouble(f -> f.clockedHours() == null ? 0 : f.clockedHours()).sum();
            return new TechnicianProductivity(e.getKey(), round(clocked), round(e.getValue()),
                    e.getValue() == 0 ? null : round(clocked / e.getValue()));
        }).toList();
        Productivity productivity = productivities.isEmpty()
                ? new Productivity(false, NO_SHIFT_DATA, List.of())
                : new Productivity(true, FROM_SHIFTS, productivities);

        int reservedLines = ofType(ofPeriod, "PartsReserved").stream().mapToInt(f -> f.lines() == null ? 0 : f.lines()).sum();
        int backorderedLines = ofType(ofPeriod, "PartsBackordered").stream().mapToInt(f -> f.lines() == null ? 1 : f.lines()).sum();
        PartsFillRate fillRate = new PartsFillRate(reservedLines, backorderedLines,
                share(reservedLines, reservedLines + backorderedLines));

        int arrived = ofType(ofPeriod, "CustomerArrived").size();
        int noShows = ofType(ofPeriod, "AppointmentNoShowRecorded").size();
        Appointments appointments = new Appointments(arrived, noShows, share(arrived, arrived + noShows));

        Map<String, Integer> complaints = new TreeMap<>();
        ofType(ofPeriod, "ComplaintOpened").forEach(f -> complaints.merge(f.label(), 1, Integer::sum));

        return new Report(period.from(), period.to(), stepTimes, promises, rework, firstTimeFix, satisfaction,
                declineReasons, technicians, productivity, fillRate, appointments, complaints);
    }

    /** The steps whose duration an event of this type may complete. */
    static List<Step> stepsInvolving(String type) {
        return Arrays.stream(Step.values()).filter(s -> s != Step.ARRIVAL_TO_GREETING && s.involves(type)).toList();
    }

    private static Optional<FigureFact> first(List<FigureFact> facts, String type) {
        return facts.stream().filter(f -> f.is(type)).min(Comparator.comparing(FigureFact::at).thenComparing(FigureFact::id));
    }

    private static List<FigureFact> ofType(List<FigureFact> facts, String type) {
        return facts.stream().filter(f -> f.is(type)).toList();
    }

    private static Double share(int part, int whole) {
        return whole == 0 ? null : round((double) part / whole);
    }

    static Double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
