package com.aftersales.workshop.workorder;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * What the workshop keeps of an arrived appointment (CustomerArrived): whether it is the vehicle's first
 * maintenance (S9.6), and the category of each requested labour operation from the catalogue, so the jobs of its
 * RO need the right skill. Inserted once per appointment, id derived from dealer and appointment.
 */
@Document("arrived_appointments")
public record ArrivedAppointment(@Id String id, String dealerId, String appointmentId, boolean firstService,
                                 List<CatalogueCategory> categories, Instant arrivedAt) {

    /** The catalogue category of one requested labour operation (kept as a list: codes may contain dots). */
    public record CatalogueCategory(String labourOperationCode, String category) {
    }

    /** The catalogue's category of the labour code, or null. */
    public String categoryOf(String labourOperationCode) {
        return categories == null || labourOperationCode == null ? null : categories.stream()
                .filter(entry -> labourOperationCode.equals(entry.labourOperationCode()))
                .map(CatalogueCategory::category).findFirst().orElse(null);
    }

    public static String idOf(String dealerId, String appointmentId) {
        return WorkOrder.derivedId("arrived-appointment:" + dealerId + ":" + appointmentId);
    }
}
