package com.aftersales.appointment.vehicle;

import com.aftersales.platform.domain.DomainRuleViolation;
import com.aftersales.platform.outbox.AggregateRoot;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A customer's vehicle (S1.1): identity, mileage, purchase date, whether its first maintenance (首保) is
 * still ahead, and when it was last serviced, from which its next maintenance is due (S1.2).
 * One vehicle per VIN per dealer.
 */
@Document("vehicles")
@CompoundIndex(name = "vin_per_dealer", def = "{'dealerId': 1, 'vin': 1}", unique = true)
public class Vehicle extends AggregateRoot {

    private String vin;
    private String plate;
    private String make;
    private String model;
    private Integer modelYear;
    private String ownerId;
    private LocalDate purchaseDate;
    private int mileageKm;
    private LocalDate mileageReadOn;
    private boolean firstServiceDone;
    private LocalDate lastServiceDate;
    private Integer lastServiceMileageKm;

    protected Vehicle() {
    }

    public static Vehicle register(String dealerId, String ownerId, Description description, LocalDate today) {
        Vehicle vehicle = new Vehicle();
        vehicle.id = UUID.randomUUID().toString();
        vehicle.dealerId = dealerId;
        vehicle.ownerId = ownerId;
        vehicle.mileageKm = 0;
        vehicle.describe(description, today);
        return vehicle;
    }

    /** Corrects the record; the mileage may only grow (an odometer does not run backwards). */
    public void update(String ownerId, Description description, LocalDate today) {
        if (description.mileageKm() < mileageKm) {
            throw new DomainRuleViolation("S1.1-mileage", "mileageKm",
                    "mileage cannot go down from " + mileageKm + " km to " + description.mileageKm() + " km");
        }
        this.ownerId = ownerId;
        describe(description, today);
    }

    private void describe(Description description, LocalDate today) {
        String vinValue = Vin.normalise(description.vin());
        if (!Vin.isValid(vinValue)) {
            throw new DomainRuleViolation("S1.1-vin", "vin", "VIN " + Vin.RULE);
        }
        if (description.purchaseDate() != null && description.purchaseDate().isAfter(today)) {
            throw new DomainRuleViolation("S1.1-purchase-date", "purchaseDate", "the purchase date cannot be in the future");
        }
        this.vin = vinValue;
        this.plate = description.plate() == null ? null : description.plate().replace(" ", "").toUpperCase();
        this.make = description.make();
        this.model = description.model();
        this.modelYear = description.modelYear();
        this.purchaseDate = description.purchaseDate();
        if (description.mileageKm() != mileageKm || mileageReadOn == null) {
            this.mileageKm = description.mileageKm();
            this.mileageReadOn = today;
        }
        this.firstServiceDone = description.firstServiceDone();
    }

    /** A maintenance was done: the next one is counted from here (S1.2). */
    public void recordService(LocalDate date, int mileageAtService) {
        this.lastServiceDate = date;
        this.lastServiceMileageKm = mileageAtService;
        this.firstServiceDone = true;
        if (mileageAtService > mileageKm) {
            this.mileageKm = mileageAtService;
            this.mileageReadOn = date;
        }
    }

    /** A newer odometer reading (at a delivery without maintenance); an older or lower one changes nothing. */
    public void recordMileage(LocalDate date, int mileage) {
        if (mileage > mileageKm) {
            this.mileageKm = mileage;
            this.mileageReadOn = date;
        }
    }

    /** When the next maintenance is due, by date and by mileage, under the schedule (S1.2). */
    public NextMaintenance nextMaintenance(MaintenanceSchedule schedule) {
        if (!firstServiceDone) {
            LocalDate from = purchaseDate != null ? purchaseDate : mileageReadOn;
            return new NextMaintenance(true, from == null ? null : from.plusMonths(schedule.firstServiceMonths()),
                    schedule.firstServiceKm());
        }
        LocalDate from = lastServiceDate != null ? lastServiceDate : purchaseDate;
        int fromKm = lastServiceMileageKm != null ? lastServiceMileageKm : mileageKm;
        return new NextMaintenance(false, from == null ? null : from.plusMonths(schedule.intervalMonths()),
                fromKm + schedule.intervalKm());
    }

    /**
     * The mileage expected on a date, from the average distance driven per day since purchase; without a
     * purchase date the last reading is the best guess.
     */
    public int estimatedMileageOn(LocalDate date) {
        if (purchaseDate == null || mileageReadOn == null || !mileageReadOn.isAfter(purchaseDate)) {
            return mileageKm;
        }
        double perDay = (double) mileageKm / ChronoUnit.DAYS.between(purchaseDate, mileageReadOn);
        long daysAhead = Math.max(0, ChronoUnit.DAYS.between(mileageReadOn, date));
        return (int) Math.round(mileageKm + perDay * daysAhead);
    }

    public String vin() {
        return vin;
    }

    public String plate() {
        return plate;
    }

    public String make() {
        return make;
    }

    public String model() {
        return model;
    }

    public Integer modelYear() {
        return modelYear;
    }

    public String ownerId() {
        return ownerId;
    }

    public LocalDate purchaseDate() {
        return purchaseDate;
    }

    public int mileageKm() {
        return mileageKm;
    }

    public LocalDate mileageReadOn() {
        return mileageReadOn;
    }

    public boolean firstServiceDone() {
        return firstServiceDone;
    }

    public LocalDate lastServiceDate() {
        return lastServiceDate;
    }

    public Integer lastServiceMileageKm() {
        return lastServiceMileageKm;
    }

    /** What the advisor records about a vehicle. */
    public record Description(String vin, String plate, String make, String model, Integer modelYear,
                              LocalDate purchaseDate, int mileageKm, boolean firstServiceDone) {
    }

    /** The next maintenance: whichever of date and mileage comes first. */
    public record NextMaintenance(boolean firstService, LocalDate dueDate, int dueMileageKm) {
    }
}
