package com.aftersales.reception.messages;

import com.aftersales.reception.repairorder.CustomerMessage;
import com.aftersales.reception.repairorder.RepairOrder;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** A message to the customer goes out through the notifier and is recorded in the RO with its outcome (S5.2). */
@Component
public class CustomerMessages {

    /** Who sends the messages the system writes by itself (a part arrived, S6.2). */
    public static final String SYSTEM = "system";

    private final CustomerNotifier notifier;

    CustomerMessages(CustomerNotifier notifier) {
        this.notifier = notifier;
    }

    public CustomerMessage tell(RepairOrder order, CustomerMessage.Channel channel, String message, String sentBy, Instant now) {
        CustomerMessage.Delivery delivery = notifier.deliver(order, channel, message);
        return order.recordMessage(channel, message, sentBy, delivery, now);
    }
}
