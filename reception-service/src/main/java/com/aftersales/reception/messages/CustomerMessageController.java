package com.aftersales.reception.messages;

import com.aftersales.platform.web.DealerId;
import com.aftersales.platform.web.Versions;
import com.aftersales.reception.repairorder.CustomerMessage;
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

import java.net.URI;
import java.time.Clock;
import java.util.List;

/** S5.2: what the waiting customer is told about the work, recorded in the RO. */
@RestController
@RequestMapping("/api/repair-orders/{id}/messages")
class CustomerMessageController {

    private final RepairOrders repairOrders;
    private final CustomerMessages customerMessages;
    private final Clock clock;

    CustomerMessageController(RepairOrders repairOrders, CustomerMessages customerMessages, Clock clock) {
        this.repairOrders = repairOrders;
        this.customerMessages = customerMessages;
        this.clock = clock;
    }

    record MessageRequest(@NotNull(message = "is required") CustomerMessage.Channel channel,
                          @NotBlank(message = "is required") @Size(max = 1000, message = "must be at most 1000 characters") String message,
                          @NotBlank(message = "is required") String sentBy) {
    }

    @PostMapping
    ResponseEntity<CustomerMessage> tell(DealerId dealer, @PathVariable String id,
                                         @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                         @Valid @RequestBody MessageRequest request) {
        RepairOrder order = repairOrders.update(dealer.value(), id, ifMatch,
                ro -> customerMessages.tell(ro, request.channel(), request.message(), request.sentBy(), clock.instant()));
        CustomerMessage message = order.messages().get(order.messages().size() - 1);
        return ResponseEntity.created(URI.create("/api/repair-orders/" + id + "/messages/" + message.id()))
                .eTag(Versions.etag(order.version())).body(message);
    }

    /** Every message of the RO, oldest first. */
    @GetMapping
    ResponseEntity<List<CustomerMessage>> list(DealerId dealer, @PathVariable String id) {
        RepairOrder order = repairOrders.load(dealer.value(), id);
        return Versions.ok(order.version(), order.messages());
    }
}
