package com.aftersales.reception.repairorder;

import com.aftersales.contracts.Money;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One version of the estimate (S5.1). A DRAFT is edited freely; once PRESENTED to the customer it is kept as
 * it was shown, and any change starts the next version as a draft copy. When the customer has decided on
 * every line the version is DECIDED.
 */
public class EstimateVersion {

    public enum Status { DRAFT, PRESENTED, DECIDED }

    private int number;
    private Status status;
    private List<EstimateLine> lines = new ArrayList<>();
    private Instant readyFrom;
    private Instant readyBy;
    private String presentedBy;
    private Instant presentedAt;

    EstimateVersion() {
    }

    static EstimateVersion first() {
        EstimateVersion version = new EstimateVersion();
        version.number = 1;
        version.status = Status.DRAFT;
        return version;
    }

    EstimateVersion nextDraft() {
        EstimateVersion next = new EstimateVersion();
        next.number = number + 1;
        next.status = Status.DRAFT;
        next.lines = new ArrayList<>(lines.stream().map(EstimateLine::copy).toList());
        next.readyFrom = readyFrom;
        next.readyBy = readyBy;
        return next;
    }

    void add(EstimateLine line) {
        lines.add(line);
    }

    void remove(EstimateLine line) {
        lines.remove(line);
    }

    void timeRange(Instant from, Instant by) {
        readyFrom = from;
        readyBy = by;
    }

    void presented(String by, Instant at) {
        status = Status.PRESENTED;
        presentedBy = by;
        presentedAt = at;
    }

    /** A version whose every line is decided needs nothing more from the customer. */
    void settleIfEveryLineDecided() {
        if (!lines.isEmpty() && lines.stream().allMatch(EstimateLine::decided)) {
            status = Status.DECIDED;
        }
    }

    public Optional<EstimateLine> line(String lineId) {
        return lines.stream().filter(line -> line.lineId().equals(lineId)).findFirst();
    }

    public boolean hasUndecidedLines() {
        return lines.stream().anyMatch(line -> !line.decided());
    }

    public boolean hasApprovedLines() {
        return lines.stream().anyMatch(EstimateLine::approved);
    }

    /** The currency of the priced lines, if any line is priced. */
    public Optional<String> currency() {
        return lines.stream().filter(EstimateLine::priced).map(line -> line.price().currency()).findFirst();
    }

    /** Sum of the priced lines (null while no line is priced). */
    public Money total() {
        return sum(line -> true);
    }

    public Money approvedTotal() {
        return sum(EstimateLine::approved);
    }

    public Money declinedTotal() {
        return sum(EstimateLine::declined);
    }

    private Money sum(Predicate<EstimateLine> which) {
        Optional<String> currency = currency();
        if (currency.isEmpty()) {
            return null;
        }
        Money sum = Money.zero(currency.get());
        for (EstimateLine line : lines) {
            if (line.priced() && which.test(line)) {
                sum = sum.plus(line.price());
            }
        }
        return sum;
    }

    public int number() {
        return number;
    }

    public Status status() {
        return status;
    }

    public List<EstimateLine> lines() {
        return List.copyOf(lines);
    }

    public Instant readyFrom() {
        return readyFrom;
    }

    public Instant readyBy() {
        return readyBy;
    }

    public String presentedBy() {
        return presentedBy;
    }

    public Instant presentedAt() {
        return presentedAt;
    }
}
