package com.aftersales.workshop.dispatch;

import com.aftersales.platform.domain.DomainRuleViolation;
import com.aftersales.platform.domain.NotFoundException;
import com.aftersales.workshop.bay.Bay;
import com.aftersales.workshop.bay.BayRepository;
import com.aftersales.workshop.job.JobView;
import com.aftersales.workshop.technician.Technician;
import com.aftersales.workshop.technician.TechnicianRepository;
import com.aftersales.workshop.workorder.Job;
import com.aftersales.workshop.workorder.JobStatus;
import com.aftersales.workshop.workorder.WorkOrder;
import com.aftersales.workshop.workorder.WorkOrders;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The dispatch board (S7.1-S7.3): every job not yet dispatched with the proposed technician and bay and the
 * reasons, priority ROs first (S6.2), then by promised time; open requests for technician assistance (S4.4). The
 * foreman or advisor confirms the proposal or overrides it; an override must still fit the job's skill and
 * equipment.
 */
@Service
public class DispatchBoard {

    private final WorkOrders workOrders;
    private final TechnicianRepository technicians;
    private final BayRepository bays;
    private final Clock clock;

    DispatchBoard(WorkOrders workOrders, TechnicianRepository technicians, BayRepository bays, Clock clock) {
        this.workOrders = workOrders;
        this.technicians = technicians;
        this.bays = bays;
        this.clock = clock;
    }

    public record Entry(JobView job, DispatchProposal.Proposal proposal) {
    }

    public record Assistance(String repairOrderId, String repairOrderNumber, String concernId, String reason,
                             String requestedBy, Instant requestedAt) {
    }

    public record Board(List<Entry> jobs, List<Assistance> assistanceRequests) {
    }

    /** What the board works from: the dealer's people, bays and their current load. */
    private record Workshop(List<Technician> technicians, List<Bay> bays, Map<String, BigDecimal> openHours,
                            Map<String, Integer> openJobs, List<WorkOrder> orders) {
    }

    public Board board(String dealerId) {
        Workshop workshop = workshop(dealerId);
        Instant now = clock.instant();
        List<Entry> entries = new ArrayList<>();
        List<Assistance> assistance = new ArrayList<>();
        for (WorkOrder order : workshop.orders()) {
            for (Job job : order.jobs()) {
                if (job.status() == JobStatus.TO_DISPATCH) {
                    entries.add(new Entry(JobView.of(order, job, now), propose(workshop, job)));
                }
            }
            order.assistanceRequests().forEach(request -> assistance.add(new Assistance(order.repairOrderId(),
                    order.repairOrderNumber(), request.concernId(), request.reason(), request.requestedBy(),
                    request.requestedAt())));
        }
        entries.sort((a, b) -> JobView.PRIORITY_THEN_PROMISE.compare(a.job(), b.job()));
        return new Board(entries, assistance);
    }

    /** What was decided: the technician and bay, and whether the proposal was overridden. */
    public record Decision(String technicianId, String bayId, boolean overridden) {
    }

    /**
     * Accepts the proposal where no id is given, checks an override (S7.3: the technician has the skill; S7.2: the
     * bay has the equipment). Nothing is written here.
     */
    public Decision decide(String dealerId, WorkOrder order, String jobId, String technicianId, String bayId) {
        Job job = order.job(jobId);
        DispatchProposal.Need need = new DispatchProposal.Need(job.category(), job.requiredEquipment());
        if (technicianId != null) {
            Technician technician = technicians.findByDealerIdAndTechnicianId(dealerId, technicianId)
                    .orElseThrow(() -> new NotFoundException("technician", technicianId));
            if (!technician.hasSkill(job.category())) {
                throw new DomainRuleViolation("S7.3-skill", "technicianId", "technician " + technicianId
                        + " does not have the skill " + job.category() + " this job needs");
            }
        }
        if (bayId != null) {
            Bay bay = bays.findByDealerIdAndBayId(dealerId, bayId).orElseThrow(() -> new NotFoundException("bay", bayId));
            if (!bay.offers(need.equipment())) {
                throw new DomainRuleViolation("S7.2-equipment", "bayId", "bay " + bayId + " does not offer "
                        + need.equipment() + " this job needs");
            }
        }
        DispatchProposal.Proposal proposal = propose(workshop(dealerId), job);
        String chosenTechnician = technicianId != null ? technicianId : proposal.technicianId();
        String chosenBay = bayId != null ? bayId : proposal.bayId();
        if (chosenTechnician == null) {
            throw new DomainRuleViolation("S7.3-no-technician", "technicianId",
                    "no technician with the skill " + job.category() + " to propose; name one");
        }
        if (chosenBay == null) {
            throw new DomainRuleViolation("S7.2-no-bay", "bayId", "no bay offers " + need.equipment() + " to propose; name one");
        }
        boolean overridden = !Objects.equals(chosenTechnician, proposal.technicianId())
                || !Objects.equals(chosenBay, proposal.bayId());
        return new Decision(chosenTechnician, chosenBay, overridden);
    }

    private DispatchProposal.Proposal propose(Workshop workshop, Job job) {
        return DispatchProposal.propose(new DispatchProposal.Need(job.category(), job.requiredEquipment()),
                workshop.technicians(), workshop.openHours(), workshop.bays(), workshop.openJobs());
    }

    private Workshop workshop(String dealerId) {
        List<WorkOrder> orders = workOrders.open(dealerId);
        Instant now = clock.instant();
        Map<String, BigDecimal> openHours = new HashMap<>();
        Map<String, Integer> openJobs = new HashMap<>();
        for (WorkOrder order : orders) {
            for (Job job : order.jobs()) {
                if (!job.isOpen() || job.technicianId() == null) {
                    continue;
                }
                BigDecimal left = job.standardHours().subtract(job.hoursClocked(now)).max(BigDecimal.ZERO);
                openHours.merge(job.technicianId(), left, BigDecimal::add);
                openJobs.merge(job.bayId(), 1, Integer::sum);
            }
        }
        return new Workshop(technicians.findByDealerId(dealerId, Sort.by("technicianId")),
                bays.findByDealerId(dealerId, Sort.by("bayId")), openHours, openJobs, orders);
    }
}
