package com.aftersales.reception.additionalwork;

import com.aftersales.contracts.Money;
import com.aftersales.contracts.workshop.WorkshopEvents.ProposedLine;
import com.aftersales.platform.domain.InvalidInputException;
import com.aftersales.platform.web.DealerId;
import com.aftersales.platform.web.Versions;
import com.aftersales.reception.estimate.EstimatePricing;
import com.aftersales.reception.repairorder.AdditionalWorkRequest;
import com.aftersales.reception.repairorder.DecisionMethod;
import com.aftersales.reception.repairorder.PricedLine;
import com.aftersales.reception.repairorder.RepairOrder;
import com.aftersales.reception.repairorder.RepairOrders;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * S8.2: more work found in the workshop waits for the customer; the advisor records consent or refusal.
 * Only consent changes the estimate, the cost and the promised time.
 */
@RestController
@RequestMapping("/api/repair-orders/{id}/additional-work")
class AdditionalWorkController {

    private final RepairOrders repairOrders;
    private final EstimatePricing pricing;
    private final Clock clock;

    AdditionalWorkController(RepairOrders repairOrders, EstimatePricing pricing, Clock clock) {
        this.repairOrders = repairOrders;
        this.pricing = pricing;
        this.clock = clock;
    }

    record DecisionRequest(@NotNull(message = "is required: true for consent, false for refusal") Boolean consent,
                           @Size(max = 500, message = "must be at most 500 characters") String reason,
                           @NotBlank(message = "is required") String recordedBy,
                           Instant promisedAt,
                           DecisionMethod how) {
    }

    record RequestView(String requestId, String status, String jobId, String technicianId, String reason,
                       List<ProposedLine> lines, Money estimatedExtraCost, int estimatedExtraMinutes, Instant requestedAt,
                       AdditionalWorkRequest.Outcome outcome) {

        static RequestView of(AdditionalWorkRequest r) {
            return new RequestView(r.requestId(), r.status().name(), r.jobId(), r.technicianId(), r.reason(), r.lines(),
                    r.estimatedExtraCost(), r.estimatedExtraMinutes(), r.requestedAt(), r.outcome());
        }
    }

    /** Every request of the RO, oldest first, pending or answered. */
    @GetMapping
    ResponseEntity<List<RequestView>> list(DealerId dealer, @PathVariable String id) {
        RepairOrder order = repairOrders.load(dealer.value(), id);
        return Versions.ok(order.version(), order.additionalWork().stream().map(RequestView::of).toList());
    }

    @PostMapping("/{requestId}/decision")
    ResponseEntity<RequestView> decide(DealerId dealer, @PathVariable String id, @PathVariable String requestId,
                                       @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                       @Valid @RequestBody DecisionRequest request) {
        if (!request.consent() && (request.reason() == null || request.reason().isBlank())) {
            throw new InvalidInputException("reason", "is required when the customer refuses");
        }
        if (!request.consent() && request.promisedAt() != null) {
            throw new InvalidInputException("promisedAt", "a refusal changes nothing: the promised time stays as it is");
        }
        RepairOrder order = repairOrders.update(dealer.value(), id, ifMatch, ro -> {
            if (request.consent()) {
                List<PricedLine> lines = ro.linesProposedBy(requestId).stream()
                        .map(line -> new PricedLine(line, pricing.priceIfPossible(dealer.value(), line))).toList();
                ro.consentToAdditionalWork(requestId, lines, request.how(), request.recordedBy(), request.promisedAt(),
                        clock.instant());
            } else {
                ro.refuseAdditionalWork(requestId, request.reason(), request.how(), request.recordedBy(), clock.instant());
            }
        });
        return Versions.ok(order.version(), RequestView.of(order.additionalWorkRequest(requestId).orElseThrow()));
    }
}
