package com.aftersales.workshop.bay;

import com.aftersales.platform.outbox.AggregateRoot;
import com.aftersales.workshop.catalogue.Equipment;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** A working place of the workshop and the equipment it offers (S7.2: bays, lifts, alignment rig, diagnosis). */
@Document("bays")
public class Bay extends AggregateRoot {

    public enum Kind { GENERAL, LIFT, ALIGNMENT, DIAGNOSIS, BODY, WASH }

    private String bayId;
    private String name;
    private Kind kind;
    private List<Equipment> equipment = new ArrayList<>();
    private Instant createdAt;

    protected Bay() {
    }

    public static String keyOf(String dealerId, String bayId) {
        return dealerId + "/" + bayId;
    }

    public static Bay register(String bayId, String dealerId, String name, Kind kind, Set<Equipment> equipment, Instant now) {
        Bay bay = new Bay();
        bay.id = keyOf(dealerId, bayId);
        bay.bayId = bayId;
        bay.dealerId = dealerId;
        bay.name = name;
        bay.kind = kind;
        bay.equipment = new ArrayList<>(equipment);
        bay.createdAt = now;
        return bay;
    }

    /** S7.2: whether the bay has everything the job needs. */
    public boolean offers(Collection<Equipment> needed) {
        return equipment.containsAll(needed);
    }

    public String bayId() {
        return bayId;
    }

    public String name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    public List<Equipment> equipment() {
        return List.copyOf(equipment);
    }
}
