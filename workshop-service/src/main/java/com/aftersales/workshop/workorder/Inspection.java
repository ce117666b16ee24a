package com.aftersales.workshop.workorder;

import com.aftersales.platform.domain.DomainRuleViolation;
import com.aftersales.platform.domain.IllegalTransitionException;
import com.aftersales.platform.domain.InvalidInputException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The final inspection of a repair order (S9.1-S9.6), generated when all its jobs are done: one item per job and
 * one per concern in the customer's words (S9.1), a road test where a job asks for it (S9.2), nothing left in the
 * car (S9.3), no new body damage (S9.4). Passed when every item is ok, else failed; both are kept for the
 * statistics (S9.5).
 */
public class Inspection {

    public enum Status { PENDING, PASSED, FAILED, CANCELLED }

    public enum ItemKind { JOB, CONCERN, ROAD_TEST, NOTHING_LEFT_IN_CAR, NO_NEW_BODY_DAMAGE }

    private String inspectionId;
    private int round;
    private Status status;
    private List<Item> items = new ArrayList<>();
    private boolean customerInvited;
    private String inspectorId;
    private boolean roadTested;
    private Boolean customerPresent;
    private List<String> reworkJobIds = new ArrayList<>();
    private Instant createdAt;
    private Instant decidedAt;

    protected Inspection() {
    }

    static Inspection generate(String inspectionId, int round, List<Job> jobs, List<WorkOrder.Concern> concerns,
                               boolean customerInvited, Instant now) {
        Inspection inspection = new Inspection();
        inspection.inspectionId = inspectionId;
        inspection.round = round;
        inspection.status = Status.PENDING;
        inspection.customerInvited = customerInvited;
        inspection.createdAt = now;
        int n = 0;
        for (Job job : jobs) {
            inspection.items.add(Item.open("I" + ++n, ItemKind.JOB, job.jobId(), "S9.1",
                    "Job done: " + job.description()));
        }
        for (WorkOrder.Concern concern : concerns) {
            inspection.items.add(Item.open("I" + ++n, ItemKind.CONCERN, concern.concernId(), "S9.1",
                    "Concern resolved: \"" + concern.customerWords() + "\""));
        }
        if (jobs.stream().anyMatch(Job::roadTest)) {
            inspection.items.add(Item.open("I" + ++n, ItemKind.ROAD_TEST, null, "S9.2",
                    "Road test: the fault is really gone"));
        }
        inspection.items.add(Item.open("I" + ++n, ItemKind.NOTHING_LEFT_IN_CAR, null, "S9.3",
                "Nothing left in the car (tools, covers, rags)"));
        inspection.items.add(Item.open("I" + ++n, ItemKind.NO_NEW_BODY_DAMAGE, null, "S9.4",
                "No new damage to the body"));
        return inspection;
    }

    /**
     * Records every item's result. Each item is answered exactly once; a road test that was asked for must be
     * done before the inspection can pass (S9.2).
     *
     * @return the ids of the jobs whose items failed
     */
    List<String> record(String inspectorId, List<ItemResult> results, boolean roadTested, Boolean customerPresent,
                        Instant now) {
        if (status != Status.PENDING) {
            throw new IllegalTransitionException("inspection", status, "record a result");
        }
        Set<String> answered = new HashSet<>();
        for (int i = 0; i < results.size(); i++) {
            ItemResult result = results.get(i);
            if (item(result.itemId()) == null) {
                throw new InvalidInputException("items[" + i + "].itemId", "is not an item of this inspection");
            }
            if (!answered.add(result.itemId())) {
                throw new InvalidInputException("items[" + i + "].itemId", "is answered twice");
            }
        }
        List<String> unanswered = items.stream().map(Item::itemId).filter(id -> !answered.contains(id)).toList();
        if (!unanswered.isEmpty()) {
            throw new DomainRuleViolation("S9.1-every-item", "items",
                    "every item of the inspection is checked; not answered: " + String.join(", ", unanswered));
        }
        Map<String, ItemResult> byId = new HashMap<>();
        results.forEach(result -> byId.put(result.itemId(), result));
        boolean roadTestAsked = items.stream().anyMatch(item -> item.kind() == ItemKind.ROAD_TEST);
        if (roadTestAsked && !roadTested && byId.get(itemOf(ItemKind.ROAD_TEST).itemId()).ok()) {
            throw new DomainRuleViolation("S9.2-road-test", "roadTested",
                    "a job of this repair order asks for a road test; drive it before passing the road-test item");
        }
        items = new ArrayList<>(items.stream().map(item -> item.answered(byId.get(item.itemId()))).toList());
        this.inspectorId = inspectorId;
        this.roadTested = roadTested;
        this.customerPresent = customerPresent;
        this.decidedAt = now;
        this.status = items.stream().allMatch(Item::okay) ? Status.PASSED : Status.FAILED;
        return items.stream().filter(item -> item.kind() == ItemKind.JOB && Boolean.FALSE.equals(item.ok()))
                .map(Item::reference).toList();
    }

    void reworkedAs(List<String> jobIds) {
        reworkJobIds = new ArrayList<>(jobIds);
    }

    void cancel() {
        status = Status.CANCELLED;
    }

    /** What the failed items say: "I2 Concern resolved: ...: still squeaks". */
    List<String> findings() {
        return items.stream().filter(item -> Boolean.FALSE.equals(item.ok()))
                .map(item -> item.text() + (item.note() == null || item.note().isBlank() ? "" : ": " + item.note()))
                .toList();
    }

    private Item item(String itemId) {
        return items.stream().filter(item -> item.itemId().equals(itemId)).findFirst().orElse(null);
    }

    private Item itemOf(ItemKind kind) {
        return items.stream().filter(item -> item.kind() == kind).findFirst().orElseThrow();
    }

    public String inspectionId() {
        return inspectionId;
    }

    public int round() {
        return round;
    }

    public Status status() {
        return status;
    }

    public List<Item> items() {
        return List.copyOf(items);
    }

    public boolean customerInvited() {
        return customerInvited;
    }

    public String inspectorId() {
        return inspectorId;
    }

    public boolean roadTested() {
        return roadTested;
    }

    public Boolean customerPresent() {
        return customerPresent;
    }

    public List<String> reworkJobIds() {
        return List.copyOf(reworkJobIds);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    /** One check; {@code reference} is the job or concern it is about; {@code ok} empty until answered. */
    public record Item(String itemId, ItemKind kind, String reference, String requirement, String text, Boolean ok,
                       String note) {
        static Item open(String itemId, ItemKind kind, String reference, String requirement, String text) {
            return new Item(itemId, kind, reference, requirement, text, null, null);
        }

        Item answered(ItemResult result) {
            return new Item(itemId, kind, reference, requirement, text, result.ok(), result.note());
        }

        boolean okay() {
            return Boolean.TRUE.equals(ok);
        }
    }

    public record ItemResult(String itemId, boolean ok, String note) {
    }
}
