package com.aftersales.workshop.dispatch;

import com.aftersales.workshop.bay.Bay;
import com.aftersales.workshop.catalogue.Equipment;
import com.aftersales.workshop.catalogue.LabourCategory;
import com.aftersales.workshop.technician.Technician;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The proposal of the dispatch board for one job: the technician and the bay, with the reasons.
 *
 * <p>S7.3: a technician must have the job's skill; among those, the score weighs experience (0, 1, 2 points for
 * junior, senior, master; half as much again for repairs and diagnoses), speed ((1 - speed factor) x 2: a
 * technician who needs 80 % of standard time gets +0.4), current load (- 3 x open hours / daily hours) and
 * attendance (+0.5 on shift). S7.2: a bay must offer every piece of equipment the job needs; among those, the one
 * with the fewest open jobs, then the one with the least equipment beyond what is needed (keep the alignment rig
 * free), then by id.
 */
public final class DispatchProposal {

    static final double EXPERIENCE_WEIGHT = 1.0;
    static final double SPEED_WEIGHT = 2.0;
    static final double LOAD_WEIGHT = 3.0;
    static final double ON_SHIFT_BONUS = 0.5;

    private DispatchProposal() {
    }

    /** What the job asks for. */
    public record Need(LabourCategory category, List<Equipment> equipment) {
    }

    /** The technician's score and its parts, so the board can say why. */
    public record TechnicianScore(String technicianId, double score, List<String> reasons) {
    }

    /** The proposal: ids empty when nobody (no bay) fits, with the reason. */
    public record Proposal(String technicianId, String bayId, Double score, List<String> reasons,
                           List<TechnicianScore> candidates) {
    }

    /**
     * @param openHoursByTechnician remaining standard hours of the open jobs dispatched to each technician
     * @param openJobsByBay         open jobs dispatched to each bay
     */
    public static Proposal propose(Need need, List<Technician> technicians, Map<String, BigDecimal> openHoursByTechnician,
                                   List<Bay> bays, Map<String, Integer> openJobsByBay) {
        List<String> reasons = new ArrayList<>();
        List<TechnicianScore> candidates = technicians.stream()
                .filter(technician -> technician.hasSkill(need.category()))
                .map(technician -> score(need, technician, openHoursByTechnician.getOrDefault(technician.technicianId(),
                        BigDecimal.ZERO)))
                .sorted(Comparator.comparingDouble(TechnicianScore::score).reversed()
                        .thenComparing(TechnicianScore::technicianId))
                .toList();
        TechnicianScore best = candidates.isEmpty() ? null : candidates.get(0);
        if (best == null) {
            reasons.add("S7.3: no technician has the skill " + need.category());
        } else {
            reasons.add("S7.3: " + best.technicianId() + " scores " + format(best.score()) + " ("
                    + String.join(", ", best.reasons()) + ")");
        }
        Bay bay = bays.stream().filter(candidate -> candidate.offers(need.equipment()))
                .min(Comparator.comparingInt((Bay candidate) -> openJobsByBay.getOrDefault(candidate.bayId(), 0))
                        .thenComparingInt(candidate -> candidate.equipment().size() - need.equipment().size())
                        .thenComparing(Bay::bayId))
                .orElse(null);
        if (bay == null) {
            reasons.add("S7.2: no bay offers " + need.equipment());
        } else {
            reasons.add("S7.2: bay " + bay.bayId() + " offers " + (need.equipment().isEmpty() ? "what is needed"
                    : need.equipment()) + ", " + openJobsByBay.getOrDefault(bay.bayId(), 0) + " open job(s) in it");
        }
        return new Proposal(best == null ? null : best.technicianId(), bay == null ? null : bay.bayId(),
                best == null ? null : best.score(), reasons, candidates);
    }

    static TechnicianScore score(Need need, Technician technician, BigDecimal openHours) {
        List<String> reasons = new ArrayList<>();
        reasons.add("skill " + need.category());
        boolean demanding = need.category() == LabourCategory.REPAIR || need.category() == LabourCategory.DIAGNOSIS;
        double experience = technician.experienceLevel().ordinal() * EXPERIENCE_WEIGHT * (demanding ? 1.5 : 1.0);
        reasons.add(technician.experienceLevel().name().toLowerCase(Locale.ROOT) + " " + signed(experience));
        double speed = (1.0 - technician.speedFactor().doubleValue()) * SPEED_WEIGHT;
        reasons.add("speed factor " + technician.speedFactor() + " " + signed(speed));
        double daily = technician.dailyHours() == null || technician.dailyHours().signum() <= 0 ? 8.0
                : technician.dailyHours().doubleValue();
        double load = -openHours.doubleValue() / daily * LOAD_WEIGHT;
        reasons.add("load " + openHours.setScale(1, RoundingMode.HALF_UP) + " h of " + format(daily) + " h " + signed(load));
        double shift = technician.onShift() ? ON_SHIFT_BONUS : 0.0;
        if (technician.onShift()) {
            reasons.add("on shift " + signed(shift));
        }
        return new TechnicianScore(technician.technicianId(), round(experience + speed + load + shift), reasons);
    }

    private static double round(double value) {
        return Math.round(value * 100.0) / 100.0;
    }

    private static String signed(double value) {
        return (value >= 0 ? "+" : "") + format(value);
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
