package com.aftersales.reception.estimate;

import com.aftersales.contracts.Money;
import com.aftersales.platform.domain.InvalidInputException;
import com.aftersales.platform.domain.NotFoundException;
import com.aftersales.platform.web.DealerId;
import com.aftersales.platform.web.Versions;
import com.aftersales.reception.repairorder.DecisionMethod;
import com.aftersales.reception.repairorder.EstimateLine;
import com.aftersales.reception.repairorder.EstimateVersion;
import com.aftersales.reception.repairorder.NewLine;
import com.aftersales.reception.repairorder.PricedLine;
import com.aftersales.reception.repairorder.RepairOrder;
import com.aftersales.reception.repairorder.RepairOrders;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The estimate (step 5, S5.1): a versioned document of labour and part lines, priced before it is
 * presented, then approved or declined line by line by the customer. A change after presenting starts a
 * new version; the presented one is kept.
 */
@RestController
@RequestMapping("/api/repair-orders/{id}/estimate")
class EstimateController {

    private final RepairOrders repairOrders;
    private final EstimatePricing pricing;
    private final Clock clock;

    EstimateController(RepairOrders repairOrders, EstimatePricing pricing, Clock clock) {
        this.repairOrders = repairOrders;
        this.pricing = pricing;
        this.clock = clock;
    }

    record LineRequest(@NotNull(message = "is required") EstimateLine.Kind kind,
                       @Size(max = 40, message = "must be at most 40 characters") String labourOperationCode,
                       @Size(max = 300, message = "must be at most 300 characters") String description,
                       @DecimalMin(value = "0", inclusive = false, message = "must be more than 0")
                       @DecimalMax(value = "100", message = "must be at most 100 h") BigDecimal standardHours,
                       @Size(max = 40, message = "must be at most 40 characters") String partNumber,
                       @Min(value = 1, message = "must be at least 1") @Max(value = 999, message = "must be at most 999") Integer quantity) {

        NewLine toNewLine() {
            if (kind == EstimateLine.Kind.LABOUR) {
                if (description == null || description.isBlank()) {
                    throw new InvalidInputException("description", "is required for a LABOUR line");
                }
                if (standardHours == null) {
                    throw new InvalidInputException("standardHours", "is required for a LABOUR line");
                }
                return NewLine.labour(description, labourOperationCode, standardHours);
            }
            if (partNumber == null || partNumber.isBlank()) {
                throw new InvalidInputException("partNumber", "is required for a PART line");
            }
            return NewLine.part(description, partNumber, quantity == null ? 1 : quantity);
        }
    }

    record MoneyRequest(@NotNull(message = "is required") @Min(value = 0, message = "cannot be negative")
                        @Max(value = 100_000_000_000L, message = "is too large") Long amount,
                        @NotNull(message = "is required") @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO-4217 code like CNY") String currency) {
    }

    record PriceRequest(@NotNull(message = "is required") @Valid MoneyRequest price, String pricedBy) {
    }

    record TimeRangeRequest(@NotNull(message = "is required") Instant readyFrom, @NotNull(message = "is required") Instant readyBy) {
    }

    record PresentRequest(@NotBlank(message = "is required") String presentedBy) {
    }

    record LineDecisionRequest(@NotBlank(message = "is required") String lineId,
                               @NotNull(message = "is required: true to approve, false to decline") Boolean approved,
                               @Size(max = 500, message = "must be at most 500 characters") String reason) {
    }

    record DecisionsRequest(@NotNull(message = "is required") DecisionMethod how,
                            @NotBlank(message = "is required") String recordedBy,
                            @NotEmpty(message = "name at least one line") List<@NotNull(message = "is required") @Valid LineDecisionRequest> decisions) {
    }

    /** The current version. */
    @GetMapping
    ResponseEntity<EstimateView> current(DealerId dealer, @PathVariable String id) {
        return answer(repairOrders.load(dealer.value(), id));
    }

