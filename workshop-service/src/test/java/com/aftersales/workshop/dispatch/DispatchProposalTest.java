package com.aftersales.workshop.dispatch;

import com.aftersales.workshop.bay.Bay;
import com.aftersales.workshop.catalogue.Equipment;
import com.aftersales.workshop.catalogue.LabourCategory;
import com.aftersales.workshop.technician.Technician;
import com.aftersales.workshop.technician.Technician.ExperienceLevel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** S7.2, S7.3: the proposal weighs skill, experience, speed, load and equipment. */
class DispatchProposalTest {

    static final Instant NOW = Instant.parse("2030-03-04T02:00:00Z");
    static final DispatchProposal.Need REPAIR_ON_LIFT = new DispatchProposal.Need(LabourCategory.REPAIR, List.of(Equipment.LIFT));

    static Technician technician(String id, ExperienceLevel level, LabourCategory... skills) {
        return Technician.register(id, "d1", id, Set.of(skills), level, new BigDecimal("8"), NOW);
    }

    static Bay bay(String id, Equipment... equipment) {
        return Bay.register(id, "d1", id, Bay.Kind.GENERAL, Set.of(equipment), NOW);
    }

    static final List<Bay> BAYS = List.of(bay("b-lift", Equipment.LIFT));

    @Test
    @DisplayName("S7.3: a technician without the job's skill is never proposed, however experienced")
    void skillIsRequired() {
        DispatchProposal.Proposal proposal = DispatchProposal.propose(REPAIR_ON_LIFT,
                List.of(technician("t-master", ExperienceLevel.MASTER, LabourCategory.TYRES),
                        technician("t-junior", ExperienceLevel.JUNIOR, LabourCategory.REPAIR)), Map.of(), BAYS, Map.of());

        assertThat(proposal.technicianId()).isEqualTo("t-junior");
        assertThat(proposal.candidates()).extracting(DispatchProposal.TechnicianScore::technicianId).containsExactly("t-junior");
    }

    @Test
    @DisplayName("S7.3: nobody with the skill: no technician proposed, and the reason says so")
    void noSkilledTechnician() {
        DispatchProposal.Proposal proposal = DispatchProposal.propose(REPAIR_ON_LIFT,
                List.of(technician("t-1", ExperienceLevel.MASTER, LabourCategory.BODY)), Map.of(), BAYS, Map.of());

        assertThat(proposal.technicianId()).isNull();
        assertThat(proposal.reasons().get(0)).contains("no technician has the skill REPAIR");
    }

    @Test
    @DisplayName("S7.3: with equal load, more experience wins")
    void experienceCounts() {
        DispatchProposal.Proposal proposal = DispatchProposal.propose(REPAIR_ON_LIFT,
                List.of(technician("t-junior", ExperienceLevel.JUNIOR, LabourCategory.REPAIR),
                        technician("t-senior", ExperienceLevel.SENIOR, LabourCategory.REPAIR)), Map.of(), BAYS, Map.of());

        assertThat(proposal.technicianId()).isEqualTo("t-senior");
        assertThat(proposal.reasons().get(0)).contains("t-senior", "senior");
    }

    @Test
    @DisplayName("S7.2, S7.3: a busy master loses to a free senior (current load)")
    void loadCounts() {
        DispatchProposal.Proposal proposal = DispatchProposal.propose(REPAIR_ON_LIFT,
                List.of(technician("t-master", ExperienceLevel.MASTER, LabourCategory.REPAIR),
                        technician("t-senior", ExperienceLevel.SENIOR, LabourCategory.REPAIR)),
                Map.of("t-master", new BigDecimal("6")), BAYS, Map.of());

        assertThat(proposal.technicianId()).isEqualTo("t-senior");
        assertThat(proposal.candidates().get(1).reasons()).anyMatch(reason -> reason.startsWith("load 6.0 h of 8.00 h"));
    }

    @Test
    @DisplayName("S7.3: between equals, the faster one (speed factor learnt from clocked hours) wins")
    void speedCounts() {
        Technician slow = technician("t-a", ExperienceLevel.SENIOR, LabourCategory.REPAIR);
        slow.learnFrom(new BigDecimal("4"), new BigDecimal("6"));
        Technician fast = technician("t-b", ExperienceLevel.SENIOR, LabourCategory.REPAIR);
        fast.learnFrom(new BigDecimal("4"), new BigDecimal("3"));

        DispatchProposal.Proposal proposal = DispatchProposal.propose(REPAIR_ON_LIFT, List.of(slow, fast), Map.of(), BAYS, Map.of());

        assertThat(proposal.technicianId()).isEqualTo("t-b");
        assertThat(proposal.candidates().get(0).reasons()).contains("speed factor 0.75 +0.50");
    }

    @Test
    @DisplayName("S7.2: only a bay with the needed equipment; the least busy, then the one with the least extra equipment")
    void equipmentDecidesTheBay() {
        DispatchProposal.Need alignment = new DispatchProposal.Need(LabourCategory.TYRES, List.of(Equipment.ALIGNMENT_RIG));
        List<Technician> tyres = List.of(technician("t-1", ExperienceLevel.JUNIOR, LabourCategory.TYRES));
        List<Bay> bays = List.of(bay("b-lift", Equipment.LIFT), bay("b-rig", Equipment.ALIGNMENT_RIG, Equipment.LIFT));

        assertThat(DispatchProposal.propose(alignment, tyres, Map.of(), bays, Map.of()).bayId()).isEqualTo("b-rig");
        assertThat(DispatchProposal.propose(REPAIR_ON_LIFT, List.of(), Map.of(), bays, Map.of()).bayId()).isEqualTo("b-lift");
        assertThat(DispatchProposal.propose(REPAIR_ON_LIFT, List.of(), Map.of(), bays, Map.of("b-lift", 2)).bayId()).isEqualTo("b-rig");
        DispatchProposal.Proposal none = DispatchProposal.propose(alignment, tyres, Map.of(), List.of(bay("b-lift", Equipment.LIFT)), Map.of());
        assertThat(none.bayId()).isNull();
        assertThat(none.reasons().get(1)).contains("no bay offers [ALIGNMENT_RIG]");
    }

    @Test
    @DisplayName("S7.2: a technician on shift is preferred over an equal one who is not")
    void attendanceCounts() {
        Technician absent = technician("t-a", ExperienceLevel.SENIOR, LabourCategory.REPAIR);
        Technician present = technician("t-b", ExperienceLevel.SENIOR, LabourCategory.REPAIR);
        present.clockOnShift(NOW);

        assertThat(DispatchProposal.propose(REPAIR_ON_LIFT, List.of(absent, present), Map.of(), BAYS, Map.of()).technicianId())
                .isEqualTo("t-b");
    }
}
