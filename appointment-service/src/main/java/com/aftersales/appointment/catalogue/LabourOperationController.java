package com.aftersales.appointment.catalogue;

import com.aftersales.contracts.Money;
import com.aftersales.contracts.appointment.AppointmentEvents.ExpectedPart;
import com.aftersales.platform.domain.AlreadyExistsException;
import com.aftersales.platform.domain.NotFoundException;
import com.aftersales.platform.web.DealerId;
import com.aftersales.platform.web.Versions;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;

/** The labour-operation catalogue that bookings (S2.1) and, later, estimates take their work from. */
@RestController
@RequestMapping("/api/labour-operations")
class LabourOperationController {

    private final LabourOperationRepository operations;

    LabourOperationController(LabourOperationRepository operations) {
        this.operations = operations;
    }

    record PartRequest(@NotBlank(message = "is required") String partNumber,
                       @NotBlank(message = "is required") String name,
                       @NotNull(message = "is required") @Min(value = 1, message = "must be at least 1") Integer quantity,
                       @NotNull(message = "is required") @Valid MoneyRequest unitPrice) {
        ExpectedPart toPart() {
            return new ExpectedPart(partNumber, name, quantity, unitPrice.toMoney());
        }
    }

    record MoneyRequest(@NotNull(message = "is required") @Min(value = 0, message = "cannot be negative") Long amount,
                        @NotNull(message = "is required") @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO-4217 code like CNY") String currency) {
        Money toMoney() {
            return new Money(amount, currency);
        }
    }

    record OperationRequest(
            @NotBlank(message = "is required") @Pattern(regexp = "[A-Z0-9-]{2,20}", message = "must be 2-20 capital letters, digits or dashes") String code,
            @NotBlank(message = "is required") @Size(max = 120, message = "must be at most 120 characters") String name,
            @NotBlank(message = "is required") @Size(max = 40, message = "must be at most 40 characters") String category,
            @NotNull(message = "is required") @DecimalMin(value = "0.1", message = "must be at least 0.1 h") @DecimalMax(value = "40", message = "must be at most 40 h") BigDecimal standardHours,
            List<@Valid PartRequest> expectedParts,
            Boolean active) {

        LabourOperation.Definition definition() {
            List<ExpectedPart> parts = expectedParts == null ? List.of() : expectedParts.stream().map(PartRequest::toPart).toList();
            return new LabourOperation.Definition(name, category, standardHours, parts, active == null || active);
        }
    }

    record OperationView(String code, String name, String category, BigDecimal standardHours, List<ExpectedPart> expectedParts,
                         boolean active, Long version) {
        static OperationView of(LabourOperation operation) {
            return new OperationView(operation.code(), operation.name(), operation.category(), operation.standardHours(),
                    operation.expectedParts(), operation.active(), operation.version());
        }
    }

    @PostMapping
    ResponseEntity<OperationView> define(DealerId dealer, @Valid @RequestBody OperationRequest request) {
        operations.findByDealerIdAndCode(dealer.value(), request.code()).ifPresent(existing -> {
            throw new AlreadyExistsException("code", existing.id(), "labour operation " + request.code() + " exists already");
        });
        LabourOperation operation = operations.save(LabourOperation.define(dealer.value(), request.code(), request.definition()));
        return ResponseEntity.created(URI.create("/api/labour-operations/" + operation.code()))
                .eTag(Versions.etag(operation.version())).body(OperationView.of(operation));
    }

    @PutMapping("/{code}")
    ResponseEntity<OperationView> redefine(DealerId dealer, @PathVariable String code, @Valid @RequestBody OperationRequest request) {
        LabourOperation operation = load(dealer, code);
        operation.redefine(request.definition());
        operation = operations.save(operation);
        return Versions.ok(operation.version(), OperationView.of(operation));
    }

    @GetMapping("/{code}")
    ResponseEntity<OperationView> get(DealerId dealer, @PathVariable String code) {
        LabourOperation operation = load(dealer, code);
        return Versions.ok(operation.version(), OperationView.of(operation));
    }

    @GetMapping
    List<OperationView> list(DealerId dealer, @RequestParam(required = false) String category) {
        return operations.findByDealerIdOrderByCode(dealer.value()).stream()
                .filter(operation -> category == null || category.equalsIgnoreCase(operation.category()))
                .map(OperationView::of).toList();
    }

    private LabourOperation load(DealerId dealer, String code) {
        return operations.findByDealerIdAndCode(dealer.value(), code)
                .orElseThrow(() -> new NotFoundException("labour operation", code));
    }
}
