package com.aftersales.reception.repairorder;

import com.aftersales.contracts.Money;
import com.aftersales.contracts.appointment.AppointmentEvents.Preparation;
import com.aftersales.contracts.appointment.AppointmentEvents.RequestedWork;
import com.aftersales.contracts.reception.ReceptionEvents.AdditionalWorkConsented;
import com.aftersales.contracts.reception.ReceptionEvents.AdditionalWorkRefused;
import com.aftersales.contracts.reception.ReceptionEvents.AdvisorReassigned;
import com.aftersales.contracts.reception.ReceptionEvents.ConcernRecorded;
import com.aftersales.contracts.reception.ReceptionEvents.CustomerGreeted;
import com.aftersales.contracts.reception.ReceptionEvents.CustomerMessageRecorded;
import com.aftersales.contracts.reception.ReceptionEvents.DeclinedLine;
import com.aftersales.contracts.reception.ReceptionEvents.DiagnosisRecorded;
import com.aftersales.contracts.reception.ReceptionEvents.EstimateLinesApproved;
import com.aftersales.contracts.reception.ReceptionEvents.EstimateLinesDeclined;
import com.aftersales.contracts.reception.ReceptionEvents.EstimatePresented;
import com.aftersales.contracts.reception.ReceptionEvents.PromisedTimeRevised;
import com.aftersales.contracts.reception.ReceptionEvents.RepairOrderOpened;
import com.aftersales.contracts.reception.ReceptionEvents.SymptomConfirmed;
import com.aftersales.contracts.reception.ReceptionEvents.TechnicianAssistanceRequested;
import com.aftersales.contracts.reception.ReceptionEvents.VehicleCheckedIn;
import com.aftersales.contracts.reception.ReceptionEvents.VehicleMovedToDiagnosisBay;
import com.aftersales.contracts.workshop.WorkshopEvents.AdditionalWorkRequested;
import com.aftersales.contracts.workshop.WorkshopEvents.ProposedLine;
import com.aftersales.platform.domain.DomainRuleViolation;
import com.aftersales.platform.domain.IllegalTransitionException;
import com.aftersales.platform.domain.InvalidInputException;
import com.aftersales.platform.domain.NotFoundException;
import com.aftersales.platform.outbox.AggregateRoot;
import org.springframework.data.mongodb.core.mapping.Document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A repair order (RO), from the customer's arrival to the approved work (steps 3-5). One document holds
 * everything reception records about it: intake (greeting, advisor, check-in, promised time), the concerns
 * and their diagnosis, the versioned estimate with the customer's decisions, the messages to the customer
 * and the additional work the workshop asks for. Every rule is guarded here and every step raises a
 * past-tense event; without multi-document transactions, one RO is one atomic write.
 */
@Document("repair_orders")
public class RepairOrder extends AggregateRoot {

    /**
     * OPEN: intake, diagnosis, estimating. AWAITING_APPROVAL: an estimate is with the customer.
     * APPROVED: the customer approved work (the workshop takes it). DECLINED: the customer declined every line.
     */
    public enum Status { OPEN, AWAITING_APPROVAL, APPROVED, DECLINED }

    private static final String AGGREGATE = "repair order";

    /** What the advisor enters for a customer who came without an appointment. */
    public record WalkIn(String customerId, String vehicleId, String vin, String plate, String advisorId,
                         List<RequestedWork> requestedWork, Instant promisedAt, Instant arrivedAt) {
    }

    /** The customer's decision on one estimate line. */
    public record LineDecision(String lineId, boolean approved, String reason) {
    }

