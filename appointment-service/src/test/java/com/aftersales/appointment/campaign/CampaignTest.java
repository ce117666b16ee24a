package com.aftersales.appointment.campaign;

import com.aftersales.appointment.vehicle.Vehicle;
import com.aftersales.platform.domain.IllegalTransitionException;
import com.aftersales.platform.domain.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

class CampaignTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    static Campaign.Details details(LocalDate startsOn, LocalDate endsOn, Campaign.Eligibility eligibility) {
        return new Campaign.Details("WINTER-26", "Winter check", Campaign.Kind.MAINTENANCE_DRIVE, "Battery and tyres",
                "Winter is coming: a free check of battery and tyres.", List.of("OIL"), startsOn, endsOn, eligibility);
    }

    static Campaign campaign(Campaign.Eligibility eligibility) {
        return Campaign.launch("dealer-1", details(TODAY.minusDays(1), TODAY.plusDays(30), eligibility));
    }

    @Nested
    class Eligibility {

        @Test
        @DisplayName("S1.3: a campaign by model concerns every vehicle of the model, in any letter case")
        void byModel() {
            Campaign.Eligibility rule = new Campaign.Eligibility(Set.of("Passat", "Tiguan L"), null, null, null);

            assertThat(rule.includes("passat", "LSVAB2BM5NN123456")).isTrue();
            assertThat(rule.includes("Tiguan L", "LSVAB2BM5NN123456")).isTrue();
            assertThat(rule.includes("Lavida", "LSVAB2BM5NN123456")).isFalse();
            assertThat(rule.includes(null, "LSVAB2BM5NN123456")).isFalse();
        }

        @Test
        @DisplayName("S1.3: a VIN range includes both of its ends")
        void vinRangeIsInclusive() {
            Campaign.Eligibility rule = new Campaign.Eligibility(null, "LSVAB2BM5NN100000", "LSVAB2BM5NN199999", null);

            assertThat(rule.includes("Passat", "LSVAB2BM5NN100000")).isTrue();
            assertThat(rule.includes("Passat", "LSVAB2BM5NN150000")).isTrue();
            assertThat(rule.includes("Passat", "LSVAB2BM5NN199999")).isTrue();
        }

        @Test
        @DisplayName("S1.3: a VIN just outside the range is not concerned")
        void vinOutsideTheRangeIsNotIncluded() {
            Campaign.Eligibility rule = new Campaign.Eligibility(null, "LSVAB2BM5NN100000", "LSVAB2BM5NN199999", null);

            assertThat(rule.includes("Passat", "LSVAB2BM5NN099999")).isFalse();
            assertThat(rule.includes("Passat", "LSVAB2BM5NN200000")).isFalse();
        }

        @Test
        @DisplayName("S1.3: a list of VINs concerns exactly those vehicles")
        void vinList() {
            Campaign.Eligibility rule = new Campaign.Eligibility(null, null, null, Set.of("LSVAB2BM5NN123456", "LSVAB2BM5NN654321"));

            assertThat(rule.includes("Passat", "LSVAB2BM5NN654321")).isTrue();
            assertThat(rule.includes("Passat", "LSVAB2BM5NN111111")).isFalse();
        }

        @Test
        @DisplayName("S1.3: any one of the criteria is enough")
        void anyCriterionIsEnough() {
            Campaign.Eligibility rule = new Campaign.Eligibility(Set.of("Tiguan L"), "LSVAB2BM5NN100000",
                    "LSVAB2BM5NN199999", Set.of("LSVZZZZZZZZ000001"));

            assertThat(rule.includes("Tiguan L", "LSVAB2BM5NN900000")).isTrue();
            assertThat(rule.includes("Passat", "LSVAB2BM5NN100001")).isTrue();
            assertThat(rule.includes("Passat", "LSVZZZZZZZZ000001")).isTrue();
            assertThat(rule.includes("Passat", "LSVAB2BM5NN900000")).isFalse();
        }

        @Test
        @DisplayName("S1.3: a campaign concerns a vehicle by the vehicle's model and VIN")
        void campaignConcernsVehicle() {
            Campaign campaign = campaign(new Campaign.Eligibility(Set.of("Passat"), null, null, null));
            Vehicle passat = Vehicle.register("dealer-1", "c", new Vehicle.Description("LSVAB2BM5NN123456", null, "VW",
                    "Passat", 2025, null, 0, false), TODAY);
            Vehicle lavida = Vehicle.register("dealer-1", "c", new Vehicle.Description("LSVAB2BM5NN123457", null, "VW",
                    "Lavida", 2025, null, 0, false), TODAY);

            assertThat(campaign.concerns(passat)).isTrue();
            assertThat(campaign.concerns(lavida)).isFalse();
        }
    }

    @Nested
    class Launching {

        @Test
        @DisplayName("S1.3: a campaign must say which vehicles it concerns")
        void aCampaignWithoutEligibilityIsRefused() {
            assertThatThrownBy(() -> campaign(new Campaign.Eligibility(Set.of(), null, null, Set.of())))
                    .asInstanceOf(type(InvalidInputException.class))
                    .satisfies(e -> assertThat(e.field()).isEqualTo("eligibility"));
        }

        @Test
        @DisplayName("S1.3: a VIN range needs both ends")
        void aVinRangeNeedsBothEnds() {
            assertThatThrownBy(() -> campaign(new Campaign.Eligibility(null, "LSVAB2BM5NN100000", null, null)))
                    .asInstanceOf(type(InvalidInputException.class))
                    .satisfies(e -> assertThat(e.field()).isEqualTo("eligibility.vinTo"));
        }

        @Test
        @DisplayName("S1.3: a campaign cannot end before it starts")
        void aCampaignCannotEndBeforeItStarts() {
            assertThatThrownBy(() -> Campaign.launch("d", details(TODAY, TODAY.minusDays(1),
                    new Campaign.Eligibility(Set.of("Passat"), null, null, null))))
                    .asInstanceOf(type(InvalidInputException.class))
                    .satisfies(e -> assertThat(e.field()).isEqualTo("endsOn"));
        }

        @Test
        @DisplayName("S1.3: a campaign is PLANNED before its start, OPEN while it runs, ENDED after its end")
        void statusFollowsTheCalendar() {
            Campaign campaign = Campaign.launch("d", details(TODAY, TODAY.plusDays(10),
                    new Campaign.Eligibility(Set.of("Passat"), null, null, null)));

            assertThat(campaign.status(TODAY.minusDays(1))).isEqualTo("PLANNED");
            assertThat(campaign.status(TODAY)).isEqualTo("OPEN");
            assertThat(campaign.status(TODAY.plusDays(10))).isEqualTo("OPEN");
            assertThat(campaign.status(TODAY.plusDays(11))).isEqualTo("ENDED");
            assertThat(campaign.isOpenOn(TODAY.plusDays(10))).isTrue();
            assertThat(campaign.isOpenOn(TODAY.plusDays(11))).isFalse();
        }
    }

    @Nested
    class Closing {

        @Test
        @DisplayName("S1.3: a closed campaign is CLOSED and no longer open")
        void aClosedCampaignIsClosed() {
            Campaign campaign = campaign(new Campaign.Eligibility(Set.of("Passat"), null, null, null));

            campaign.close("all vehicles done", Instant.parse("2026-11-27T08:00:00Z"));

            assertThat(campaign.status(TODAY)).isEqualTo("CLOSED");
            assertThat(campaign.isOpenOn(TODAY)).isFalse();
            assertThat(campaign.closingNote()).isEqualTo("all vehicles done");
        }

        @Test
        @DisplayName("S1.3: closing a campaign twice is refused, naming the state CLOSED")
        void closingTwiceIsRefused() {
            Campaign campaign = campaign(new Campaign.Eligibility(Set.of("Passat"), null, null, null));
            campaign.close(null, Instant.parse("2026-11-27T08:00:00Z"));

            assertThatThrownBy(() -> campaign.close(null, Instant.parse("2026-11-27T09:00:00Z")))
                    .asInstanceOf(type(IllegalTransitionException.class))
                    .satisfies(e -> assertThat(e.currentState()).isEqualTo("CLOSED"));
            assertThat(campaign.closedAt()).isEqualTo(Instant.parse("2026-11-27T08:00:00Z"));
        }
    }
}