    /** Any version, as it was presented or decided. */
    @GetMapping("/versions/{version}")
    ResponseEntity<EstimateView> version(DealerId dealer, @PathVariable String id, @PathVariable int version) {
        RepairOrder order = repairOrders.load(dealer.value(), id);
        EstimateVersion found = order.estimate().version(version)
                .orElseThrow(() -> new NotFoundException("estimate version", String.valueOf(version)));
        return Versions.ok(order.version(), EstimateView.of(order, found));
    }

    /** Adds a labour or part line; a part is priced by parts-service, or left unpriced with availability UNKNOWN when it does not answer. */
    @PostMapping("/lines")
    ResponseEntity<EstimateView> addLine(DealerId dealer, @PathVariable String id,
                                         @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                         @Valid @RequestBody LineRequest request) {
        NewLine line = request.toNewLine();
        RepairOrder order = repairOrders.update(dealer.value(), id, ifMatch,
                ro -> ro.addEstimateLine(new PricedLine(line, pricing.price(dealer.value(), line))));
        List<EstimateLine> lines = order.estimate().current().lines();
        String lineId = lines.get(lines.size() - 1).lineId();
        return ResponseEntity.created(URI.create("/api/repair-orders/" + id + "/estimate/lines/" + lineId))
                .eTag(Versions.etag(order.version())).body(EstimateView.current(order));
    }

    /** A price set by hand (for instance while parts-service is down). */
    @PutMapping("/lines/{lineId}/price")
    ResponseEntity<EstimateView> priceLine(DealerId dealer, @PathVariable String id, @PathVariable String lineId,
                                           @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                           @Valid @RequestBody PriceRequest request) {
        Money price = new Money(request.price().amount(), request.price().currency());
        return answer(repairOrders.update(dealer.value(), id, ifMatch, ro -> ro.priceEstimateLine(lineId, price, request.pricedBy())));
    }

    /** Asks for the price again: the labour rate, or parts-service (503 if it still does not answer; nothing changes). */
    @PostMapping("/lines/{lineId}/repricing")
    ResponseEntity<EstimateView> repriceLine(DealerId dealer, @PathVariable String id, @PathVariable String lineId,
                                             @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return answer(repairOrders.update(dealer.value(), id, ifMatch, ro -> ro.repriceEstimateLine(lineId,
                pricing.reprice(dealer.value(), ro.lineToPrice(lineId, "ask for its price again")))));
    }

    @DeleteMapping("/lines/{lineId}")
    ResponseEntity<EstimateView> removeLine(DealerId dealer, @PathVariable String id, @PathVariable String lineId,
                                            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return answer(repairOrders.update(dealer.value(), id, ifMatch, ro -> ro.removeEstimateLine(lineId)));
    }

    @PutMapping("/time-range")
    ResponseEntity<EstimateView> setTimeRange(DealerId dealer, @PathVariable String id,
                                              @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                              @Valid @RequestBody TimeRangeRequest request) {
        return answer(repairOrders.update(dealer.value(), id, ifMatch,
                ro -> ro.setEstimateTimeRange(request.readyFrom(), request.readyBy(), clock.instant())));
    }

    /** S5.1: presented only when complete: every line priced and a time range set. */
    @PostMapping("/present")
    ResponseEntity<EstimateView> present(DealerId dealer, @PathVariable String id,
                                         @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                         @Valid @RequestBody PresentRequest request) {
        return answer(repairOrders.update(dealer.value(), id, ifMatch, ro -> ro.presentEstimate(request.presentedBy(), clock.instant())));
    }

    /** S5.1: the customer approves or declines lines, each once, with who, when and how on record. */
    @PostMapping("/decisions")
    ResponseEntity<EstimateView> decide(DealerId dealer, @PathVariable String id,
                                        @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                        @Valid @RequestBody DecisionsRequest request) {
        List<RepairOrder.LineDecision> decisions = request.decisions().stream()
                .map(d -> new RepairOrder.LineDecision(d.lineId(), d.approved(), d.reason())).toList();
        return answer(repairOrders.update(dealer.value(), id, ifMatch,
                ro -> ro.recordDecisions(request.how(), request.recordedBy(), decisions, clock.instant())));
    }

    private static ResponseEntity<EstimateView> answer(RepairOrder order) {
        return Versions.ok(order.version(), EstimateView.current(order));
    }
}
