package com.aftersales.followup.followup;

import com.aftersales.contracts.billing.BillingEvents.VehicleDelivered;
import com.aftersales.followup.settings.FollowUpSettingsRepository;
import com.aftersales.platform.PlatformProperties;
import com.aftersales.platform.consumer.InsertOnce;
import com.aftersales.platform.domain.NotFoundException;
import com.aftersales.platform.web.Versions;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Consumer;

/** Schedules, loads and saves follow-ups, scoped to the dealer: load, call one method of the aggregate, save. */
@Service
public class FollowUps {

    private final FollowUpRepository repository;
    private final FollowUpSettingsRepository settings;
    private final InsertOnce insertOnce;
    private final Clock clock;
    private final ZoneId zone;

    FollowUps(FollowUpRepository repository, FollowUpSettingsRepository settings, InsertOnce insertOnce, Clock clock,
              PlatformProperties platform) {
        this.repository = repository;
        this.settings = settings;
        this.insertOnce = insertOnce;
        this.clock = clock;
        this.zone = platform.timeZone();
    }

    public FollowUp load(String dealerId, String id) {
        return repository.findByIdAndDealerId(id, dealerId).orElseThrow(() -> new NotFoundException("follow-up", id));
    }

    /** The follow-up of a delivered RO: only a delivered RO has one (its customer and vehicle are known). */
    public Optional<FollowUp> ofRepairOrder(String dealerId, String repairOrderId) {
        return repository.findByDealerIdAndRepairOrderId(dealerId, repairOrderId);
    }

    /** Loads, checks {@code If-Match}, applies one change and saves: all checks run before the one write. */
    public FollowUp update(String dealerId, String id, String ifMatch, Consumer<FollowUp> change) {
        FollowUp followUp = load(dealerId, id);
        Versions.requireMatch(ifMatch, followUp.version());
        change.accept(followUp);
        return repository.save(followUp);
    }

    /**
     * The follow-up of a delivered RO, due N days after delivery (the dealer's setting). Its id comes from the
     * dealer and the RO, so a redelivered VehicleDelivered schedules nothing more.
     *
     * @return the follow-up scheduled now, or empty when it was scheduled before
     */
    public Optional<FollowUp> scheduleOnDelivery(String dealerId, VehicleDelivered delivered) {
        if (repository.existsById(FollowUp.idFor(dealerId, delivered.repairOrderId()))) {
            return Optional.empty();
        }
        FollowUp followUp = FollowUp.schedule(dealerId, new FollowUp.Delivery(delivered.repairOrderId(),
                        delivered.invoiceId(), delivered.customerId(), delivered.vehicleId(), delivered.advisorId(),
                        delivered.deliveredAt()),
                settings.of(dealerId).daysAfterDelivery(), zone, clock.instant());
        return insertOnce.insert(followUp) ? Optional.of(followUp) : Optional.empty();
    }
}
