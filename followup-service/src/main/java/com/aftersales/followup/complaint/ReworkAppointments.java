package com.aftersales.followup.complaint;

import com.aftersales.platform.domain.DomainRuleViolation;
import com.aftersales.platform.http.ResilientHttpClient;
import com.aftersales.platform.http.ServiceUnavailableException;
import com.aftersales.platform.web.DealerIdResolver;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * S13.1: books the inspection or rework visit of a complaint at appointment-service
 * ({@code POST /api/appointments}) through the resilient client. The visit is booked even over the day's
 * capacity (the reason is on record): a complaint does not wait for a free day. Appointment-service not
 * answering is a {@link ServiceUnavailableException} (503, nothing changed); its refusal (4xx) is passed on
 * as a broken rule (422) with its detail.
 */
@Component
class ReworkAppointments {

    static final String RULE = "S13.1-rework-booking";
    static final String OVER_CAPACITY_REASON = "complaint rework (S13.1)";
    private static final int MAX_REMARKS = 1000;

    /** What appointment-service's {@code POST /api/appointments} takes. */
    record BookRequest(String customerId, String vehicleId, String advisorId, String date, String time,
                       List<String> labourOperationCodes, String customerRemarks, boolean forceOverCapacity,
                       String overCapacityReason) {
    }

    /** The booked appointment; only its id is read. */
    record Booked(String id) {
    }

    private final ResilientHttpClient appointmentService;
    private final JsonMapper json;

    ReworkAppointments(ResilientHttpClient appointmentService, JsonMapper json) {
        this.appointmentService = appointmentService;
        this.json = json;
    }

    /** @return the id of the booked appointment */
    String book(String dealerId, Complaint complaint, Complaint.VisitKind kind, LocalDate date, LocalTime time,
                String advisorId, List<String> labourOperationCodes) {
        BookRequest request = new BookRequest(complaint.customerId(), complaint.vehicleId(), advisorId, date.toString(),
                time.toString(), labourOperationCodes, remarks(complaint, kind), true, OVER_CAPACITY_REASON);
        Booked booked;
        try {
            booked = appointmentService.call(rest -> rest.post().uri("/api/appointments")
                    .header(DealerIdResolver.HEADER, dealerId)
                    .contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON)
                    .body(request)
                    .retrieve()
                    .body(Booked.class));
        } catch (HttpClientErrorException refused) {
            throw refusal(refused);
        }
        if (booked == null || booked.id() == null || booked.id().isBlank()) {
            throw new ServiceUnavailableException(appointmentService.service(), "the booking answer named no appointment", null);
        }
        return booked.id();
    }

    static String remarks(Complaint complaint, Complaint.VisitKind kind) {
        String text = "Complaint " + complaint.id() + ": " + (kind == Complaint.VisitKind.INSPECTION ? "inspection" : "rework")
                + " of RO " + complaint.repairOrderId() + ". " + complaint.description();
        return text.length() <= MAX_REMARKS ? text : text.substring(0, MAX_REMARKS);
    }

    /** Appointment-service's own words (its problem's detail and field) reach the user. */
    private DomainRuleViolation refusal(HttpClientErrorException refused) {
        String detail = null;
        String field = null;
        try {
            JsonNode problem = json.readTree(refused.getResponseBodyAsString());
            detail = problem.path("detail").isString() ? problem.path("detail").asString() : null;
            JsonNode errors = problem.path("errors");
            if (errors.isArray() && !errors.isEmpty() && errors.get(0).path("field").isString()) {
                field = errors.get(0).path("field").asString();
            }
        } catch (RuntimeException unreadable) {
            // not a problem detail: the status says enough
        }
        String message = "appointment-service refused the booking (" + refused.getStatusCode().value() + "): "
                + (detail == null ? refused.getStatusText() : detail);
        return new DomainRuleViolation(RULE, field, message);
    }
}
