package com.aftersales.appointment.solicitation;

/** Why a customer declined a solicitation (S1.4): coded, so they can be counted, plus free text. */
public enum DeclineReason {
    PRICE_TOO_HIGH("Price too high", "价格太高"),
    NO_TIME("No time now", "没有时间"),
    SERVICED_ELSEWHERE("Serviced elsewhere", "已在别处保养"),
    NOT_NEEDED("Does not see the need", "认为没有必要"),
    TOO_FAR("Dealership too far", "距离太远"),
    VEHICLE_SOLD("Vehicle sold", "车辆已出售"),
    UNHAPPY_BEFORE("Unhappy with an earlier visit", "对以前的服务不满意"),
    OTHER("Other (see note)", "其他(见备注)");

    private final String label;
    private final String labelZh;

    DeclineReason(String label, String labelZh) {
        this.label = label;
        this.labelZh = labelZh;
    }

    public String label() {
        return label;
    }

    public String labelZh() {
        return labelZh;
    }
}
