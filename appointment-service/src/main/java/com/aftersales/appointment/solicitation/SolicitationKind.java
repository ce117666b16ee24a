package com.aftersales.appointment.solicitation;

/** What a solicitation is about: a maintenance falling due (S1.2), a campaign (S1.3), or work declined before. */
public enum SolicitationKind {
    MAINTENANCE_DUE, CAMPAIGN, DECLINED_WORK
}
