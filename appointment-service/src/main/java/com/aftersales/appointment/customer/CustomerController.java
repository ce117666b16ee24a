package com.aftersales.appointment.customer;

import com.aftersales.appointment.vehicle.Vehicle;
import com.aftersales.appointment.vehicle.VehicleRepository;
import com.aftersales.appointment.vehicle.VehicleView;
import com.aftersales.platform.domain.AlreadyExistsException;
import com.aftersales.platform.domain.NotFoundException;
import com.aftersales.platform.web.DealerId;
import com.aftersales.platform.web.PageParams;
import com.aftersales.platform.web.Paged;
import com.aftersales.platform.web.Versions;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Customer records (S1.1, G6): register, correct, find by name, phone, plate or VIN. */
@RestController
@RequestMapping("/api/customers")
class CustomerController {

    private final CustomerRepository customers;
    private final VehicleRepository vehicles;
    private final Clock clock;

    CustomerController(CustomerRepository customers, VehicleRepository vehicles, Clock clock) {
        this.customers = customers;
        this.vehicles = vehicles;
        this.clock = clock;
    }

    record CustomerRequest(
            @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String name,
            @NotBlank(message = "is required")
            @Pattern(regexp = "\\+?[0-9 ()-]{6,20}", message = "must be a phone number (digits, spaces, dashes, optional +)")
            String phone,
            @Email(message = "must be an e-mail address") @Size(max = 200, message = "must be at most 200 characters") String email,
            @Size(max = 300, message = "must be at most 300 characters") String address,
            Set<ContactChannel> consents) {

        Customer.ContactDetails details() {
            return new Customer.ContactDetails(name, phone, email, address, consents);
        }
    }

    record CustomerView(String id, String name, String phone, String email, String address, Set<ContactChannel> consents,
                        Instant registeredAt, Instant updatedAt, Long version, List<VehicleView> vehicles) {

        static CustomerView of(Customer customer, List<Vehicle> vehicles) {
            return new CustomerView(customer.id(), customer.name(), customer.phone(), customer.email(), customer.address(),
                    customer.consents(), customer.registeredAt(), customer.updatedAt(), customer.version(),
                    vehicles.stream().map(VehicleView::of).toList());
        }
    }

    @PostMapping
    ResponseEntity<CustomerView> register(DealerId dealer, @Valid @RequestBody CustomerRequest request) {
        requirePhoneFree(dealer, request.phone(), null);
        Customer customer = customers.save(Customer.register(dealer.value(), request.details(), clock.instant()));
        return ResponseEntity.created(URI.create("/api/customers/" + customer.id()))
                .eTag(Versions.etag(customer.version()))
                .body(CustomerView.of(customer, List.of()));
    }

    @GetMapping("/{id}")
    ResponseEntity<CustomerView> get(DealerId dealer, @PathVariable String id) {
        Customer customer = load(dealer, id);
        return Versions.ok(customer.version(), CustomerView.of(customer, vehicles.findByDealerIdAndOwnerId(dealer.value(), id)));
    }

    @PutMapping("/{id}")
    ResponseEntity<CustomerView> update(DealerId dealer, @PathVariable String id,
                                        @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                        @Valid @RequestBody CustomerRequest request) {
        Customer customer = load(dealer, id);
        Versions.requireMatch(ifMatch, customer.version());
        requirePhoneFree(dealer, request.phone(), id);
        customer.update(request.details(), clock.instant());
        customer = customers.save(customer);
        return Versions.ok(customer.version(), CustomerView.of(customer, vehicles.findByDealerIdAndOwnerId(dealer.value(), id)));
    }

    /**
     * One search box for the front desk: a name, a phone number, a plate or a VIN (or a part of one).
     * Customers come back with their vehicles.
     */
    @GetMapping
    Paged<CustomerView> search(DealerId dealer, @RequestParam(required = false) @Size(max = 100) String q,
                               @Valid PageParams paging) {
        if (q == null || q.isBlank()) {
            return Paged.of(customers.findByDealerId(dealer.value(), paging.toRequest(Sort.by("name"))),
                    customer -> CustomerView.of(customer, vehicles.findByDealerIdAndOwnerId(dealer.value(), customer.id())));
        }
        String term = q.trim();
        String quoted = java.util.regex.Pattern.quote(term);
        String phoneTerm = PhoneNumbers.normalise(term);
        Map<String, Customer> found = new LinkedHashMap<>();
        List<Customer> byNameOrPhone = customers.searchByNameOrPhone(dealer.value(), quoted,
                phoneTerm.isEmpty() ? "^$" : java.util.regex.Pattern.quote(phoneTerm));
        byNameOrPhone.forEach(customer -> found.put(customer.id(), customer));
        List<Vehicle> byPlateOrVin = vehicles.searchByPlateOrVin(dealer.value(),
                java.util.regex.Pattern.quote(term.toUpperCase().replace(" ", "")));
        Set<String> owners = byPlateOrVin.stream().map(Vehicle::ownerId).collect(Collectors.toSet());
        owners.removeAll(found.keySet());
        if (!owners.isEmpty()) {
            customers.findByDealerIdAndIdIn(dealer.value(), owners).forEach(customer -> found.put(customer.id(), customer));
        }
        List<CustomerView> views = new ArrayList<>();
        for (Customer customer : found.values()) {
            views.add(CustomerView.of(customer, vehicles.findByDealerIdAndOwnerId(dealer.value(), customer.id())));
        }
        return Paged.of(views, paging.pageOrFirst(), paging.sizeOrDefault());
    }

    private Customer load(DealerId dealer, String id) {
        return customers.findByIdAndDealerId(id, dealer.value()).orElseThrow(() -> new NotFoundException("customer", id));
    }

    private void requirePhoneFree(DealerId dealer, String phone, String exceptId) {
        customers.findByDealerIdAndPhone(dealer.value(), PhoneNumbers.normalise(phone))
                .filter(existing -> !existing.id().equals(exceptId))
                .ifPresent(existing -> {
                    throw new AlreadyExistsException("phone", existing.id(),
                            "a customer with phone " + existing.phone() + " exists already");
                });
    }
}
