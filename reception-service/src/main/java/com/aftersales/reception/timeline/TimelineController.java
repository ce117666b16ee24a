package com.aftersales.reception.timeline;

import com.aftersales.platform.web.DealerId;
import com.aftersales.reception.repairorder.RepairOrder;
import com.aftersales.reception.repairorder.RepairOrders;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/** G1: the whole life of an RO in one call: every step, who and when, from every service, in time order. */
@RestController
class TimelineController {

    private final RepairOrders repairOrders;
    private final MongoTemplate mongo;

    TimelineController(RepairOrders repairOrders, MongoTemplate mongo) {
        this.repairOrders = repairOrders;
        this.mongo = mongo;
    }

    record Entry(Instant at, String type, String who, String summary, String source) {
    }

    record Timeline(String repairOrderId, String repairOrderNumber, String appointmentId, List<Entry> entries) {
    }

    @GetMapping("/api/repair-orders/{id}/timeline")
    Timeline timeline(DealerId dealer, @PathVariable String id) {
        RepairOrder order = repairOrders.load(dealer.value(), id);
        Criteria ofThisOrder = order.appointmentId() == null ? Criteria.where("repairOrderId").is(id)
                : new Criteria().orOperator(Criteria.where("repairOrderId").is(id),
                Criteria.where("appointmentId").is(order.appointmentId()));
        Query query = new Query(new Criteria().andOperator(Criteria.where("dealerId").is(dealer.value()), ofThisOrder))
                .with(Sort.by("at", "topic", "partition", "offset"));
        List<Entry> entries = mongo.find(query, TimelineEntry.class).stream()
                .map(e -> new Entry(e.at(), e.type(), e.who(), e.summary(), e.source()))
                .toList();
        return new Timeline(order.id(), order.number(), order.appointmentId(), entries);
    }
}
