package com.aftersales.parts.part;

import com.aftersales.contracts.Money;
import com.aftersales.platform.domain.AlreadyExistsException;
import com.aftersales.platform.web.DealerId;
import com.aftersales.platform.web.PageParams;
import com.aftersales.platform.web.Paged;
import com.aftersales.platform.web.Versions;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The parts catalogue with the stock of each part (step 6): define, correct, find, adjust the stock. */
@RestController
@RequestMapping("/api/parts")
class PartController {

    static final String PART_NUMBER = "[A-Za-z0-9][A-Za-z0-9._-]{0,39}";
    static final String PART_NUMBER_MESSAGE = "must be 1-40 letters, digits, dots, dashes or underscores";

    private final PartRepository parts;
    private final PartStock stock;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    PartController(PartRepository parts, PartStock stock, ApplicationEventPublisher publisher, Clock clock) {
        this.parts = parts;
        this.stock = stock;
        this.publisher = publisher;
        this.clock = clock;
    }

    record MoneyRequest(@NotNull(message = "is required") @Min(value = 0, message = "cannot be negative") Long amount,
                        @NotNull(message = "is required") @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO-4217 code like CNY") String currency) {
        Money toMoney() {
            return new Money(amount, currency);
        }
    }

    record PartRequest(
            @NotBlank(message = "is required") @Pattern(regexp = PART_NUMBER, message = PART_NUMBER_MESSAGE) String partNumber,
            @NotBlank(message = "is required") @Size(max = 120, message = "must be at most 120 characters") String name,
            @NotNull(message = "is required") @Valid MoneyRequest unitPrice,
            @NotBlank(message = "is required") @Size(max = 20, message = "must be at most 20 characters") String binLocation,
            @NotNull(message = "is required") @Min(value = 0, message = "cannot be negative")
            @Max(value = 100_000, message = "must be at most 100000") Integer reorderPoint,
            @Pattern(regexp = PART_NUMBER, message = PART_NUMBER_MESSAGE) String supersededBy) {

        Part.Definition definition() {
            return new Part.Definition(name, unitPrice.toMoney(), binLocation, reorderPoint, supersededBy);
        }
    }

    /** The same as a new part, without the part number (it is in the path and cannot change). */
    record RedefineRequest(
            @NotBlank(message = "is required") @Size(max = 120, message = "must be at most 120 characters") String name,
            @NotNull(message = "is required") @Valid MoneyRequest unitPrice,
            @NotBlank(message = "is required") @Size(max = 20, message = "must be at most 20 characters") String binLocation,
            @NotNull(message = "is required") @Min(value = 0, message = "cannot be negative")
            @Max(value = 100_000, message = "must be at most 100000") Integer reorderPoint,
            @Pattern(regexp = PART_NUMBER, message = PART_NUMBER_MESSAGE) String supersededBy) {

        Part.Definition definition() {
            return new Part.Definition(name, unitPrice.toMoney(), binLocation, reorderPoint, supersededBy);
        }
    }

    record AdjustmentRequest(@NotNull(message = "is required") @Min(value = -100_000, message = "must be at least -100000")
                             @Max(value = 100_000, message = "must be at most 100000") Integer quantity,
                             @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String reason) {
    }

    record PartView(String partNumber, String name, Money unitPrice, String binLocation, String supersededBy, int onHand,
                    int reserved, int available, int reorderPoint, boolean belowReorderPoint,
                    List<Part.Adjustment> adjustments, Instant createdAt, Long version) {

        static PartView of(Part part) {
            return new PartView(part.partNumber(), part.name(), part.unitPrice(), part.binLocation(), part.supersededBy(),
                    part.onHand(), part.reserved(), part.available(), part.reorderPoint(), part.belowReorderPoint(),
                    part.adjustments(), part.createdAt(), part.version());
        }
    }

    @PostMapping
    ResponseEntity<PartView> define(DealerId dealer, @Valid @RequestBody PartRequest request) {
        stock.find(dealer.value(), request.partNumber()).ifPresent(existing -> {
            throw new AlreadyExistsException("partNumber", existing.partNumber(),
                    "part " + request.partNumber() + " is in the catalogue already");
        });
        Part part = parts.insert(Part.define(dealer.value(), request.partNumber(), request.definition(), clock.instant()));
        return ResponseEntity.created(URI.create("/api/parts/" + part.partNumber()))
                .eTag(Versions.etag(part.version())).body(PartView.of(part));
    }

    @GetMapping("/{partNumber}")
    ResponseEntity<PartView> get(DealerId dealer, @PathVariable String partNumber) {
        Part part = stock.load(dealer.value(), partNumber);
        return Versions.ok(part.version(), PartView.of(part));
    }

    /** Finds parts by number or name (or a part of one), in order of part number. */
    @GetMapping
    Paged<PartView> search(DealerId dealer, @RequestParam(required = false) @Size(max = 100, message = "must be at most 100 characters") String q,
                           @Valid PageParams paging) {
        var page = paging.toRequest(Sort.by("partNumber"));
        if (q == null || q.isBlank()) {
            return Paged.of(parts.findByDealerId(dealer.value(), page), PartView::of);
        }
        return Paged.of(parts.search(dealer.value(), java.util.regex.Pattern.quote(q.trim()), page), PartView::of);
    }

    @PutMapping("/{partNumber}")
    ResponseEntity<PartView> redefine(DealerId dealer, @PathVariable String partNumber,
                                      @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                      @Valid @RequestBody RedefineRequest request) {
        Part part = stock.redefine(dealer.value(), partNumber, ifMatch, request.definition());
        return Versions.ok(part.version(), PartView.of(part));
    }

    /**
     * Corrects the stock on hand: the initial stock, a stocktake, damage. It never goes below zero nor below
     * what is reserved; stock added fills waiting backorders at once (S6.2).
     */
    @PostMapping("/{partNumber}/stock-adjustments")
    ResponseEntity<PartView> adjust(DealerId dealer, @PathVariable String partNumber,
                                    @Valid @RequestBody AdjustmentRequest request) {
        Part part = stock.adjust(dealer.value(), partNumber, request.quantity(), request.reason());
        if (request.quantity() > 0) {
            publisher.publishEvent(new StockReplenished(dealer.value(), partNumber));
            part = stock.load(dealer.value(), partNumber);
        }
        return Versions.ok(part.version(), PartView.of(part));
    }
}
