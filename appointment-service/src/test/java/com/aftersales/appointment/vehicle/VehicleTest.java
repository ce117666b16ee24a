package com.aftersales.appointment.vehicle;

import com.aftersales.platform.domain.DomainRuleViolation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

class VehicleTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final String VIN = "LSVAB2BM5NN123456";

    static Vehicle.Description description(String vin, LocalDate purchaseDate, int mileageKm, boolean firstServiceDone) {
        return new Vehicle.Description(vin, "沪a 12345", "Volkswagen", "Passat", 2025, purchaseDate, mileageKm, firstServiceDone);
    }

    static Vehicle registered(LocalDate purchaseDate, int mileageKm, boolean firstServiceDone) {
        return Vehicle.register("dealer-1", "cust-1", description(VIN, purchaseDate, mileageKm, firstServiceDone), TODAY);
    }

    @Nested
    class Vins {

        @Test
        @DisplayName("S1.1: a VIN of 17 digits and capital letters is accepted")
        void aValidVinIsAccepted() {
            assertThat(registered(null, 0, false).vin()).isEqualTo(VIN);
        }

        @ParameterizedTest
        @ValueSource(strings = {"LSVAB2BM5NN12345", "LSVAB2BM5NN1234567", ""})
        @DisplayName("S1.1: a VIN must have exactly 17 characters")
        void aVinOfAnotherLengthIsRefused(String vin) {
            assertThatThrownBy(() -> Vehicle.register("d", "c", description(vin, null, 0, false), TODAY))
                    .asInstanceOf(type(DomainRuleViolation.class))
                    .satisfies(e -> {
                        assertThat(e.rule()).isEqualTo("S1.1-vin");
                        assertThat(e.field()).isEqualTo("vin");
                    });
        }

        @ParameterizedTest
        @ValueSource(strings = {"LSVAB2BM5NI123456", "LSVAB2BM5NO123456", "LSVAB2BM5NQ123456"})
        @DisplayName("S1.1: a VIN never contains I, O or Q")
        void aVinWithIOrOOrQIsRefused(String vin) {
            assertThatThrownBy(() -> Vehicle.register("d", "c", description(vin, null, 0, false), TODAY))
                    .isInstanceOf(DomainRuleViolation.class);
        }

        @Test
        @DisplayName("S1.1: a VIN typed in lower case (with spaces) is stored in upper case without spaces")
        void aLowerCaseVinIsNormalised() {
            Vehicle vehicle = Vehicle.register("d", "c", description("lsvab2bm5nn 123456", null, 0, false), TODAY);

            assertThat(vehicle.vin()).isEqualTo(VIN);
        }

        @Test
        @DisplayName("S1.1: the plate is stored in upper case without spaces")
        void thePlateIsNormalised() {
            assertThat(registered(null, 0, false).plate()).isEqualTo("沪A12345");
        }

        @Test
        @DisplayName("S1.1: Vin.isValid follows ISO 3779")
        void vinValidity() {
            assertThat(Vin.isValid(VIN)).isTrue();
            assertThat(Vin.isValid(VIN.toLowerCase())).isFalse();
            assertThat(Vin.isValid(null)).isFalse();
            assertThat(Vin.normalise(" lsv ab2")).isEqualTo("LSVAB2");
        }
    }

    @Nested
    class Records {

        @Test
        @DisplayName("S1.1: the mileage may not go down")
        void mileageMayNotGoDown() {
            Vehicle vehicle = registered(TODAY.minusMonths(6), 8_000, true);

            assertThatThrownBy(() -> vehicle.update("cust-1", description(VIN, TODAY.minusMonths(6), 7_999, true), TODAY))
                    .asInstanceOf(type(DomainRuleViolation.class))
                    .satisfies(e -> {
                        assertThat(e.rule()).isEqualTo("S1.1-mileage");
                        assertThat(e.field()).isEqualTo("mileageKm");
                    });
            assertThat(vehicle.mileageKm()).isEqualTo(8_000);
        }

        @Test
        @DisplayName("S1.1: a higher mileage is recorded with the day it was read")
        void aHigherMileageIsRecordedWithItsDate() {
            Vehicle vehicle = registered(TODAY.minusMonths(6), 8_000, true);

            vehicle.update("cust-2", description(VIN, TODAY.minusMonths(6), 9_000, true), TODAY.plusDays(10));

            assertThat(vehicle.mileageKm()).isEqualTo(9_000);
            assertThat(vehicle.mileageReadOn()).isEqualTo(TODAY.plusDays(10));
            assertThat(vehicle.ownerId()).isEqualTo("cust-2");
        }

        @Test
        @DisplayName("S1.1: an unchanged mileage keeps the day it was read")
        void anUnchangedMileageKeepsItsDate() {
            Vehicle vehicle = registered(TODAY.minusMonths(6), 8_000, true);

            vehicle.update("cust-1", description(VIN, TODAY.minusMonths(6), 8_000, true), TODAY.plusDays(10));

            assertThat(vehicle.mileageReadOn()).isEqualTo(TODAY);
        }

        @Test
        @DisplayName("S1.1: a purchase date in the future is refused")
        void aPurchaseDateInTheFutureIsRefused() {
            assertThatThrownBy(() -> registered(TODAY.plusDays(1), 0, false))
                    .asInstanceOf(type(DomainRuleViolation.class))
                    .satisfies(e -> assertThat(e.field()).isEqualTo("purchaseDate"));
        }
    }

    @Nested
    class NextMaintenance {

        @Test
        @DisplayName("S1.2: the first maintenance is due 3 months after purchase or at 5000 km")
        void firstMaintenanceFromThePurchase() {
            Vehicle vehicle = registered(LocalDate.of(2026, 8, 10), 2_000, false);

            Vehicle.NextMaintenance next = vehicle.nextMaintenance(MaintenanceSchedule.STANDARD);

            assertThat(next.firstService()).isTrue();
            assertThat(next.dueDate()).isEqualTo(LocalDate.of(2026, 11, 10));
            assertThat(next.dueMileageKm()).isEqualTo(5_000);
        }

        @Test
        @DisplayName("S1.2: without a purchase date the first maintenance is counted from the registration")
        void firstMaintenanceWithoutPurchaseDate() {
            Vehicle vehicle = registered(null, 100, false);

            assertThat(vehicle.nextMaintenance(MaintenanceSchedule.STANDARD).dueDate()).isEqualTo(TODAY.plusMonths(3));
        }

        @Test
        @DisplayName("S1.2: after a maintenance, the next one is due 6 months or 10000 km later")
        void laterMaintenanceFromTheLastService() {
            Vehicle vehicle = registered(LocalDate.of(2025, 5, 1), 12_000, true);
            vehicle.recordService(LocalDate.of(2026, 10, 1), 14_500);

            Vehicle.NextMaintenance next = vehicle.nextMaintenance(MaintenanceSchedule.STANDARD);

            assertThat(next.firstService()).isFalse();
            assertThat(next.dueDate()).isEqualTo(LocalDate.of(2027, 4, 1));
            assertThat(next.dueMileageKm()).isEqualTo(24_500);
            assertThat(vehicle.mileageKm()).isEqualTo(14_500);
            assertThat(vehicle.firstServiceDone()).isTrue();
        }

        @Test
        @DisplayName("S1.2: when no service was recorded yet after the first one, the purchase date and mileage count")
        void laterMaintenanceWithoutARecordedService() {
            Vehicle vehicle = registered(LocalDate.of(2026, 1, 15), 12_000, true);

            Vehicle.NextMaintenance next = vehicle.nextMaintenance(MaintenanceSchedule.STANDARD);

            assertThat(next.firstService()).isFalse();
            assertThat(next.dueDate()).isEqualTo(LocalDate.of(2026, 7, 15));
            assertThat(next.dueMileageKm()).isEqualTo(22_000);
        }

        @Test
        @DisplayName("S1.2: the mileage on a later date is estimated from the distance driven per day since purchase")
        void mileageIsEstimatedFromTheAverageDistancePerDay() {
            // 3000 km in 100 days = 30 km a day
            Vehicle vehicle = registered(TODAY.minusDays(100), 3_000, false);

            assertThat(vehicle.estimatedMileageOn(TODAY.plusDays(50))).isEqualTo(4_500);
            assertThat(vehicle.estimatedMileageOn(TODAY)).isEqualTo(3_000);
        }

        @Test
        @DisplayName("S1.2: a date before the last reading is estimated as the last reading")
        void anEarlierDateIsTheLastReading() {
            Vehicle vehicle = registered(TODAY.minusDays(100), 3_000, false);

            assertThat(vehicle.estimatedMileageOn(TODAY.minusDays(20))).isEqualTo(3_000);
        }

        @Test
        @DisplayName("S1.2: without a purchase date the last reading is the best guess")
        void withoutPurchaseDateTheLastReadingIsTheEstimate() {
            Vehicle vehicle = registered(null, 3_000, false);

            assertThat(vehicle.estimatedMileageOn(TODAY.plusDays(200))).isEqualTo(3_000);
        }
    }
}
