package com.aftersales.appointment.support;

import com.aftersales.platform.test.DealerRequests;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One dealership of a service test: its own {@code X-Dealer-Id}, so tests sharing the one Spring context
 * (and so the one database) never see each other's data, and short ways to set up what a test needs
 * through the HTTP API itself.
 */
public final class Dealership extends DealerRequests {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final String ADVISOR = "adv-1";
    /** 300.00 CNY per hour, in fen. */
    public static final long LABOUR_RATE = 30_000;

    private Dealership(MockMvc http, String id) {
        super(http, id);
    }

    /** A dealership nobody else uses (the header allows 40 characters at most). */
    public static Dealership fresh(MockMvc http) {
        return new Dealership(http, freshId());
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

        // ---- setting up through the API ----------------------------------------------------------------------

    /** A workshop open every day 08:00-18:00 with one 8-hour technician per 8 hours given, two bays of 10 h. */
    public Dealership withWorkshop(int technicianHours) throws Exception {
        return withWorkshop(technicianHours, 2, 10);
    }

    public Dealership withWorkshop(int technicianHours, int bays, int bayHoursPerDay) throws Exception {
        StringBuilder technicians = new StringBuilder();
        int left = technicianHours;
        int n = 0;
        while (left > 0) {
            int hours = Math.min(8, left);
            technicians.append(n == 0 ? "" : ",").append("{\"id\":\"t").append(n).append("\",\"name\":\"Tech ").append(n)
                    .append("\",\"dailyHours\":").append(hours).append('}');
            left -= hours;
            n++;
        }
        StringBuilder bayList = new StringBuilder();
        for (int i = 0; i < bays; i++) {
            bayList.append(i == 0 ? "" : ",").append("{\"id\":\"b").append(i).append("\",\"name\":\"Bay ").append(i)
                    .append("\",\"kind\":\"LIFT\"}");
        }
        put("/api/workshop-capacity", """
                {"labourRatePerHour":{"amount":%d,"currency":"CNY"},
                 "technicians":[%s],
                 "bays":[%s],
                 "advisors":[{"id":"%s","name":"Chen Jing"}],
                 "bayHoursPerDay":%d,
                 "workingDays":["MONDAY","TUESDAY","WEDNESDAY","THURSDAY","FRIDAY","SATURDAY","SUNDAY"],
                 "opensAt":"08:00","closesAt":"18:00"}
                """.formatted(LABOUR_RATE, technicians, bayList, ADVISOR, bayHoursPerDay))
                .andExpect(status().isOk());
        return this;
    }

    /**
     * The catalogue used by most tests: OIL (1.5 h, an oil filter at 45.00 and 4 l of oil at 60.00),
     * BRAKE (3 h, no parts), ENGINE (6 h, no parts).
     */
    public Dealership withCatalogue() throws Exception {
        operation("OIL", "Oil and filter change", "MAINTENANCE", "1.5", """
                [{"partNumber":"OF-100","name":"Oil filter","quantity":1,"unitPrice":{"amount":4500,"currency":"CNY"}},
                 {"partNumber":"EO-5W30","name":"Engine oil 5W-30, 1 l","quantity":4,"unitPrice":{"amount":6000,"currency":"CNY"}}]""");
        operation("BRAKE", "Brake pads front", "REPAIR", "3", "[]");
        operation("ENGINE", "Engine overhaul", "REPAIR", "6", "[]");
        return this;
    }

    public void operation(String code, String name, String category, String hours, String partsJson) throws Exception {
        post("/api/labour-operations", """
                {"code":"%s","name":"%s","category":"%s","standardHours":%s,"expectedParts":%s}"""
                .formatted(code, name, category, hours, partsJson))
                .andExpect(status().isCreated());
    }

    public String customer(String name, String phone, String... consents) throws Exception {
        String consentList = String.join(",", List.of(consents).stream().map(c -> "\"" + c + "\"").toList());
        return read(post("/api/customers", """
                {"name":"%s","phone":"%s","consents":[%s]}""".formatted(name, phone, consentList))
                .andExpect(status().isCreated()), "$.id");
    }

    /** A customer reachable by phone and SMS, with a random phone number. */
    public String customer() throws Exception {
        return customer("Li Wei", randomPhone(), "PHONE", "SMS");
    }

    public String vehicle(String ownerId, String vin, String model, LocalDate purchaseDate, int mileageKm,
                          boolean firstServiceDone) throws Exception {
        return read(post("/api/vehicles", """
                {"vin":"%s","plate":"沪A%s","make":"Volkswagen","model":"%s","modelYear":2025,"ownerId":"%s",
                 "purchaseDate":%s,"mileageKm":%d,"firstServiceDone":%s}"""
                .formatted(vin, vin.substring(12), model, ownerId, purchaseDate == null ? "null" : "\"" + purchaseDate + "\"",
                        mileageKm, firstServiceDone))
                .andExpect(status().isCreated()), "$.id");
    }

    /** A vehicle whose maintenance is not due for a while: serviced, bought last week, little mileage. */
    public String vehicle(String ownerId) throws Exception {
        return vehicle(ownerId, Vins.random(), "Passat", today().minusDays(7), 300, true);
    }

    public String book(String customerId, String vehicleId, LocalDate date, String time, String... codes) throws Exception {
        return read(post("/api/appointments", bookingJson(customerId, vehicleId, date, time, codes))
                .andExpect(status().isCreated()), "$.id");
    }

    /**
     * A booking request. It says {@code "forceOverCapacity":false} explicitly: the service refuses a booking
     * without it (see AppointmentApiTest#aBookingNeedNotMentionForcing).
     */
    public static String bookingJson(String customerId, String vehicleId, LocalDate date, String time, String... codes) {
        String codeList = String.join(",", List.of(codes).stream().map(c -> "\"" + c + "\"").toList());
        return """
                {"customerId":"%s","vehicleId":"%s","advisorId":"%s","date":"%s","time":"%s",
                 "labourOperationCodes":[%s],"customerRemarks":"Noise from the front left wheel","forceOverCapacity":false}"""
                .formatted(customerId, vehicleId, ADVISOR, date, time, codeList);
    }

    public static String randomPhone() {
        return "139" + String.format("%08d", (long) (Math.random() * 100_000_000L));
    }
}
