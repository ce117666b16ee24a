package com.aftersales.workshop.catalogue;

/** The kinds of labour a technician is skilled in and a job belongs to (S7.3). */
public enum LabourCategory {
    MAINTENANCE, REPAIR, DIAGNOSIS, TYRES, BODY
}
