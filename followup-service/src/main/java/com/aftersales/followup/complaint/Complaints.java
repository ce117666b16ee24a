package com.aftersales.followup.complaint;

import com.aftersales.followup.followup.FollowUp;
import com.aftersales.followup.followup.FollowUps;
import com.aftersales.platform.domain.DomainRuleViolation;
import com.aftersales.platform.domain.NotFoundException;
import com.aftersales.platform.web.Versions;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.UUID;
import java.util.function.Consumer;

/** Opens, loads and saves complaints, scoped to the dealer. */
@Service
public class Complaints {

    static final String DELIVERED_RULE = "S13.1-delivered-repair-order";

    private final ComplaintRepository repository;
    private final FollowUps followUps;
    private final Clock clock;

    Complaints(ComplaintRepository repository, FollowUps followUps, Clock clock) {
        this.repository = repository;
        this.followUps = followUps;
        this.clock = clock;
    }

    public Complaint load(String dealerId, String id) {
        return repository.findByIdAndDealerId(id, dealerId).orElseThrow(() -> new NotFoundException("complaint", id));
    }

    public Complaint update(String dealerId, String id, String ifMatch, Consumer<Complaint> change) {
        Complaint complaint = load(dealerId, id);
        Versions.requireMatch(ifMatch, complaint.version());
        change.accept(complaint);
        return repository.save(complaint);
    }

    public Complaint save(Complaint complaint) {
        return repository.save(complaint);
    }

    /**
     * A complaint is about a delivered RO: its follow-up record names the customer and the vehicle that a
     * rework visit is booked for. An RO that was not delivered (or is unknown) is refused with 422.
     */
    public Complaint open(String dealerId, String repairOrderId, Complaint.Category category, String description,
                          String ownerId, String plan) {
        FollowUp followUp = followUps.ofRepairOrder(dealerId, repairOrderId).orElseThrow(() -> new DomainRuleViolation(
                DELIVERED_RULE, "repairOrderId", "repair order " + repairOrderId
                + " has no delivery on record: a complaint is about a delivered repair order"));
        Complaint complaint = Complaint.open(UUID.randomUUID().toString(), dealerId,
                new Complaint.Subject(repairOrderId, followUp.id(), followUp.customerId(), followUp.vehicleId()),
                category, description, ownerId, plan, clock.instant());
        return repository.save(complaint);
    }
}
