package com.aftersales.reception.messages;

import com.aftersales.reception.repairorder.CustomerMessage;
import com.aftersales.reception.repairorder.RepairOrder;
import org.springframework.stereotype.Component;

/** Sends nothing: the message is on record in the RO (the advisor tells the customer in person or by phone). */
@Component
class RecordOnlyNotifier implements CustomerNotifier {

    @Override
    public CustomerMessage.Delivery deliver(RepairOrder order, CustomerMessage.Channel channel, String message) {
        return CustomerMessage.Delivery.RECORDED;
    }
}
