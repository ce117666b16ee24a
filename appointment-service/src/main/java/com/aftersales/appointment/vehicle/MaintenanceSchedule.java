package com.aftersales.appointment.vehicle;

/**
 * When maintenance falls due: the first maintenance (首保) after a few months or kilometres, later ones at
 * a regular interval, whichever of time and distance comes first. One schedule for now; per brand later.
 */
public record MaintenanceSchedule(int firstServiceMonths, int firstServiceKm, int intervalMonths, int intervalKm) {

    public static final MaintenanceSchedule STANDARD = new MaintenanceSchedule(3, 5_000, 6, 10_000);
}
