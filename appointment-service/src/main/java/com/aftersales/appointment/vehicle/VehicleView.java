package com.aftersales.appointment.vehicle;

import java.time.LocalDate;

/** A vehicle as the API shows it, with its next maintenance (S1.2). */
public record VehicleView(String id, String vin, String plate, String make, String model, Integer modelYear,
                          String ownerId, LocalDate purchaseDate, int mileageKm, LocalDate mileageReadOn,
                          boolean firstServiceDone, LocalDate lastServiceDate, Integer lastServiceMileageKm,
                          Vehicle.NextMaintenance nextMaintenance, Long version) {

    public static VehicleView of(Vehicle vehicle) {
        return new VehicleView(vehicle.id(), vehicle.vin(), vehicle.plate(), vehicle.make(), vehicle.model(),
                vehicle.modelYear(), vehicle.ownerId(), vehicle.purchaseDate(), vehicle.mileageKm(), vehicle.mileageReadOn(),
                vehicle.firstServiceDone(), vehicle.lastServiceDate(), vehicle.lastServiceMileageKm(),
                vehicle.nextMaintenance(MaintenanceSchedule.STANDARD), vehicle.version());
    }
}