    private String number;
    private LocalDate openedOn;
    private String appointmentId;
    private boolean walkIn;
    private String customerId;
    private String vehicleId;
    private String vin;
    private String plate;
    private String model;
    private boolean firstService;
    private String campaignId;
    private List<RequestedWork> requestedWork = new ArrayList<>();
    private Money expectedCost;
    private Status status;
    private String advisorId;
    private List<AdvisorAssignment> advisorHistory = new ArrayList<>();
    private Instant openedAt;
    private Instant arrivedAt;
    private Instant greetedAt;
    private String greetedBy;
    private Long waitSeconds;
    private CheckIn checkIn;
    private Instant promisedAt;
    private List<PromiseRevision> promiseRevisions = new ArrayList<>();
    private List<Concern> concerns = new ArrayList<>();
    private List<BayMove> bayMoves = new ArrayList<>();
    private Estimate estimate;
    private List<CustomerMessage> messages = new ArrayList<>();
    private List<AdditionalWorkRequest> additionalWork = new ArrayList<>();
    private List<PriorityFlag> priorityFlags = new ArrayList<>();

    protected RepairOrder() {
    }

    // ---- opening (S3.1) ----------------------------------------------------------------------------------

    /**
     * The RO prepared from the appointment when the customer arrives (S3.1): customer, vehicle, requested
     * work and advisor are there before the customer reaches the desk. The promise is the booked start (or
     * the arrival, if later) plus the expected hours the customer was told at booking (S2.1).
     */
    public static RepairOrder openFromAppointment(String id, String dealerId, String number, LocalDate openedOn,
                                                  String appointmentId, Preparation preparation, Instant arrivedAt,
                                                  ZoneId zone, Instant now) {
        RepairOrder order = new RepairOrder();
        order.id = id;
        order.dealerId = dealerId;
        order.number = number;
        order.openedOn = openedOn;
        order.appointmentId = appointmentId;
        order.walkIn = false;
        order.customerId = preparation.customerId();
        order.vehicleId = preparation.vehicleId();
        order.vin = preparation.vin();
        order.model = preparation.model();
        order.firstService = preparation.firstService();
        order.campaignId = preparation.campaignId();
        order.requestedWork = preparation.requestedWork() == null ? new ArrayList<>() : new ArrayList<>(preparation.requestedWork());
        order.expectedCost = preparation.expectedCost();
        order.advisorId = preparation.advisorId();
        order.arrivedAt = arrivedAt;
        order.promisedAt = promiseFromBooking(preparation, arrivedAt, zone);
        order.opened(now);
        return order;
    }

    /** A customer without an appointment: the advisor opens the RO at the desk. */
    public static RepairOrder openWalkIn(String id, String dealerId, String number, LocalDate openedOn, WalkIn walkIn,
                                         Instant now) {
        checkWalkIn(walkIn, now);
        RepairOrder order = new RepairOrder();
        order.id = id;
        order.dealerId = dealerId;
        order.number = number;
        order.openedOn = openedOn;
        order.walkIn = true;
        order.customerId = walkIn.customerId();
        order.vehicleId = walkIn.vehicleId();
        order.vin = walkIn.vin();
        order.plate = walkIn.plate();
        order.requestedWork = walkIn.requestedWork() == null ? new ArrayList<>() : new ArrayList<>(walkIn.requestedWork());
        order.advisorId = walkIn.advisorId();
        order.arrivedAt = walkIn.arrivedAt() == null ? now : walkIn.arrivedAt();
        order.promisedAt = walkIn.promisedAt();
        order.opened(now);
        return order;
    }

    /** The checks of a walk-in, run before an RO number is taken for it. */
    public static void checkWalkIn(WalkIn walkIn, Instant now) {
        if (!walkIn.promisedAt().isAfter(now)) {
            throw new InvalidInputException("promisedAt", "must be in the future");
        }
        if (walkIn.arrivedAt() != null && walkIn.arrivedAt().isAfter(now)) {
            throw new InvalidInputException("arrivedAt", "must not be in the future");
        }
    }

    private void opened(Instant now) {
        openedAt = now;
        status = Status.OPEN;
        estimate = Estimate.opened();
        advisorHistory.add(new AdvisorAssignment(advisorId, walkIn ? "walk-in" : "advisor of the appointment", now));
        raise(new RepairOrderOpened(id, number, appointmentId, customerId, vehicleId, vin, advisorId, walkIn, promisedAt, now));
    }

