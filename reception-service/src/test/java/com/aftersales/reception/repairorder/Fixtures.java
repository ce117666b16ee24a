package com.aftersales.reception.repairorder;

import com.aftersales.contracts.DomainEvent;
import com.aftersales.contracts.Money;
import com.aftersales.contracts.appointment.AppointmentEvents.ExpectedPart;
import com.aftersales.contracts.appointment.AppointmentEvents.Preparation;
import com.aftersales.contracts.appointment.AppointmentEvents.RequestedWork;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Repair orders in known states for the unit tests of the aggregate. */
final class Fixtures {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    /** 10:00 in Shanghai. */
    static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");
    static final Money RATE = new Money(30_000, "CNY");
    static final RequestedWork OIL_CHANGE = new RequestedWork("OIL", "Oil and filter change", "MAINTENANCE",
            new BigDecimal("1.5"), List.of(new ExpectedPart("OF-100", "Oil filter", 1, new Money(4_500, "CNY"))));

    private Fixtures() {
    }

    static Instant later(int minutes) {
        return NOW.plus(Duration.ofMinutes(minutes));
    }

    static Preparation preparation() {
        return new Preparation("cust-1", "veh-1", "LSVAB2BM5NN123456", "Passat", "adv-1", TODAY, LocalTime.of(9, 30),
                List.of(OIL_CHANGE), new BigDecimal("1.5"), new Money(49_500, "CNY"), true, "camp-1");
    }

    /** Opened from the appointment of 09:30; the customer arrived at 10:00 (NOW). */
    static RepairOrder fromAppointment() {
        return RepairOrder.openFromAppointment("ro-1", "dealer-1", "RO-20261127-0001", TODAY, "appt-1", preparation(),
                NOW, ZONE, NOW);
    }

    static RepairOrder.WalkIn walkIn(Instant promisedAt) {
        return new RepairOrder.WalkIn("cust-2", "veh-2", "LSVAB2BM5NN654321", "沪A12345", "adv-2",
                List.of(new RequestedWork(null, "Strange noise when braking", null, null, List.of())), promisedAt, null);
    }

    static RepairOrder walkInOrder() {
        return RepairOrder.openWalkIn("ro-2", "dealer-1", "RO-20261127-0002", TODAY, walkIn(later(240)), NOW);
    }

    static PricedLine labour(String description, String hours) {
        NewLine line = NewLine.labour(description, "BRAKE", new BigDecimal(hours));
        return new PricedLine(line, LinePricing.labour(RATE, RATE.times(new BigDecimal(hours))));
    }

    static PricedLine part(String partNumber, int quantity, long unitPrice, int available) {
        return new PricedLine(NewLine.part(null, partNumber, quantity),
                LinePricing.part(new Money(unitPrice, "CNY"), quantity, available, null, "Part " + partNumber));
    }

    static PricedLine partWhileDown(String partNumber, int quantity) {
        return new PricedLine(NewLine.part(null, partNumber, quantity), LinePricing.partUnknown());
    }

    /** A walk-in whose estimate has a labour line (L1, 900.00) and a part line (L2, 2 x 250.00) and a time range. */
    static RepairOrder withCompleteEstimate() {
        RepairOrder order = walkInOrder();
        order.addEstimateLine(labour("Replace front brake pads", "3"));
        order.addEstimateLine(part("BP-200", 2, 25_000, 10));
        order.setEstimateTimeRange(later(120), later(180), NOW);
        return order;
    }

    static RepairOrder withPresentedEstimate() {
        RepairOrder order = withCompleteEstimate();
        order.presentEstimate("adv-2", later(5));
        return order;
    }

    static <E extends DomainEvent> E lastEvent(RepairOrder order, Class<E> type) {
        List<DomainEvent> events = order.raisedEvents();
        assertThat(events).isNotEmpty();
        assertThat(events.get(events.size() - 1)).isInstanceOf(type);
        return type.cast(events.get(events.size() - 1));
    }

    static <E extends DomainEvent> List<E> events(RepairOrder order, Class<E> type) {
        return order.raisedEvents().stream().filter(type::isInstance).map(type::cast).toList();
    }
}
