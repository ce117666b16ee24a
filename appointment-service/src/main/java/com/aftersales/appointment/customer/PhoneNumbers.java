package com.aftersales.appointment.customer;

/** Phone numbers are compared without spaces and dashes, so "138-0013 8000" finds "13800138000". */
public final class PhoneNumbers {

    private PhoneNumbers() {
    }

    public static String normalise(String phone) {
        return phone == null ? null : phone.replaceAll("[\\s().-]", "");
    }
}
