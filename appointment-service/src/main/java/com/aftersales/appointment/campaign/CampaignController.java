package com.aftersales.appointment.campaign;

import com.aftersales.appointment.vehicle.VehicleRepository;
import com.aftersales.appointment.vehicle.VehicleView;
import com.aftersales.appointment.vehicle.Vin;
import com.aftersales.platform.domain.AlreadyExistsException;
import com.aftersales.platform.domain.NotFoundException;
import com.aftersales.platform.web.DealerId;
import com.aftersales.platform.web.Versions;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Service campaigns (maintenance drives, recalls) and the vehicles they concern (S1.3). */
@RestController
@RequestMapping("/api/campaigns")
class CampaignController {

    private final CampaignRepository campaigns;
    private final VehicleRepository vehicles;
    private final Clock clock;

    CampaignController(CampaignRepository campaigns, VehicleRepository vehicles, Clock clock) {
        this.campaigns = campaigns;
        this.vehicles = vehicles;
        this.clock = clock;
    }

    record EligibilityRequest(Set<@NotBlank(message = "must not be blank") String> models,
                              @Pattern(regexp = Vin.REGEX, message = "VIN " + Vin.RULE) String vinFrom,
                              @Pattern(regexp = Vin.REGEX, message = "VIN " + Vin.RULE) String vinTo,
                              Set<@Pattern(regexp = Vin.REGEX, message = "VIN " + Vin.RULE) String> vins) {
    }

    record CampaignRequest(@NotBlank(message = "is required") @Pattern(regexp = "[A-Z0-9-]{2,20}", message = "must be 2-20 capital letters, digits or dashes") String code,
                           @NotBlank(message = "is required") @Size(max = 120, message = "must be at most 120 characters") String title,
                           @NotNull(message = "is required") Campaign.Kind kind,
                           @NotBlank(message = "is required") @Size(max = 4000, message = "must be at most 4000 characters") String description,
                           @Size(max = 2000, message = "must be at most 2000 characters") String customerScript,
                           List<@NotBlank(message = "must not be blank") String> labourOperationCodes,
                           @NotNull(message = "is required") LocalDate startsOn,
                           LocalDate endsOn,
                           @NotNull(message = "is required") @Valid EligibilityRequest eligibility) {

        Campaign.Details details() {
            return new Campaign.Details(code, title, kind, description, customerScript, labourOperationCodes, startsOn, endsOn,
                    new Campaign.Eligibility(eligibility.models(), eligibility.vinFrom(), eligibility.vinTo(), eligibility.vins()));
        }
    }

    record CloseRequest(@Size(max = 500, message = "must be at most 500 characters") String note) {
    }

    record CampaignView(String id, String code, String title, Campaign.Kind kind, String status, String description,
                        String customerScript, List<String> labourOperationCodes, LocalDate startsOn, LocalDate endsOn,
                        Campaign.Eligibility eligibility, Instant closedAt, String closingNote, Long version) {
        static CampaignView of(Campaign c, LocalDate today) {
            return new CampaignView(c.id(), c.code(), c.title(), c.kind(), c.status(today), c.description(), c.customerScript(),
                    c.labourOperationCodes(), c.startsOn(), c.endsOn(), c.eligibility(), c.closedAt(), c.closingNote(), c.version());
        }
    }

    @PostMapping
    ResponseEntity<CampaignView> launch(DealerId dealer, @Valid @RequestBody CampaignRequest request) {
        requireCodeFree(dealer, request.code(), null);
        Campaign campaign = campaigns.save(Campaign.launch(dealer.value(), request.details()));
        return ResponseEntity.created(URI.create("/api/campaigns/" + campaign.id()))
                .eTag(Versions.etag(campaign.version())).body(CampaignView.of(campaign, LocalDate.now(clock)));
    }

    @GetMapping
    List<CampaignView> list(DealerId dealer) {
        LocalDate today = LocalDate.now(clock);
        return campaigns.findByDealerIdOrderByStartsOnDesc(dealer.value()).stream().map(c -> CampaignView.of(c, today)).toList();
    }

    @GetMapping("/{id}")
    ResponseEntity<CampaignView> get(DealerId dealer, @PathVariable String id) {
        Campaign campaign = load(dealer, id);
        return Versions.ok(campaign.version(), CampaignView.of(campaign, LocalDate.now(clock)));
    }

    @PutMapping("/{id}")
    ResponseEntity<CampaignView> describe(DealerId dealer, @PathVariable String id, @Valid @RequestBody CampaignRequest request) {
        Campaign campaign = load(dealer, id);
        requireCodeFree(dealer, request.code(), id);
        campaign.describe(request.details());
        campaign = campaigns.save(campaign);
        return Versions.ok(campaign.version(), CampaignView.of(campaign, LocalDate.now(clock)));
    }

    @PostMapping("/{id}/closure")
    ResponseEntity<CampaignView> close(DealerId dealer, @PathVariable String id, @Valid @RequestBody(required = false) CloseRequest request) {
        Campaign campaign = load(dealer, id);
        campaign.close(request == null ? null : request.note(), clock.instant());
        campaign = campaigns.save(campaign);
        return Versions.ok(campaign.version(), CampaignView.of(campaign, LocalDate.now(clock)));
    }

    /** The dealer's vehicles the campaign concerns. */
    @GetMapping("/{id}/vehicles")
    List<VehicleView> eligibleVehicles(DealerId dealer, @PathVariable String id) {
        Campaign campaign = load(dealer, id);
        return vehicles.findByDealerId(dealer.value()).stream().filter(campaign::concerns).map(VehicleView::of).toList();
    }

    private void requireCodeFree(DealerId dealer, String code, String exceptId) {
        campaigns.findByDealerIdAndCode(dealer.value(), code)
                .filter(existing -> !existing.id().equals(exceptId))
                .ifPresent(existing -> {
                    throw new AlreadyExistsException("code", existing.id(), "campaign " + code + " exists already");
                });
    }

    private Campaign load(DealerId dealer, String id) {
        return campaigns.findByIdAndDealerId(id, dealer.value()).orElseThrow(() -> new NotFoundException("campaign", id));
    }
}
