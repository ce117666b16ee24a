package com.aftersales.appointment.solicitation;

import com.aftersales.contracts.Money;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * Work the customer declined on an estimate: kept as a future solicitation (S5 -> S1). Its id is made from
 * the event and the line, so a redelivered event is inserted once.
 */
@Document("declined_work")
public record DeclinedWork(@Id String id, String dealerId, String vehicleId, String customerId, String repairOrderId,
                           String repairOrderNumber, String description, String labourOperationCode, Money estimatedPrice,
                           String reason, Instant declinedAt) {

    public static String idOf(String eventId, String lineId) {
        return eventId + "-" + lineId;
    }
}
