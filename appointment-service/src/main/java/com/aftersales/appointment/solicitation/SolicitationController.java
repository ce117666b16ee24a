package com.aftersales.appointment.solicitation;

import com.aftersales.appointment.customer.ContactChannel;
import com.aftersales.appointment.customer.Customer;
import com.aftersales.appointment.customer.CustomerRepository;
import com.aftersales.platform.domain.InvalidInputException;
import com.aftersales.platform.domain.NotFoundException;
import com.aftersales.platform.web.DealerId;
import com.aftersales.platform.web.PageParams;
import com.aftersales.platform.web.Paged;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Solicitation lists, contacts with their outcomes, and why customers declined (S1.2-S1.4). */
@RestController
class SolicitationController {

    private final SolicitationList solicitations;
    private final OutreachRepository outreach;
    private final CustomerRepository customers;
    private final Clock clock;

    SolicitationController(SolicitationList solicitations, OutreachRepository outreach, CustomerRepository customers,
                           Clock clock) {
        this.solicitations = solicitations;
        this.outreach = outreach;
        this.customers = customers;
        this.clock = clock;
    }

    record AttemptRequest(@NotNull(message = "is required") ContactChannel channel,
                          @NotNull(message = "is required") Outreach.Outcome outcome,
                          DeclineReason declineReason,
                          @Size(max = 1000, message = "must be at most 1000 characters") String note,
                          @NotBlank(message = "is required") String agent,
                          String appointmentId) {
    }

    record OutreachView(String key, SolicitationKind kind, String vehicleId, String customerId, Outreach.Status status,
                        List<Outreach.Attempt> attempts, Long version) {
        static OutreachView of(Outreach o) {
            return new OutreachView(o.key(), o.kind(), o.vehicleId(), o.customerId(), o.status(), o.attempts(), o.version());
        }
    }

    record ReasonView(DeclineReason code, String label, String labelZh) {
    }

    record ReasonCount(DeclineReason reason, String label, long count, int percent) {
    }

    record DeclineStatistics(LocalDate from, LocalDate to, long declines, List<ReasonCount> byReason,
                             Map<SolicitationKind, Long> byKind, List<String> notes) {
    }

    /** The list for advisors and the call center: what is due by {@code dueBy} (default: 30 days ahead). */
    @GetMapping("/api/solicitations")
    Paged<SolicitationList.Entry> list(DealerId dealer,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBy,
                                       @RequestParam(required = false) SolicitationKind kind,
                                       @RequestParam(required = false) String vehicleId,
                                       @RequestParam(defaultValue = "false") boolean includeClosed,
                                       @Valid PageParams paging) {
        LocalDate until = dueBy == null ? LocalDate.now(clock).plusDays(30) : dueBy;
        List<SolicitationList.Entry> entries = solicitations.list(dealer.value(),
                new SolicitationList.Filter(until, kind, vehicleId, includeClosed));
        return Paged.of(entries, paging.pageOrFirst(), paging.sizeOrDefault());
    }

    /** A contact with the customer and its outcome; a decline needs a coded reason (S1.4). */
    @PostMapping("/api/solicitations/{key}/attempts")
    @ResponseStatus(HttpStatus.CREATED)
    OutreachView recordAttempt(DealerId dealer, @PathVariable String key, @Valid @RequestBody AttemptRequest request) {
        Outreach contact = solicitations.startOrLoadOutreach(dealer.value(), key);
        Customer customer = customers.findByIdAndDealerId(contact.customerId(), dealer.value())
                .orElseThrow(() -> new NotFoundException("customer", contact.customerId()));
        customer.requireConsent(request.channel());
        contact.record(request.channel(), request.outcome(), request.declineReason(), request.note(), request.agent(),
                request.appointmentId(), clock.instant());
        return OutreachView.of(outreach.save(contact));
    }

    @GetMapping("/api/decline-reasons")
    List<ReasonView> reasons() {
        return Arrays.stream(DeclineReason.values()).map(r -> new ReasonView(r, r.label(), r.labelZh())).toList();
    }

    /** How often each reason was given in a period (default: the last 30 days), to see what to improve (S1.4). */
    @GetMapping("/api/solicitations/decline-statistics")
    DeclineStatistics declineStatistics(DealerId dealer,
                                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        LocalDate end = to == null ? LocalDate.now(clock) : to;
        LocalDate start = from == null ? end.minusDays(29) : from;
        if (end.isBefore(start)) {
            throw new InvalidInputException("to", "must not be before from");
        }
        ZoneId zone = clock.getZone();
        var fromInstant = start.atStartOfDay(zone).toInstant();
        var toInstant = end.plusDays(1).atStartOfDay(zone).toInstant();
        Map<DeclineReason, Long> byReason = new EnumMap<>(DeclineReason.class);
        Map<SolicitationKind, Long> byKind = new EnumMap<>(SolicitationKind.class);
        List<String> notes = new java.util.ArrayList<>();
        for (Outreach contact : outreach.findByDealerIdAndAttemptsAtBetween(dealer.value(), fromInstant, toInstant)) {
            for (Outreach.Attempt attempt : contact.attempts()) {
                boolean inPeriod = !attempt.at().isBefore(fromInstant) && attempt.at().isBefore(toInstant);
                if (inPeriod && attempt.outcome() == Outreach.Outcome.DECLINED) {
                    byReason.merge(attempt.declineReason(), 1L, Long::sum);
                    byKind.merge(contact.kind(), 1L, Long::sum);
                    if (attempt.note() != null && !attempt.note().isBlank()) {
                        notes.add(attempt.note());
                    }
                }
            }
        }
        long total = byReason.values().stream().mapToLong(Long::longValue).sum();
        List<ReasonCount> counts = byReason.entrySet().stream()
                .sorted(Map.Entry.<DeclineReason, Long>comparingByValue().reversed())
                .map(e -> new ReasonCount(e.getKey(), e.getKey().label(), e.getValue(),
                        (int) Math.round(100.0 * e.getValue() / total)))
                .toList();
        return new DeclineStatistics(start, end, total, counts, byKind, notes);
    }
}
