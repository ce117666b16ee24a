package com.aftersales.workshop.workorder;

import com.aftersales.platform.consumer.InsertOnce;
import com.aftersales.platform.domain.NotFoundException;
import com.aftersales.platform.web.Versions;
import com.aftersales.platform.storage.Conflicts;
import com.aftersales.workshop.WorkshopSettings;
import com.aftersales.workshop.technician.TechnicianRepository;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Loads, changes and saves work orders, scoped to the dealer: controllers and listeners go through here (load,
 * call one method of the aggregate, save). Every save re-assesses the promise (G2), so a change of any job shows
 * at once whether the RO is at risk.
 */
@Service
public class WorkOrders {

    /** A field no document has: excluding it makes a read a projection, a consistent copy on the Mongo stand-in. */
    private static final String NO_SUCH_FIELD = "__snapshot";

    private final MongoTemplate mongo;
    private final InsertOnce insertOnce;
    private final TechnicianRepository technicians;
    private final WorkshopSettings settings;
    private final Clock clock;

    WorkOrders(MongoTemplate mongo, InsertOnce insertOnce, TechnicianRepository technicians, WorkshopSettings settings,
               Clock clock) {
        this.mongo = mongo;
        this.insertOnce = insertOnce;
        this.technicians = technicians;
        this.settings = settings;
        this.clock = clock;
    }

    public Optional<WorkOrder> findByRepairOrder(String dealerId, String repairOrderId) {
        return one(Criteria.where("_id").is(WorkOrder.idOf(dealerId, repairOrderId)));
    }

    public WorkOrder byRepairOrder(String dealerId, String repairOrderId) {
        return findByRepairOrder(dealerId, repairOrderId).orElseThrow(() -> new NotFoundException("repair order", repairOrderId));
    }

    public WorkOrder byJob(String dealerId, String jobId) {
        return one(Criteria.where("dealerId").is(dealerId).and("jobs.jobId").is(jobId))
                .orElseThrow(() -> new NotFoundException("job", jobId));
    }

    public WorkOrder byInspection(String dealerId, String inspectionId) {
        return one(Criteria.where("dealerId").is(dealerId).and("inspections.inspectionId").is(inspectionId))
                .orElseThrow(() -> new NotFoundException("inspection", inspectionId));
    }

    public WorkOrder byWash(String dealerId, String washId) {
        return one(Criteria.where("dealerId").is(dealerId).and("wash.washId").is(washId))
                .orElseThrow(() -> new NotFoundException("wash", washId));
    }

    public Optional<WorkOrder> byAppointment(String dealerId, String appointmentId) {
        return one(Criteria.where("dealerId").is(dealerId).and("appointmentId").is(appointmentId));
    }

    /** The dealer's work orders, oldest first; {@code repairOrderId} narrows to one. */
    public List<WorkOrder> all(String dealerId, String repairOrderId) {
        Criteria criteria = Criteria.where("dealerId").is(dealerId);
        if (repairOrderId != null) {
            criteria = criteria.and("repairOrderId").is(repairOrderId);
        }
        return mongo.find(Query.query(criteria).with(Sort.by("createdAt", "_id")), WorkOrder.class);
    }

    /** The dealer's work orders whose vehicle is not ready yet. */
    public List<WorkOrder> open(String dealerId) {
        return mongo.find(Query.query(Criteria.where("dealerId").is(dealerId).and("ready").is(false))
                .with(Sort.by("createdAt", "_id")), WorkOrder.class);
    }

    /** Every dealer's work orders that have jobs and are not ready: what the promise watch looks at. */
    public List<String> watchedIds() {
        Query query = Query.query(Criteria.where("ready").is(false).and("jobs.0").exists(true));
        query.fields().include("_id");
        return mongo.find(query, WorkOrder.class).stream().map(WorkOrder::id).toList();
    }

    /** Loads, checks {@code If-Match}, applies one change, re-assesses the promise and saves; redone on a conflict. */
    public WorkOrder update(Supplier<WorkOrder> load, String ifMatch, Consumer<WorkOrder> change) {
        return Conflicts.retry(() -> {
            WorkOrder order = load.get();
            Versions.requireMatch(ifMatch, order.version());
            change.accept(order);
            assess(order);
            return mongo.save(order);
        });
    }

    /**
     * Applies an event to the RO's work order once: the work order is created by whichever event of the RO comes
     * first (topics are not ordered among each other), the event's id is remembered in the same write.
     */
    public void apply(String dealerId, String repairOrderId, String eventId, Consumer<WorkOrder> change) {
        insertOnce.insert(WorkOrder.start(dealerId, repairOrderId, clock.instant()));
        Conflicts.retry(() -> {
            WorkOrder order = byRepairOrder(dealerId, repairOrderId);
            if (order.hasHandled(eventId)) {
                return order;
            }
            change.accept(order);
            order.markHandled(eventId);
            assess(order);
            return mongo.save(order);
        });
    }

    /** The scheduled check of one work order against its promise (G2); saved only when something changed. */
    public void watch(String id) {
        Conflicts.retry(() -> {
            Optional<WorkOrder> found = one(Criteria.where("_id").is(id));
            if (found.isEmpty() || !assess(found.get())) {
                return null;
            }
            return mongo.save(found.get());
        });
    }

    /** S10.1: when a car joining the queue now will be washed: after the ones queued before it. */
    public Instant washExpectedDoneAt(String dealerId, Instant now) {
        long queued = mongo.count(Query.query(Criteria.where("dealerId").is(dealerId).and("wash.status").is(Wash.Status.QUEUED)),
                WorkOrder.class);
        return now.plus(settings.washDuration().multipliedBy(queued + 1));
    }

    /** The speed factors of the technicians the RO's jobs are dispatched to. */
    public Map<String, BigDecimal> speedFactors(WorkOrder order) {
        Map<String, BigDecimal> speeds = new HashMap<>();
        order.jobs().stream().map(Job::technicianId).filter(Objects::nonNull).distinct().forEach(technicianId ->
                technicians.findByDealerIdAndTechnicianId(order.dealerId(), technicianId)
                        .ifPresent(technician -> speeds.put(technicianId, technician.speedFactor())));
        return speeds;
    }

    private boolean assess(WorkOrder order) {
        return order.assessPromise(clock.instant(), speedFactors(order), settings.inspectionAllowance(),
                settings.washDuration());
    }

    private Optional<WorkOrder> one(Criteria criteria) {
        Query query = Query.query(criteria);
        query.fields().exclude(NO_SUCH_FIELD);
        return Optional.ofNullable(mongo.findOne(query, WorkOrder.class));
    }
}
