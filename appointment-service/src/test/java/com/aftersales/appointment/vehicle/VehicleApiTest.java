package com.aftersales.appointment.vehicle;

import com.aftersales.appointment.support.Dealership;
import com.aftersales.appointment.support.Vins;
import com.aftersales.platform.test.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;

import static com.aftersales.appointment.support.Dealership.today;
import static com.aftersales.platform.test.ProblemMatchers.alreadyExists;
import static com.aftersales.platform.test.ProblemMatchers.domainRule;
import static com.aftersales.platform.test.ProblemMatchers.invalid;
import static com.aftersales.platform.test.ProblemMatchers.notFound;
import static com.aftersales.platform.test.ProblemMatchers.staleVersion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ServiceTest
class VehicleApiTest {

    @Autowired
    MockMvc http;

    Dealership dealer;
    String owner;

    @BeforeEach
    void freshDealerWithACustomer() throws Exception {
        dealer = Dealership.fresh(http);
        owner = dealer.customer();
    }

    static String vehicleJson(String vin, String ownerId, int mileageKm) {
        return vehicleJson(vin, ownerId, mileageKm, today().minusMonths(4));
    }

    static String vehicleJson(String vin, String ownerId, int mileageKm, LocalDate purchaseDate) {
        return """
                {"vin":"%s","plate":"粤b 8k2x9","make":"Volkswagen","model":"Passat","modelYear":2025,"ownerId":"%s",
                 "purchaseDate":"%s","mileageKm":%d,"firstServiceDone":false}""".formatted(vin, ownerId, purchaseDate, mileageKm);
    }

    @Test
    @DisplayName("S1.1: a vehicle is registered with its VIN in upper case and its next maintenance (S1.2)")
    void aVehicleIsRegistered() throws Exception {
        String vin = Vins.random();
        LocalDate purchased = today().minusMonths(2);

        String id = Dealership.read(dealer.post("/api/vehicles", vehicleJson(vin.toLowerCase(), owner, 1500, purchased))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(header().string("Location", startsWith("/api/vehicles/")))
                .andExpect(jsonPath("$.vin").value(vin))
                .andExpect(jsonPath("$.plate").value("粤B8K2X9"))
                .andExpect(jsonPath("$.ownerId").value(owner))
                .andExpect(jsonPath("$.mileageReadOn").value(today().toString()))
                .andExpect(jsonPath("$.nextMaintenance.firstService").value(true))
                .andExpect(jsonPath("$.nextMaintenance.dueDate").value(purchased.plusMonths(3).toString()))
                .andExpect(jsonPath("$.nextMaintenance.dueMileageKm").value(5000)), "$.id");

        dealer.get("/api/vehicles/{id}", id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.vin").value(vin))
                .andExpect(jsonPath("$.mileageKm").value(1500));
    }

    @Test
    @DisplayName("S1.1: a vehicle is registered without saying whether its first maintenance is done (it is not)")
    void firstServiceDoneIsOptional() throws Exception {
        dealer.post("/api/vehicles", """
                        {"vin":"%s","model":"Passat","ownerId":"%s","mileageKm":10}""".formatted(Vins.random(), owner))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.firstServiceDone").value(false));
    }

    @Test
    @DisplayName("S1.1: an invalid VIN is refused naming the field vin, and nothing is registered")
    void anInvalidVinIsRefused() throws Exception {
        dealer.post("/api/vehicles", vehicleJson("LSVAB2BM5NO123456", owner, 0)).andExpect(invalid("vin"));
        dealer.post("/api/vehicles", vehicleJson("LSVAB2BM5N", owner, 0)).andExpect(invalid("vin"));

        dealer.get("/api/vehicles").andExpect(jsonPath("$.total").value(0));
    }

    @Test
    @DisplayName("S1.1: missing and implausible values are refused field by field, and nothing is registered")
    void missingValuesAreRefused() throws Exception {
        dealer.post("/api/vehicles", """
                        {"vin":"%s","ownerId":"%s","mileageKm":-5,"modelYear":1800,"firstServiceDone":false}""".formatted(Vins.random(), owner))
                .andExpect(invalid("model"))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("model", "mileageKm", "modelYear")));