    private static Instant promiseFromBooking(Preparation preparation, Instant arrivedAt, ZoneId zone) {
        Instant start = arrivedAt;
        if (preparation.date() != null && preparation.time() != null) {
            Instant booked = preparation.date().atTime(preparation.time()).atZone(zone).toInstant();
            start = booked.isAfter(arrivedAt) ? booked : arrivedAt;
        }
        BigDecimal hours = preparation.expectedHours() == null ? BigDecimal.ZERO : preparation.expectedHours();
        long minutes = hours.multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.CEILING).longValue();
        return start.plus(Duration.ofMinutes(Math.max(minutes, 0)));
    }

    // ---- intake (S3.2, S3.4, S8.3, G2) -------------------------------------------------------------------

    /** The customer is greeted at the desk; the wait since arrival is measured (S3.2). Once. */
    public void greet(String byAdvisorId, Instant now) {
        if (greetedAt != null) {
            throw new IllegalTransitionException(AGGREGATE, "GREETED", "record the greeting again (greeted at " + greetedAt + ")");
        }
        greetedAt = now;
        greetedBy = byAdvisorId;
        waitSeconds = Math.max(0, Duration.between(arrivedAt, now).toSeconds());
        raise(new CustomerGreeted(id, byAdvisorId, arrivedAt, now, waitSeconds));
    }

    /** Another advisor takes over; one advisor stays responsible from intake to delivery (S3.4), so a change needs a reason. */
    public void reassign(String newAdvisorId, String reason, Instant now) {
        if (newAdvisorId.equals(advisorId)) {
            throw new DomainRuleViolation("S3.4-one-advisor", "advisorId", newAdvisorId + " is the responsible advisor already");
        }
        String previous = advisorId;
        advisorId = newAdvisorId;
        advisorHistory.add(new AdvisorAssignment(newAdvisorId, reason, now));
        raise(new AdvisorReassigned(id, previous, newAdvisorId, reason, now));
    }

    /** The walkaround at check-in (S8.3): recorded once, as the vehicle came. */
    public void checkIn(CheckIn walkaround) {
        if (checkIn != null) {
            throw new IllegalTransitionException(AGGREGATE, "CHECKED_IN", "check the vehicle in again (checked in at "
                    + checkIn.checkedInAt() + ")");
        }
        checkIn = walkaround;
        raise(new VehicleCheckedIn(id, walkaround.odometerKm(), walkaround.fuelLevelPercent(), walkaround.existingDamage(),
                walkaround.valuables(), walkaround.settingsToRestore(), walkaround.checkedInBy(), walkaround.checkedInAt()));
    }

    /** The promised time changes only with a record of who and why (G2). */
    public void revisePromise(Instant newPromise, String reason, String revisedBy, Instant now) {
        if (!newPromise.isAfter(now)) {
            throw new InvalidInputException("promisedAt", "must be in the future");
        }
        if (newPromise.equals(promisedAt)) {
            throw new InvalidInputException("promisedAt", "is the promised time already");
        }
        changePromise(newPromise, reason, revisedBy, now);
    }

    private void changePromise(Instant newPromise, String reason, String revisedBy, Instant now) {
        Instant previous = promisedAt;
        promisedAt = newPromise;
        promiseRevisions.add(new PromiseRevision(previous, newPromise, reason, revisedBy, now));
        raise(new PromisedTimeRevised(id, previous, newPromise, reason, revisedBy, now));
    }

    /** A missing part arrived (S6.2): the repair gets priority. */
    public void prioritise(String reason, Instant now) {
        priorityFlags.add(new PriorityFlag(reason, now));
    }

    // ---- concerns and diagnosis (S4.1-S4.4) --------------------------------------------------------------

    /**
     * The customer's own words, kept verbatim (S4.1): never trimmed, never rewritten. A correction is a new
     * concern beside the one it corrects, which stays as it was.
     */
    public Concern recordConcern(String customerWords, String correctsConcernId, String recordedBy, Instant now) {
        Concern corrected = null;
        if (correctsConcernId != null) {
            corrected = concerns.stream().filter(c -> c.id().equals(correctsConcernId)).findFirst().orElseThrow(() ->
                    new DomainRuleViolation("S4.1-correction", "correctsConcernId", "this repair order has no concern " + correctsConcernId));
            if (corrected.correctedByConcernId() != null) {
                throw new DomainRuleViolation("S4.1-correction", "correctsConcernId", "concern " + correctsConcernId
                        + " was corrected already by " + corrected.correctedByConcernId() + "; correct that one");
            }
        }
        Concern concern = new Concern("C" + (concerns.size() + 1), customerWords, correctsConcernId, recordedBy, now);
        concerns.add(concern);
        if (corrected != null) {
            corrected.correctedBy(concern.id());
        }
        raise(new ConcernRecorded(id, concern.id(), customerWords, correctsConcernId, recordedBy, now));
        return concern;
    }

    /** The symptom is confirmed together with the customer (S4.3). */
    public void confirmSymptom(String concernId, String note, String confirmedBy, Instant now) {
        Concern concern = concern(concernId);
        requireConcernIn(concern, "confirm the symptom", Concern.Status.RECORDED);
        concern.confirm(new Concern.Confirmation(note, confirmedBy, now));
        raise(new SymptomConfirmed(id, concernId, note, confirmedBy, now));
    }

    /** A long diagnosis moves the vehicle to a diagnosis bay (S4.2). */
    public void moveToDiagnosisBay(String bayId, String movedBy, Instant now) {
        if (bayId.equals(diagnosisBay())) {
            throw new DomainRuleViolation("S4.2-diagnosis-bay", "bayId", "the vehicle is at diagnosis bay " + bayId + " already");
        }
        bayMoves.add(new BayMove(bayId, movedBy, now));
        raise(new VehicleMovedToDiagnosisBay(id, bayId, movedBy, now));
    }

    /** The advisor calls a technician to help at the diagnosis bay (S4.4); workshop-service answers the request. */
    public void requestTechnicianAssistance(String concernId, String reason, String requestedBy, Instant now) {
        Concern concern = concern(concernId);
        requireConcernIn(concern, "ask a technician to help with it", Concern.Status.RECORDED, Concern.Status.CONFIRMED);
        if (diagnosisBay() == null) {
            throw new DomainRuleViolation("S4.4-diagnosis-bay",
                    "a technician helps at the diagnosis bay: move the vehicle to a diagnosis bay first (S4.2)");
        }
        concern.requestAssistance(new Concern.AssistanceRequest(reason, requestedBy, now));
        raise(new TechnicianAssistanceRequested(id, concernId, reason, requestedBy, now));
    }

    /** Cause and correction of a concern whose symptom was confirmed with the customer (S4.3). */
    public void recordDiagnosis(String concernId, String cause, String correction, String diagnosedBy, Instant now) {
        Concern concern = concern(concernId);
        if (concern.status() == Concern.Status.RECORDED) {
            throw new IllegalTransitionException("concern " + concernId, concern.status(),
                    "record a diagnosis before the symptom is confirmed with the customer (S4.3)");
        }
        requireConcernIn(concern, "record a diagnosis", Concern.Status.CONFIRMED);
        concern.diagnose(new Concern.Diagnosis(cause, correction, diagnosedBy, now));
        raise(new DiagnosisRecorded(id, concernId, cause, correction, diagnosedBy, now));
    }

    private Concern concern(String concernId) {
        return concerns.stream().filter(c -> c.id().equals(concernId)).findFirst()
                .orElseThrow(() -> new NotFoundException("concern", concernId));
    }

    private static void requireConcernIn(Concern concern, String action, Concern.Status... allowed) {
        if (!List.of(allowed).contains(concern.status())) {
            throw new IllegalTransitionException("concern " + concern.id(), concern.status(), action);
        }
    }

    // ---- estimate (S5.1) ---------------------------------------------------------------------------------

    /** Adds a line to the draft (a change after presenting starts the next version; the presented one is kept). */
    public EstimateLine addEstimateLine(PricedLine priced) {
        requireEstimateCurrency(priced.pricing().price(), "price", null);
        EstimateLine line = new EstimateLine(estimate.nextLineId(), priced.line(), priced.pricing(), null);
        estimate.editable().add(line);
        refreshStatus();
        return line;
    }

    /** The line as it stands in the current version, to be priced again; decided lines that have a price are final. */
    public EstimateLine lineToPrice(String lineId, String action) {
        EstimateLine line = currentLine(lineId);
        if (line.decided() && line.priced()) {
            throw new IllegalTransitionException("estimate line " + lineId, decisionState(line), action + ": its price was decided on");
        }
        return line;
    }

    /** A price set by hand, e.g. while parts-service is down. */
    public void priceEstimateLine(String lineId, Money price, String pricedBy) {
        lineToPrice(lineId, "change the price");
        requireEstimateCurrency(price, "price", lineId);
        estimate.editable().line(lineId).orElseThrow().applyPricing(LinePricing.manual(price), pricedBy);
        refreshStatus();
    }

    /** New pricing from the labour rate or parts-service. */
    public void repriceEstimateLine(String lineId, LinePricing pricing) {
        lineToPrice(lineId, "ask for its price again");
        requireEstimateCurrency(pricing.price(), "price", lineId);
        estimate.editable().line(lineId).orElseThrow().applyPricing(pricing, null);
        refreshStatus();
    }

    public void removeEstimateLine(String lineId) {
        EstimateLine line = currentLine(lineId);
        if (line.decided()) {
            throw new IllegalTransitionException("estimate line " + lineId, decisionState(line), "remove a line the customer decided on");
        }
        EstimateVersion draft = estimate.editable();
        draft.remove(draft.line(lineId).orElseThrow());
        refreshStatus();
    }

    /** The range of time the work will be ready in, told with the cost (S5.1). */
    public void setEstimateTimeRange(Instant readyFrom, Instant readyBy, Instant now) {
        if (!readyBy.isAfter(readyFrom)) {
            throw new InvalidInputException("readyBy", "must be after readyFrom");
        }
        if (!readyBy.isAfter(now)) {
            throw new InvalidInputException("readyBy", "must be in the future");
        }
        EstimateVersion current = estimate.current();
        if (readyFrom.equals(current.readyFrom()) && readyBy.equals(current.readyBy())) {
            return;
        }
        estimate.editable().timeRange(readyFrom, readyBy);
        refreshStatus();
    }

    /**
     * Presents the current draft (S5.1): items and costs are settled first, so only a complete estimate is
     * presented: at least one line, every line priced, and a time range.
     */
    public void presentEstimate(String presentedBy, Instant now) {
        EstimateVersion current = estimate.current();
        if (current.status() != EstimateVersion.Status.DRAFT) {
            throw new IllegalTransitionException("estimate version " + current.number(), current.status(),
                    "present it again: a change starts a new version, which can be presented");
        }
        if (current.lines().isEmpty()) {
            throw new DomainRuleViolation("S5.1-no-lines", "the estimate has no lines to present");
        }
        for (EstimateLine line : current.lines()) {
            if (!line.priced()) {
                throw new DomainRuleViolation("S5.1-unpriced-line", "line " + line.lineId() + " (" + line.description()
                        + ") has no price yet: set one, or ask parts-service again, before presenting");
            }
        }
        if (current.readyFrom() == null || current.readyBy() == null) {
            throw new DomainRuleViolation("S5.1-time-range", "set the time range the work will be ready in before presenting");
        }
        if (!current.hasUndecidedLines()) {
            throw new DomainRuleViolation("S5.1-nothing-to-decide", "the customer has decided on every line already");
        }
        current.presented(presentedBy, now);
        refreshStatus();
        raise(new EstimatePresented(id, current.number(), current.lines().stream().map(EstimateLine::toEvent).toList(),
                current.total(), current.readyFrom(), current.readyBy(), presentedBy, now));
    }

    /**
     * The customer approves or declines lines of the presented version, each once (S5.1); partial approval
     * is normal. Approved lines go to parts and workshop; declined lines go to appointment-service as future
     * solicitation (S1).
     */
    public void recordDecisions(DecisionMethod how, String recordedBy, List<LineDecision> decisions, Instant now) {
        EstimateVersion current = estimate.current();
        if (current.status() != EstimateVersion.Status.PRESENTED) {
            throw new IllegalTransitionException("estimate version " + current.number(), current.status(),
                    current.status() == EstimateVersion.Status.DRAFT
                            ? "record the customer's decisions before it is presented (S5.1)"
                            : "record decisions: the customer has decided on every line");
        }
        Set<String> named = new HashSet<>();
        for (int i = 0; i < decisions.size(); i++) {
            String lineId = decisions.get(i).lineId();
            String field = "decisions[" + i + "].lineId";
            if (!named.add(lineId)) {
                throw new InvalidInputException(field, "line " + lineId + " is named twice");
            }
            EstimateLine line = current.line(lineId).orElseThrow(() -> new DomainRuleViolation("S5.1-unknown-line", field,
                    "estimate version " + current.number() + " has no line " + lineId));
            if (line.decided()) {
                throw new IllegalTransitionException("estimate line " + lineId, decisionState(line),
                        "decide on it again (decided " + line.decision().at() + " by " + line.decision().recordedBy() + ")");
            }
        }
        List<EstimateLine> approved = new ArrayList<>();
        List<EstimateLine> declined = new ArrayList<>();
        for (LineDecision decision : decisions) {
            EstimateLine line = current.line(decision.lineId()).orElseThrow();
            line.decide(new EstimateLine.Decision(decision.approved(), decision.reason(), how, recordedBy, now));
            (decision.approved() ? approved : declined).add(line);
        }
        current.settleIfEveryLineDecided();
        refreshStatus();
        if (!approved.isEmpty()) {
            raise(new EstimateLinesApproved(id, number, current.number(), approved.stream().map(EstimateLine::toEvent).toList(),
                    how.name(), recordedBy, now));
        }
        if (!declined.isEmpty()) {
            raise(new EstimateLinesDeclined(id, number, customerId, vehicleId, current.number(),
                    declined.stream().map(line -> new DeclinedLine(line.lineId(), line.description(),
                            line.labourOperationCode(), line.price(), line.decision().reason())).toList(),
                    advisorId, now));
        }
    }

    private EstimateLine currentLine(String lineId) {
        return estimate.current().line(lineId).orElseThrow(() -> new NotFoundException("estimate line", lineId));
    }

    private static String decisionState(EstimateLine line) {
        return line.approved() ? "APPROVED" : "DECLINED";
    }

    /** One currency per estimate: totals never mix currencies. */
    private void requireEstimateCurrency(Money price, String field, String exceptLineId) {
        if (price == null) {
            return;
        }
        estimate.current().lines().stream()
                .filter(line -> line.priced() && !line.lineId().equals(exceptLineId))
                .map(line -> line.price().currency())
                .filter(currency -> !currency.equals(price.currency()))
                .findFirst()
                .ifPresent(currency -> {
                    throw new DomainRuleViolation("S5.1-currency", field, "the estimate is in " + currency
                            + "; a price in " + price.currency() + " cannot be added to it");
                });
    }

    private void refreshStatus() {
        EstimateVersion current = estimate.current();
        if (current.status() == EstimateVersion.Status.PRESENTED) {
            status = Status.AWAITING_APPROVAL;
        } else if (current.hasApprovedLines()) {
            status = Status.APPROVED;
        } else if (current.status() == EstimateVersion.Status.DECIDED) {
            status = Status.DECLINED;
        } else {
            status = Status.OPEN;
        }
    }

    // ---- messages to the customer (S5.2, S6.2) -----------------------------------------------------------

    public CustomerMessage recordMessage(CustomerMessage.Channel channel, String message, String sentBy,
                                         CustomerMessage.Delivery delivery, Instant now) {
        CustomerMessage recorded = new CustomerMessage("M" + (messages.size() + 1), channel, message, sentBy, now, delivery);
        messages.add(recorded);
        raise(new CustomerMessageRecorded(id, channel.name(), message, sentBy, now));
        return recorded;
    }

    // ---- additional work (S8.2) --------------------------------------------------------------------------

    /** A request from the workshop, kept until the customer answers. @return false when it is known already */
    public boolean receiveAdditionalWork(AdditionalWorkRequested requested) {
        if (additionalWorkRequest(requested.requestId()).isPresent()) {
            return false;
        }
        additionalWork.add(new AdditionalWorkRequest(requested.requestId(), requested.jobId(), requested.technicianId(),
                requested.reason(), requested.lines(), requested.estimatedExtraCost(), requested.estimatedExtraMinutes(),
                requested.requestedAt()));
        return true;
    }

    /** The estimate lines a pending request would add: labour and/or a part per proposed line. */
    public List<NewLine> linesProposedBy(String requestId) {
        AdditionalWorkRequest request = pendingRequest(requestId, "record the customer's answer");
        List<NewLine> lines = new ArrayList<>();
        for (ProposedLine proposed : request.lines()) {
            if (proposed.standardHours() != null && proposed.standardHours().signum() > 0) {
                lines.add(NewLine.labour(proposed.description(), proposed.labourOperationCode(), proposed.standardHours()));
            }
            if (proposed.partNumber() != null && !proposed.partNumber().isBlank()) {
                lines.add(NewLine.part(proposed.description(), proposed.partNumber(), Math.max(1, proposed.quantity())));
            }
        }
        return lines;
    }

    /**
     * The customer consents (S8.2): the proposed work joins the estimate as approved lines, and the cost and
     * the promised time change (to the time given, else later by the workshop's estimate of extra minutes).
     */
    public void consentToAdditionalWork(String requestId, List<PricedLine> lines, DecisionMethod how, String recordedBy,
                                        Instant newPromise, Instant now) {
        AdditionalWorkRequest request = pendingRequest(requestId, "record the customer's answer");
        if (newPromise != null && !newPromise.isAfter(now)) {
            throw new InvalidInputException("promisedAt", "must be in the future");
        }
        String currency = lines.stream().map(priced -> priced.pricing().price()).filter(price -> price != null)
                .map(Money::currency).findFirst().orElse(null);
        for (PricedLine priced : lines) {
            requireEstimateCurrency(priced.pricing().price(), "lines", null);
            if (priced.pricing().price() != null && !priced.pricing().price().currency().equals(currency)) {
                throw new DomainRuleViolation("S5.1-currency", "the proposed lines are priced in different currencies");
            }
        }
        Instant promise = newPromise != null ? newPromise
                : request.estimatedExtraMinutes() > 0 ? promisedAt.plus(Duration.ofMinutes(request.estimatedExtraMinutes()))
                : promisedAt;
        List<EstimateLine> added = new ArrayList<>();
        Integer estimateVersion = null;
        if (!lines.isEmpty()) {
            EstimateVersion version = estimate.editable();
            for (PricedLine priced : lines) {
                EstimateLine line = new EstimateLine(estimate.nextLineId(), priced.line(), priced.pricing(), requestId);
                line.decide(new EstimateLine.Decision(true, "additional work " + requestId + " consented", how, recordedBy, now));
                version.add(line);
                added.add(line);
            }
            version.settleIfEveryLineDecided();
            estimateVersion = version.number();
        }
        boolean allPriced = added.stream().allMatch(EstimateLine::priced);
        Money extraCost = allPriced && !added.isEmpty() ? added.stream().map(EstimateLine::price).reduce(Money::plus).orElseThrow()
                : request.estimatedExtraCost();
        request.settle(new AdditionalWorkRequest.Outcome(true, null, how, recordedBy, now,
                added.stream().map(EstimateLine::lineId).toList(), estimateVersion, promise));
        refreshStatus();
        raise(new AdditionalWorkConsented(id, requestId, added.stream().map(EstimateLine::toEvent).toList(), extraCost,
                promise, recordedBy, now));
        if (!promise.equals(promisedAt)) {
            changePromise(promise, "additional work " + requestId + " consented", recordedBy, now);
        }
    }

    /** The customer refuses (S8.2): nothing changes but the record. */
    public void refuseAdditionalWork(String requestId, String reason, DecisionMethod how, String recordedBy, Instant now) {
        AdditionalWorkRequest request = pendingRequest(requestId, "record the customer's answer");
        request.settle(new AdditionalWorkRequest.Outcome(false, reason, how, recordedBy, now, List.of(), null, null));
        raise(new AdditionalWorkRefused(id, requestId, reason, recordedBy, now));
    }

    public Optional<AdditionalWorkRequest> additionalWorkRequest(String requestId) {
        return additionalWork.stream().filter(request -> request.requestId().equals(requestId)).findFirst();
    }

    private AdditionalWorkRequest pendingRequest(String requestId, String action) {
        AdditionalWorkRequest request = additionalWorkRequest(requestId)
                .orElseThrow(() -> new NotFoundException("additional-work request", requestId));
        if (request.status() != AdditionalWorkRequest.Status.PENDING) {
            throw new IllegalTransitionException("additional-work request " + requestId, request.status(),
                    action + " again");
        }
        return request;
    }

    // ---- reading -----------------------------------------------------------------------------------------

    /** The bay the vehicle is at for diagnosis, if it was moved to one (S4.2). */
    public String diagnosisBay() {
        return bayMoves.isEmpty() ? null : bayMoves.get(bayMoves.size() - 1).bayId();
    }

    public boolean priority() {
        return !priorityFlags.isEmpty();
    }

    public String number() {
        return number;
    }

    public LocalDate openedOn() {
        return openedOn;
    }

    public String appointmentId() {
        return appointmentId;
    }

    public boolean walkIn() {
        return walkIn;
    }

    public String customerId() {
        return customerId;
    }

    public String vehicleId() {
        return vehicleId;
    }

    public String vin() {
        return vin;
    }

    public String plate() {
        return plate;
    }

    public String model() {
        return model;
    }

    public boolean firstService() {
        return firstService;
    }

    public String campaignId() {
        return campaignId;
    }

    public List<RequestedWork> requestedWork() {
        return List.copyOf(requestedWork);
    }

    public Money expectedCost() {
        return expectedCost;
    }

    public Status status() {
        return status;
    }

    public String advisorId() {
        return advisorId;
    }

    public List<AdvisorAssignment> advisorHistory() {
        return List.copyOf(advisorHistory);
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant arrivedAt() {
        return arrivedAt;
    }

    public Instant greetedAt() {
        return greetedAt;
    }

    public String greetedBy() {
        return greetedBy;
    }

    public Long waitSeconds() {
        return waitSeconds;
    }

    public CheckIn checkIn() {
        return checkIn;
    }

    public Instant promisedAt() {
        return promisedAt;
    }

    public List<PromiseRevision> promiseRevisions() {
        return List.copyOf(promiseRevisions);
    }

    public List<Concern> concerns() {
        return List.copyOf(concerns);
    }

    public List<BayMove> bayMoves() {
        return List.copyOf(bayMoves);
    }

    public Estimate estimate() {
        return estimate;
    }

    public List<CustomerMessage> messages() {
        return List.copyOf(messages);
    }

    public List<AdditionalWorkRequest> additionalWork() {
        return List.copyOf(additionalWork);
    }

    public List<PriorityFlag> priorityFlags() {
        return List.copyOf(priorityFlags);
    }
}
