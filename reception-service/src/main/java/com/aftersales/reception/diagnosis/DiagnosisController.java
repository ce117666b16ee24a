package com.aftersales.reception.diagnosis;

import com.aftersales.platform.web.DealerId;
import com.aftersales.platform.web.Versions;
import com.aftersales.reception.repairorder.RepairOrder;
import com.aftersales.reception.repairorder.RepairOrderView;
import com.aftersales.reception.repairorder.RepairOrders;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;

/**
 * Diagnosis with the customer (step 4): the customer's words kept verbatim (S4.1), the symptom confirmed
 * together (S4.3), the vehicle moved to a diagnosis bay (S4.2), a technician called to help there (S4.4),
 * and the cause and correction of each concern.
 */
@RestController
@RequestMapping("/api/repair-orders/{id}")
class DiagnosisController {

    private final RepairOrders repairOrders;
    private final Clock clock;

    DiagnosisController(RepairOrders repairOrders, Clock clock) {
        this.repairOrders = repairOrders;
        this.clock = clock;
    }

    /** The words are taken exactly as sent: not trimmed, not rewritten (S4.1). */
    record ConcernRequest(@NotBlank(message = "is required") @Size(max = 4000, message = "must be at most 4000 characters") String customerWords,
                          @NotBlank(message = "is required") String recordedBy,
                          String correctsConcernId) {
    }

    record ConfirmationRequest(@Size(max = 2000, message = "must be at most 2000 characters") String note,
                               @NotBlank(message = "is required") String confirmedBy) {
    }

    record DiagnosisBayRequest(@NotBlank(message = "is required") @Size(max = 40, message = "must be at most 40 characters") String bayId,
                               @NotBlank(message = "is required") String movedBy) {
    }

    record AssistanceRequest(@NotBlank(message = "is required") @Size(max = 1000, message = "must be at most 1000 characters") String reason,
                             @NotBlank(message = "is required") String requestedBy) {
    }

    record DiagnosisRequest(@NotBlank(message = "is required") @Size(max = 2000, message = "must be at most 2000 characters") String cause,
                            @NotBlank(message = "is required") @Size(max = 2000, message = "must be at most 2000 characters") String correction,
                            @NotBlank(message = "is required") String diagnosedBy) {
    }

    /** S4.1: a concern in the customer's own words; a correction is a new entry that names the one it corrects. */
    @PostMapping("/concerns")
    ResponseEntity<RepairOrderView> recordConcern(DealerId dealer, @PathVariable String id,
                                                  @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                  @Valid @RequestBody ConcernRequest request) {
        RepairOrder order = repairOrders.update(dealer.value(), id, ifMatch, ro -> ro.recordConcern(
                request.customerWords(), blankToNull(request.correctsConcernId()), request.recordedBy(), clock.instant()));
        String concernId = order.concerns().get(order.concerns().size() - 1).id();
        return ResponseEntity.created(URI.create("/api/repair-orders/" + id + "/concerns/" + concernId))
                .eTag(Versions.etag(order.version())).body(RepairOrderView.of(order));
    }

    /** S4.3: the symptom confirmed together with the customer. */
    @PostMapping("/concerns/{concernId}/confirmation")
    ResponseEntity<RepairOrderView> confirm(DealerId dealer, @PathVariable String id, @PathVariable String concernId,
                                            @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                            @Valid @RequestBody ConfirmationRequest request) {
        return answer(repairOrders.update(dealer.value(), id, ifMatch,
                ro -> ro.confirmSymptom(concernId, request.note(), request.confirmedBy(), clock.instant())));
    }

    /** S4.2: a long diagnosis moves the vehicle to a diagnosis bay. */
    @PostMapping("/diagnosis-bay")
    ResponseEntity<RepairOrderView> moveToDiagnosisBay(DealerId dealer, @PathVariable String id,
                                                       @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                       @Valid @RequestBody DiagnosisBayRequest request) {
        return answer(repairOrders.update(dealer.value(), id, ifMatch,
                ro -> ro.moveToDiagnosisBay(request.bayId(), request.movedBy(), clock.instant())));
    }

    /** S4.4: a technician is asked to help at the diagnosis bay (an event workshop-service answers). */
    @PostMapping("/concerns/{concernId}/assistance-requests")
    ResponseEntity<RepairOrderView> requestAssistance(DealerId dealer, @PathVariable String id, @PathVariable String concernId,
                                                      @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                      @Valid @RequestBody AssistanceRequest request) {
        RepairOrder order = repairOrders.update(dealer.value(), id, ifMatch,
                ro -> ro.requestTechnicianAssistance(concernId, request.reason(), request.requestedBy(), clock.instant()));
        return ResponseEntity.status(201).eTag(Versions.etag(order.version())).body(RepairOrderView.of(order));
    }

    /** The cause and the correction of a concern. */
    @PostMapping("/concerns/{concernId}/diagnosis")
    ResponseEntity<RepairOrderView> diagnose(DealerId dealer, @PathVariable String id, @PathVariable String concernId,
                                             @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                             @Valid @RequestBody DiagnosisRequest request) {
        return answer(repairOrders.update(dealer.value(), id, ifMatch, ro ->
                ro.recordDiagnosis(concernId, request.cause(), request.correction(), request.diagnosedBy(), clock.instant())));
    }

    private static ResponseEntity<RepairOrderView> answer(RepairOrder order) {
        return Versions.ok(order.version(), RepairOrderView.of(order));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
