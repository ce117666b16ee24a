package com.aftersales.reception.repairorder;

import com.aftersales.contracts.Money;
import com.aftersales.contracts.appointment.AppointmentEvents.RequestedWork;

import java.time.Instant;
import java.util.List;

/** A repair order as the HTTP API shows it: intake, concerns, the estimate in short, priority. */
public record RepairOrderView(String id, String number, String status, boolean walkIn, String appointmentId,
                              String customerId, String vehicleId, String vin, String plate, String model,
                              boolean firstService, String campaignId, List<RequestedWork> requestedWork,
                              Money expectedCost, String advisorId, List<AdvisorAssignment> advisorHistory,
                              Instant openedAt, Instant arrivedAt, Instant greetedAt, String greetedBy, Long waitSeconds,
                              CheckIn checkIn, Instant promisedAt, List<PromiseRevision> promiseRevisions,
                              List<ConcernView> concerns, String diagnosisBay, List<BayMove> bayMoves,
                              EstimateSummary estimate, long pendingAdditionalWork, boolean priority,
                              List<PriorityFlag> priorityFlags, Long version) {

    public record ConcernView(String id, String status, String customerWords, String recordedBy, Instant recordedAt,
                              String correctsConcernId, String correctedByConcernId, Concern.Confirmation confirmation,
                              List<Concern.AssistanceRequest> assistanceRequests, Concern.Diagnosis diagnosis) {

        public static ConcernView of(Concern c) {
            return new ConcernView(c.id(), c.status().name(), c.customerWords(), c.recordedBy(), c.recordedAt(),
                    c.correctsConcernId(), c.correctedByConcernId(), c.confirmation(), c.assistanceRequests(), c.diagnosis());
        }
    }

    public record EstimateSummary(int version, String status, Money total, Money approvedTotal, int lines,
                                  Instant readyFrom, Instant readyBy) {
    }

    public static RepairOrderView of(RepairOrder o) {
        EstimateVersion current = o.estimate().current();
        return new RepairOrderView(o.id(), o.number(), o.status().name(), o.walkIn(), o.appointmentId(), o.customerId(),
                o.vehicleId(), o.vin(), o.plate(), o.model(), o.firstService(), o.campaignId(), o.requestedWork(),
                o.expectedCost(), o.advisorId(), o.advisorHistory(), o.openedAt(), o.arrivedAt(), o.greetedAt(),
                o.greetedBy(), o.waitSeconds(), o.checkIn(), o.promisedAt(), o.promiseRevisions(),
                o.concerns().stream().map(ConcernView::of).toList(), o.diagnosisBay(), o.bayMoves(),
                new EstimateSummary(current.number(), current.status().name(), current.total(), current.approvedTotal(),
                        current.lines().size(), current.readyFrom(), current.readyBy()),
                o.additionalWork().stream().filter(r -> r.status() == AdditionalWorkRequest.Status.PENDING).count(),
                o.priority(), o.priorityFlags(), o.version());
    }

    /** One line of a list of repair orders. */
    public record Summary(String id, String number, String status, boolean walkIn, String appointmentId,
                          String customerId, String vehicleId, String vin, String plate, String advisorId,
                          Instant openedAt, Instant arrivedAt, Instant greetedAt, Long waitSeconds, Instant promisedAt,
                          boolean priority, Long version) {

        public static Summary of(RepairOrder o) {
            return new Summary(o.id(), o.number(), o.status().name(), o.walkIn(), o.appointmentId(), o.customerId(),
                    o.vehicleId(), o.vin(), o.plate(), o.advisorId(), o.openedAt(), o.arrivedAt(), o.greetedAt(),
                    o.waitSeconds(), o.promisedAt(), o.priority(), o.version());
        }
    }
}
