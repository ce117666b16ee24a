package com.aftersales.reception.repairorder;

/** How the customer gave a decision on estimate lines or additional work (S5.1, S8.2). */
public enum DecisionMethod { IN_PERSON, PHONE, WRITTEN }
