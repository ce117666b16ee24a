package com.aftersales.workshop.bay;

import com.aftersales.platform.consumer.InsertOnce;
import com.aftersales.platform.domain.AlreadyExistsException;
import com.aftersales.platform.domain.NotFoundException;
import com.aftersales.platform.web.DealerId;
import com.aftersales.platform.web.PageParams;
import com.aftersales.platform.web.Paged;
import com.aftersales.platform.web.Versions;
import com.aftersales.workshop.catalogue.Equipment;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;

/** Bays and their equipment (S7.2). */
@RestController
@RequestMapping("/api/bays")
class BayController {

    private final BayRepository bays;
    private final InsertOnce insertOnce;
    private final Clock clock;

    BayController(BayRepository bays, InsertOnce insertOnce, Clock clock) {
        this.bays = bays;
        this.insertOnce = insertOnce;
        this.clock = clock;
    }

    record BayRequest(
            @NotBlank(message = "is required")
            @Pattern(regexp = "[A-Za-z0-9_-]{1,40}", message = "must be 1-40 letters, digits, - or _") String id,
            @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String name,
            @NotNull(message = "is required") Bay.Kind kind,
            @NotNull(message = "is required") List<@NotNull(message = "is required") Equipment> equipment) {
    }

    record BayView(String id, String name, Bay.Kind kind, List<Equipment> equipment, Long version) {
        static BayView of(Bay bay) {
            return new BayView(bay.bayId(), bay.name(), bay.kind(), bay.equipment(), bay.version());
        }
    }

    @PostMapping
    ResponseEntity<BayView> register(DealerId dealer, @Valid @RequestBody BayRequest request) {
        Bay bay = Bay.register(request.id(), dealer.value(), request.name(), request.kind(),
                new LinkedHashSet<>(request.equipment()), clock.instant());
        if (!insertOnce.insert(bay)) {
            throw new AlreadyExistsException("id", request.id(), "bay " + request.id() + " exists already");
        }
        return ResponseEntity.created(URI.create("/api/bays/" + request.id())).eTag(Versions.etag(bay.version()))
                .body(BayView.of(bay));
    }

    @GetMapping
    Paged<BayView> list(DealerId dealer, @Valid PageParams paging) {
        List<BayView> all = bays.findByDealerId(dealer.value(), Sort.by("bayId")).stream().map(BayView::of).toList();
        return Paged.of(all, paging.pageOrFirst(), paging.sizeOrDefault());
    }

    @GetMapping("/{id}")
    ResponseEntity<BayView> get(DealerId dealer, @PathVariable String id) {
        Bay bay = bays.findByDealerIdAndBayId(dealer.value(), id).orElseThrow(() -> new NotFoundException("bay", id));
        return Versions.ok(bay.version(), BayView.of(bay));
    }
}
