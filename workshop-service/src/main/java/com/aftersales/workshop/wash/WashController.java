package com.aftersales.workshop.wash;

import com.aftersales.platform.web.DealerId;
import com.aftersales.platform.web.PageParams;
import com.aftersales.platform.web.Paged;
import com.aftersales.platform.web.Versions;
import com.aftersales.workshop.workorder.Wash;
import com.aftersales.workshop.workorder.WorkOrder;
import com.aftersales.workshop.workorder.WorkOrders;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;

/** The wash queue (S10.1) and the confirmed wash (S10.2, S10.3) that makes the vehicle ready. */
@RestController
@RequestMapping("/api/washes")
class WashController {

    private final WorkOrders workOrders;
    private final Clock clock;

    WashController(WorkOrders workOrders, Clock clock) {
        this.workOrders = workOrders;
        this.clock = clock;
    }

    record CompletionRequest(@NotNull(message = "is required") Boolean ashtrayEmptied,
                             @NotNull(message = "is required") Boolean tyresCleaned,
                             @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters")
                             String resultConfirmedBy) {
    }

    /** The queue in its order (queued first, first out); {@code status} QUEUED or DONE. */
    @GetMapping
    Paged<WashView> list(DealerId dealer, @RequestParam(required = false) Wash.Status status, @Valid PageParams paging) {
        List<WashView> washes = workOrders.all(dealer.value(), null).stream()
                .filter(order -> order.wash() != null && (status == null || order.wash().status() == status))
                .map(WashView::of)
                .sorted(Comparator.comparing(WashView::queuedAt).thenComparing(WashView::id))
                .toList();
        return Paged.of(washes, paging.pageOrFirst(), paging.sizeOrDefault());
    }

    @GetMapping("/{id}")
    ResponseEntity<WashView> get(DealerId dealer, @PathVariable String id) {
        WorkOrder order = workOrders.byWash(dealer.value(), id);
        return Versions.ok(order.version(), WashView.of(order));
    }

    /** S10.3 ashtray and tyres checked, S10.2 result confirmed: WashCompleted, then VehicleReady (G2 promiseKept). */
    @PostMapping("/{id}/completion")
    ResponseEntity<WashView> complete(DealerId dealer, @PathVariable String id,
                                      @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                      @Valid @RequestBody CompletionRequest request) {
        WorkOrder saved = workOrders.update(() -> workOrders.byWash(dealer.value(), id), ifMatch, order -> order.completeWash(id,
                request.ashtrayEmptied(), request.tyresCleaned(), request.resultConfirmedBy(), clock.instant()));
        return Versions.ok(saved.version(), WashView.of(saved));
    }
}
