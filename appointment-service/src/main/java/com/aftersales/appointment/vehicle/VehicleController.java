package com.aftersales.appointment.vehicle;

import com.aftersales.appointment.customer.CustomerRepository;
import com.aftersales.platform.domain.AlreadyExistsException;
import com.aftersales.platform.domain.DomainRuleViolation;
import com.aftersales.platform.domain.NotFoundException;
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
import java.time.LocalDate;

/** Vehicle records (S1.1): register, correct, look up by plate or VIN. */
@RestController
@RequestMapping("/api/vehicles")
class VehicleController {

    private final VehicleRepository vehicles;
    private final CustomerRepository customers;
    private final Clock clock;

    VehicleController(VehicleRepository vehicles, CustomerRepository customers, Clock clock) {
        this.vehicles = vehicles;
        this.customers = customers;
        this.clock = clock;
    }

    record VehicleRequest(
            @NotBlank(message = "is required") @Pattern(regexp = "[A-HJ-NPR-Za-hj-npr-z0-9]{17}", message = "VIN " + Vin.RULE) String vin,
            @Size(max = 15, message = "must be at most 15 characters") String plate,
            @Size(max = 40, message = "must be at most 40 characters") String make,
            @NotBlank(message = "is required") @Size(max = 60, message = "must be at most 60 characters") String model,
            @Min(value = 1950, message = "must be 1950 or later") @Max(value = 2100, message = "must be 2100 or earlier") Integer modelYear,
            @NotBlank(message = "is required") String ownerId,
            LocalDate purchaseDate,
            @NotNull(message = "is required") @Min(value = 0, message = "cannot be negative") @Max(value = 2_000_000, message = "is not a plausible mileage") Integer mileageKm,
            boolean firstServiceDone) {

        Vehicle.Description description() {
            return new Vehicle.Description(vin, plate, make, model, modelYear, purchaseDate, mileageKm, firstServiceDone);
        }
    }

    @PostMapping
    ResponseEntity<VehicleView> register(DealerId dealer, @Valid @RequestBody VehicleRequest request) {
        requireOwner(dealer, request.ownerId());
        requireVinFree(dealer, request.vin(), null);
        Vehicle vehicle = Vehicle.register(dealer.value(), request.ownerId(), request.description(), LocalDate.now(clock));
        vehicle = vehicles.save(vehicle);
        return ResponseEntity.created(URI.create("/api/vehicles/" + vehicle.id()))
                .eTag(Versions.etag(vehicle.version())).body(VehicleView.of(vehicle));
    }

    @GetMapping("/{id}")
    ResponseEntity<VehicleView> get(DealerId dealer, @PathVariable String id) {
        Vehicle vehicle = load(dealer, id);
        return Versions.ok(vehicle.version(), VehicleView.of(vehicle));
    }

    @PutMapping("/{id}")
    ResponseEntity<VehicleView> update(DealerId dealer, @PathVariable String id,
                                       @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                       @Valid @RequestBody VehicleRequest request) {
        Vehicle vehicle = load(dealer, id);
        Versions.requireMatch(ifMatch, vehicle.version());
        requireOwner(dealer, request.ownerId());
        requireVinFree(dealer, request.vin(), id);
        vehicle.update(request.ownerId(), request.description(), LocalDate.now(clock));
        vehicle = vehicles.save(vehicle);
        return Versions.ok(vehicle.version(), VehicleView.of(vehicle));
    }

    /** By plate or VIN, or part of one ({@code q}); all of the dealer's vehicles without it. */
    @GetMapping
    Paged<VehicleView> find(DealerId dealer, @RequestParam(required = false) @Size(max = 40) String q,
                            @Valid PageParams paging) {
        if (q == null || q.isBlank()) {
            return Paged.of(vehicles.findByDealerId(dealer.value(), paging.toRequest(Sort.by("plate"))), VehicleView::of);
        }
        String pattern = java.util.regex.Pattern.quote(q.replace(" ", "").toUpperCase());
        return Paged.of(vehicles.searchByPlateOrVin(dealer.value(), pattern).stream().map(VehicleView::of).toList(),
                paging.pageOrFirst(), paging.sizeOrDefault());
    }

    private Vehicle load(DealerId dealer, String id) {
        return vehicles.findByIdAndDealerId(id, dealer.value()).orElseThrow(() -> new NotFoundException("vehicle", id));
    }

    private void requireOwner(DealerId dealer, String ownerId) {
        if (customers.findByIdAndDealerId(ownerId, dealer.value()).isEmpty()) {
            throw new DomainRuleViolation("S1.1-owner", "ownerId", "no customer " + ownerId + " at this dealership");
        }
    }

    private void requireVinFree(DealerId dealer, String vin, String exceptId) {
        vehicles.findByDealerIdAndVin(dealer.value(), Vin.normalise(vin))
                .filter(existing -> !existing.id().equals(exceptId))
                .ifPresent(existing -> {
                    throw new AlreadyExistsException("vin", existing.id(), "a vehicle with VIN " + existing.vin() + " exists already");
                });
    }
}
