package com.aftersales.followup.analysis;

import com.aftersales.followup.complaint.Complaint;
import com.aftersales.followup.figures.ReportingPeriod;
import com.aftersales.followup.followup.FollowUp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * S13.2: the customers' opinions counted and analysed, to find what to improve: satisfaction per week (the
 * average overall score and the share of satisfied customers), the average score of each aspect, complaints
 * per category, and every suggestion and comment in the customers' words.
 */
public final class SatisfactionAnalysis {

    public record Week(LocalDate weekStart, int surveys, Double averageOverall, Double satisfiedShare) {
    }

    /** A customer's words from a survey. */
    public record Remark(String followUpId, String repairOrderId, LocalDate on, String text) {
    }

    public record Analysis(LocalDate from, LocalDate to, int surveys, Double averageOverall, Double satisfiedShare,
                           List<Week> weeks, Map<String, Double> averagePerAspect, int complaints,
                           Map<String, Integer> complaintsPerCategory, int complaintsStillOpen,
                           List<Remark> suggestions, List<Remark> comments) {
    }

    private SatisfactionAnalysis() {
    }

    /**
     * @param surveyed   follow-ups whose survey was taken in the period
     * @param complaints complaints opened in the period
     */
    public static Analysis of(ReportingPeriod period, List<FollowUp> surveyed, List<Complaint> complaints, ZoneId zone) {
        List<FollowUp> inPeriod = surveyed.stream()
                .filter(f -> f.survey() != null && period.contains(f.survey().completedAt(), zone))
                .sorted(Comparator.comparing(f -> f.survey().completedAt()))
                .toList();

        Map<LocalDate, List<FollowUp>> byWeek = new TreeMap<>();
        for (FollowUp f : inPeriod) {
            LocalDate day = f.survey().completedAt().atZone(zone).toLocalDate();
            byWeek.computeIfAbsent(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), w -> new ArrayList<>()).add(f);
        }
        List<Week> weeks = byWeek.entrySet().stream()
                .map(e -> new Week(e.getKey(), e.getValue().size(), averageOverall(e.getValue()), satisfiedShare(e.getValue())))
                .toList();

        Map<String, Double> perAspect = new LinkedHashMap<>();
        for (String aspect : FollowUp.ASPECTS) {
            perAspect.put(aspect, inPeriod.isEmpty() ? null
                    : round(inPeriod.stream().mapToInt(f -> f.survey().scores().get(aspect)).average().orElse(0)));
        }

        List<Complaint> opened = complaints.stream().filter(c -> period.contains(c.openedAt(), zone)).toList();
        Map<String, Integer> perCategory = new LinkedHashMap<>();
        for (Complaint.Category category : Complaint.Category.values()) {
            perCategory.put(category.name(), (int) opened.stream().filter(c -> c.category() == category).count());
        }

        List<Remark> suggestions = new ArrayList<>();
        List<Remark> comments = new ArrayList<>();
        for (FollowUp f : inPeriod) {
            LocalDate on = f.survey().completedAt().atZone(zone).toLocalDate();
            if (f.survey().suggestions() != null && !f.survey().suggestions().isBlank()) {
                suggestions.add(new Remark(f.id(), f.repairOrderId(), on, f.survey().suggestions()));
            }
            if (f.survey().comments() != null && !f.survey().comments().isBlank()) {
                comments.add(new Remark(f.id(), f.repairOrderId(), on, f.survey().comments()));
            }
        }

        return new Analysis(period.from(), period.to(), inPeriod.size(), averageOverall(inPeriod), satisfiedShare(inPeriod),
                weeks, perAspect, opened.size(), perCategory,
                (int) opened.stream().filter(c -> c.status() == Complaint.Status.OPEN).count(), suggestions, comments);
    }

    private static Double averageOverall(List<FollowUp> surveyed) {
        return surveyed.isEmpty() ? null : round(surveyed.stream().mapToInt(f -> f.survey().overall()).average().orElse(0));
    }

    private static Double satisfiedShare(List<FollowUp> surveyed) {
        return surveyed.isEmpty() ? null
                : round((double) surveyed.stream().filter(f -> f.survey().satisfied()).count() / surveyed.size());
    }

    static Double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
