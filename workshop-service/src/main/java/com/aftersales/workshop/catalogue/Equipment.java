package com.aftersales.workshop.catalogue;

/** What a bay offers and a job may need (S7.2: bays, lifts, tools). */
public enum Equipment {
    LIFT, ALIGNMENT_RIG, DIAGNOSIS
}
