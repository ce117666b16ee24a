package com.aftersales.reception.repairorder;

import java.time.Instant;

/**
 * A message to the customer about how the work goes (S5.2), or a notice such as "your part has arrived"
 * (S6.2), kept on the repair order with what became of it.
 */
public record CustomerMessage(String id, Channel channel, String message, String sentBy, Instant sentAt,
                              Delivery delivery) {

    public enum Channel { IN_PERSON, PHONE, SMS, WECHAT }

    /**
     * RECORDED: on record only, nothing was sent by the system (the advisor told the customer, or no sender
     * exists yet for the channel); SENT: handed to a sender for the channel; FAILED: the sender refused it.
     */
    public enum Delivery { RECORDED, SENT, FAILED }
}
