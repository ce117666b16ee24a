package com.aftersales.workshop.workorder;

/** A job's life: waiting for dispatch, dispatched, clocked on, paused, completed (S7.1). */
public enum JobStatus { TO_DISPATCH, DISPATCHED, IN_PROGRESS, PAUSED, COMPLETED }