        dealer.get("/api/vehicles").andExpect(jsonPath("$.total").value(0));
    }

    @Test
    @DisplayName("S1.1: a value of the wrong type is refused naming the field")
    void aValueOfTheWrongTypeIsRefused() throws Exception {
        dealer.post("/api/vehicles", """
                        {"vin":"%s","model":"Passat","ownerId":"%s","mileageKm":"a lot"}""".formatted(Vins.random(), owner))
                .andExpect(invalid("mileageKm"));
        dealer.post("/api/vehicles", """
                        {"vin":"%s","model":"Passat","ownerId":"%s","mileageKm":10,"purchaseDate":"last spring"}"""
                        .formatted(Vins.random(), owner))
                .andExpect(invalid("purchaseDate"));

        dealer.get("/api/vehicles").andExpect(jsonPath("$.total").value(0));
    }

    @Test
    @DisplayName("S1.1: a purchase date in the future is refused and nothing is registered")
    void aFuturePurchaseDateIsRefused() throws Exception {
        dealer.post("/api/vehicles", vehicleJson(Vins.random(), owner, 0, today().plusDays(3)))
                .andExpect(domainRule("S1.1-purchase-date", "purchaseDate"));

        dealer.get("/api/vehicles").andExpect(jsonPath("$.total").value(0));
    }

    @Test
    @DisplayName("S1.1: a vehicle of an unknown owner is refused naming ownerId, and nothing is registered")
    void anUnknownOwnerIsRefused() throws Exception {
        dealer.post("/api/vehicles", vehicleJson(Vins.random(), "no-such-customer", 0))
                .andExpect(domainRule("S1.1-owner", "ownerId"));

        dealer.get("/api/vehicles").andExpect(jsonPath("$.total").value(0));
    }

    @Test
    @DisplayName("G5: a customer of another dealership cannot own a vehicle here")
    void anOwnerOfAnotherDealerIsRefused() throws Exception {
        String foreignOwner = Dealership.fresh(http).customer();

        dealer.post("/api/vehicles", vehicleJson(Vins.random(), foreignOwner, 0))
                .andExpect(domainRule("S1.1-owner", "ownerId"));
    }

    @Test
    @DisplayName("S1.1: a VIN is registered once per dealership, however it is typed")
    void aDuplicateVinIsRefused() throws Exception {
        String vin = Vins.random();
        String first = dealer.vehicle(owner, vin, "Passat", today().minusMonths(1), 100, false);

        dealer.post("/api/vehicles", vehicleJson(vin.toLowerCase(), dealer.customer(), 0))
                .andExpect(alreadyExists("vin"))
                .andExpect(jsonPath("$.existingId").value(first));

        dealer.get("/api/vehicles").andExpect(jsonPath("$.total").value(1));
    }

    @Test
    @DisplayName("S1.1: the same VIN may be registered at another dealership")
    void theSameVinAtAnotherDealerIsFine() throws Exception {
        String vin = Vins.random();
        dealer.vehicle(owner, vin, "Passat", today().minusMonths(1), 100, false);
        Dealership other = Dealership.fresh(http);

        other.post("/api/vehicles", vehicleJson(vin, other.customer(), 100)).andExpect(status().isCreated());
    }

    @Test
    @DisplayName("S1.1: a vehicle record is corrected: higher mileage, new owner")
    void aVehicleIsCorrected() throws Exception {
        String vin = Vins.random();
        String id = dealer.vehicle(owner, vin, "Passat", today().minusMonths(4), 3000, false);
        String newOwner = dealer.customer();

        dealer.putIfMatch("/api/vehicles/{id}", "\"0\"", vehicleJson(vin, newOwner, 4200), id)
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.mileageKm").value(4200))
                .andExpect(jsonPath("$.ownerId").value(newOwner));
        dealer.get("/api/customers/{id}", newOwner).andExpect(jsonPath("$.vehicles[0].id").value(id));
        dealer.get("/api/customers/{id}", owner).andExpect(jsonPath("$.vehicles.length()").value(0));
    }

    @Test
    @DisplayName("S1.1: a mileage lower than recorded is refused and changes nothing")
    void aLowerMileageIsRefused() throws Exception {
        String vin = Vins.random();
        String id = dealer.vehicle(owner, vin, "Passat", today().minusMonths(4), 3000, false);
        String before = dealer.snapshot("/api/vehicles/{id}", id);

        dealer.put("/api/vehicles/{id}", vehicleJson(vin, owner, 2999), id)
                .andExpect(domainRule("S1.1-mileage", "mileageKm"));

        assertThat(dealer.snapshot("/api/vehicles/{id}", id)).isEqualTo(before);
    }

    @Test
    @DisplayName("S1.1: a correction from a stale version is refused and changes nothing")
    void aStaleCorrectionIsRefused() throws Exception {
        String vin = Vins.random();
        String id = dealer.vehicle(owner, vin, "Passat", today().minusMonths(4), 3000, false);
        dealer.put("/api/vehicles/{id}", vehicleJson(vin, owner, 3100), id).andExpect(status().isOk());
        String before = dealer.snapshot("/api/vehicles/{id}", id);

        dealer.putIfMatch("/api/vehicles/{id}", "\"0\"", vehicleJson(vin, owner, 3500), id).andExpect(staleVersion());

        assertThat(dealer.snapshot("/api/vehicles/{id}", id)).isEqualTo(before);
    }

    @Test
    @DisplayName("S1.1: a correction with an invalid VIN or another vehicle's VIN changes nothing")
    void aBadCorrectionChangesNothing() throws Exception {
        String vin = Vins.random();
        String otherVin = Vins.random();
        String id = dealer.vehicle(owner, vin, "Passat", today().minusMonths(4), 3000, false);
        dealer.vehicle(owner, otherVin, "Lavida", today().minusMonths(4), 3000, false);
        String before = dealer.snapshot("/api/vehicles/{id}", id);

        dealer.put("/api/vehicles/{id}", vehicleJson("IIIIIIIIIIIIIIIII", owner, 3000), id).andExpect(invalid("vin"));
        dealer.put("/api/vehicles/{id}", vehicleJson(otherVin, owner, 3000), id).andExpect(alreadyExists("vin"));
        dealer.put("/api/vehicles/{id}", vehicleJson(vin, "no-such-customer", 3000), id)
                .andExpect(domainRule("S1.1-owner", "ownerId"));

        assertThat(dealer.snapshot("/api/vehicles/{id}", id)).isEqualTo(before);
    }

    @Test
    @DisplayName("S1.1: vehicles are found by part of the plate or the VIN")
    void vehiclesAreFoundByPlateOrVin() throws Exception {
        String vin = Vins.withPrefix("WVWZZZ3C");
        String id = dealer.vehicle(owner, vin, "Passat", today().minusMonths(4), 3000, false);
        dealer.vehicle(owner, Vins.withPrefix("LFV2B"), "Lavida", today().minusMonths(4), 3000, false);

        dealer.perform(get("/api/vehicles").param("q", "wvwzzz3c"))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(id));
        dealer.perform(get("/api/vehicles").param("q", "沪a" + vin.substring(12)))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(id));
        dealer.get("/api/vehicles").andExpect(jsonPath("$.total").value(2));
    }

    @Test
    @DisplayName("S1.1: an unknown vehicle is a 404 problem detail")
    void anUnknownVehicleIsNotFound() throws Exception {
        dealer.get("/api/vehicles/{id}", "no-such-vehicle").andExpect(notFound("vehicle"));
        dealer.put("/api/vehicles/{id}", vehicleJson(Vins.random(), owner, 1), "no-such-vehicle").andExpect(notFound("vehicle"));

        dealer.get("/api/vehicles").andExpect(jsonPath("$.total").value(0));
    }

    @Test
    @DisplayName("G5: another dealership does not see the vehicle")
    void anotherDealerDoesNotSeeTheVehicle() throws Exception {
        String vin = Vins.random();
        String id = dealer.vehicle(owner, vin, "Passat", today().minusMonths(4), 3000, false);
        Dealership other = Dealership.fresh(http);

        other.get("/api/vehicles/{id}", id).andExpect(notFound("vehicle"));
        other.perform(get("/api/vehicles").param("q", vin)).andExpect(jsonPath("$.total").value(0));
    }
}
