package com.aftersales.reception.messages;

import com.aftersales.reception.repairorder.CustomerMessage;
import com.aftersales.reception.repairorder.RepairOrder;

/**
 * Tells the customer of a repair order something (S5.2 progress, S6.2 a part arrived). Today's
 * implementation only records ({@link RecordOnlyNotifier}); an SMS or WeChat sender replaces it later
 * without changing the callers. Contact data stays with appointment-service (G5): a sender looks it up by
 * the RO's customer id.
 */
public interface CustomerNotifier {

    /** @return what became of the message: recorded only, sent, or refused by the sender */
    CustomerMessage.Delivery deliver(RepairOrder order, CustomerMessage.Channel channel, String message);
}
