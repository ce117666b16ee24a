package com.aftersales.appointment.customer;

/** The ways a dealership may reach a customer; each needs the customer's consent (S1.1, G5). */
public enum ContactChannel {
    PHONE, SMS, EMAIL, WECHAT
}
