package com.aftersales.reception.repairorder;

import com.aftersales.contracts.appointment.AppointmentEvents.CustomerArrived;
import com.aftersales.platform.PlatformProperties;
import com.aftersales.platform.consumer.InsertOnce;
import com.aftersales.platform.domain.NotFoundException;
import com.aftersales.platform.web.Versions;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Opens, loads and saves repair orders, scoped to the dealer. The controllers and listeners of every
 * feature go through here: load, call one method of the aggregate, save.
 */
@Service
public class RepairOrders {

    private final RepairOrderRepository repository;
    private final RepairOrderNumbers numbers;
    private final InsertOnce insertOnce;
    private final Clock clock;
    private final ZoneId zone;

    RepairOrders(RepairOrderRepository repository, RepairOrderNumbers numbers, InsertOnce insertOnce, Clock clock,
                 PlatformProperties platform) {
        this.repository = repository;
        this.numbers = numbers;
        this.insertOnce = insertOnce;
        this.clock = clock;
        this.zone = platform.timeZone();
    }

    public RepairOrder load(String dealerId, String id) {
        return repository.findByIdAndDealerId(id, dealerId).orElseThrow(() -> new NotFoundException("repair order", id));
    }

    public Optional<RepairOrder> byAppointment(String dealerId, String appointmentId) {
        return repository.findByDealerIdAndAppointmentId(dealerId, appointmentId);
    }

    /** Loads, checks {@code If-Match}, applies one change and saves: all checks run before the one write. */
    public RepairOrder update(String dealerId, String id, String ifMatch, Consumer<RepairOrder> change) {
        RepairOrder order = load(dealerId, id);
        Versions.requireMatch(ifMatch, order.version());
        change.accept(order);
        return repository.save(order);
    }

    public RepairOrder save(RepairOrder order) {
        return repository.save(order);
    }

    public RepairOrder openWalkIn(String dealerId, RepairOrder.WalkIn walkIn) {
        LocalDate today = LocalDate.now(clock);
        // Checked before a number is taken, so bad input does not use one up.
        RepairOrder.checkWalkIn(walkIn, clock.instant());
        RepairOrder order = RepairOrder.openWalkIn(UUID.randomUUID().toString(), dealerId, numbers.next(dealerId, today),
                today, walkIn, clock.instant());
        return repository.save(order);
    }

    /**
     * The RO prepared from an arrived appointment (S3.1). Its id is derived from the dealer and the
     * appointment, so a redelivered arrival finds it and opens nothing more.
     *
     * @return the RO opened now, or empty when it was opened before
     */
    public Optional<RepairOrder> openOnArrival(String dealerId, CustomerArrived arrived) {
        String id = idForAppointment(dealerId, arrived.appointmentId());
        if (repository.existsById(id)) {
            return Optional.empty();
        }
        LocalDate day = arrived.arrivedAt().atZone(zone).toLocalDate();
        RepairOrder order = RepairOrder.openFromAppointment(id, dealerId, numbers.next(dealerId, day), day,
                arrived.appointmentId(), arrived.preparation(), arrived.arrivedAt(), zone, clock.instant());
        return insertOnce.insert(order) ? Optional.of(order) : Optional.empty();
    }

    static String idForAppointment(String dealerId, String appointmentId) {
        return UUID.nameUUIDFromBytes(("repair-order-of-appointment:" + dealerId + ":" + appointmentId)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }
}
