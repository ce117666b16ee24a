package com.aftersales.parts.part;

import com.aftersales.contracts.Money;
import com.aftersales.contracts.parts.PartsEvents.StockFellBelowReorderPoint;
import com.aftersales.platform.domain.DomainRuleViolation;
import com.aftersales.platform.domain.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

class PartTest {

    static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");
    static final Money PRICE = new Money(4_500, "CNY");

    static Part part(int onHand, int reorderPoint) {
        Part part = Part.define("dealer-1", "OF-100", new Part.Definition("Oil filter", PRICE, "A-01-03", reorderPoint, null), NOW);
        if (onHand > 0) {
            part.adjust(onHand, "initial stock", NOW);
        }
        return part;
    }

    static Part.Totals totals(int issued, int released, int returned) {
        return new Part.Totals(issued, released, returned);
    }

    @Nested
    class Catalogue {

        @Test
        @DisplayName("Step 6: a new part has number, name, price, bin, reorder point and no stock")
        void aNewPartHasNoStock() {
            Part part = Part.define("dealer-1", "OF-100", new Part.Definition("Oil filter", PRICE, "A-01-03", 5, "OF-090"), NOW);

            assertThat(part.id()).isEqualTo("dealer-1:OF-100");
            assertThat(part.onHand()).isZero();
            assertThat(part.reserved()).isZero();
            assertThat(part.available()).isZero();
            assertThat(part.supersededBy()).isEqualTo("OF-090");
            assertThat(part.belowReorderPoint()).isTrue();
            assertThat(part.raisedEvents()).isEmpty();
        }

        @Test
        @DisplayName("Step 6 supersession: a part cannot supersede itself")
        void aPartCannotSupersedeItself() {
            Part part = part(0, 0);

            assertThatThrownBy(() -> part.redefine(new Part.Definition("Oil filter", PRICE, "A-01-03", 0, "OF-100"), NOW))
                    .asInstanceOf(type(InvalidInputException.class))
                    .satisfies(e -> assertThat(e.field()).isEqualTo("supersededBy"));
            assertThat(part.supersededBy()).isNull();
        }

        @Test
        @DisplayName("Step 6: redefining the catalogue entry leaves the stock as it is")
        void redefiningKeepsTheStock() {
            Part part = part(4, 0);
            part.reserveUpTo("r1", 1, NOW);

            part.redefine(new Part.Definition("Oil filter (new)", new Money(5_000, "CNY"), "B-02-01", 0, null), NOW);

            assertThat(part.name()).isEqualTo("Oil filter (new)");
            assertThat(part.binLocation()).isEqualTo("B-02-01");
            assertThat(part.onHand()).isEqualTo(4);
            assertThat(part.reserved()).isEqualTo(1);
        }
    }

    @Nested
    class Reserving {

        @Test
        @DisplayName("Step 6: a reservation gets what is available; available = on hand - reserved")
        void aReservationGetsWhatIsAvailable() {
            Part part = part(5, 0);

            assertThat(part.reserveUpTo("r1", 3, NOW)).isEqualTo(3);

            assertThat(part.onHand()).isEqualTo(5);
            assertThat(part.reserved()).isEqualTo(3);
            assertThat(part.available()).isEqualTo(2);
            assertThat(part.heldFor("r1")).isEqualTo(3);
        }

        @Test
        @DisplayName("Step 6: short stock gives a reservation only what is there; the last unit goes to one reservation")
        void shortStockGivesOnlyWhatIsThere() {
            Part part = part(1, 0);

            assertThat(part.reserveUpTo("r1", 2, NOW)).isEqualTo(1);
            assertThat(part.reserveUpTo("r2", 1, NOW)).isZero();

            assertThat(part.available()).isZero();
            assertThat(part.heldFor("r2")).isZero();
        }

        @Test
        @DisplayName("Step 6 idempotency: asking again for the same reserved total holds nothing more")
        void holdingTwiceHoldsOnce() {
            Part part = part(5, 0);

            part.reserveUpTo("r1", 2, NOW);
            part.reserveUpTo("r1", 2, NOW);

            assertThat(part.reserved()).isEqualTo(2);
        }

        @Test
        @DisplayName("Step 6 idempotency: a lower total than reached already changes nothing (totals only grow)")
        void aLowerTotalChangesNothing() {
            Part part = part(5, 0);
            part.reserveUpTo("r1", 3, NOW);

            assertThat(part.reserveUpTo("r1", 1, NOW)).isEqualTo(3);

            assertThat(part.reserved()).isEqualTo(3);
        }

        @Test
        @DisplayName("Step 6: released units are free again; the same release applied twice counts once")
        void releasingFreesTheUnitsOnce() {
            Part part = part(5, 0);
            part.reserveUpTo("r1", 3, NOW);

            assertThat(part.settle("r1", totals(0, 3, 0), NOW)).isTrue();
            assertThat(part.settle("r1", totals(0, 3, 0), NOW)).isFalse();

            assertThat(part.reserved()).isZero();
            assertThat(part.available()).isEqualTo(5);
        }
    }

    @Nested
    class IssuingAndReturning {

        @Test
        @DisplayName("Step 6: issued units leave the stock and the reservation; available does not change")
        void issuedUnitsLeaveTheStock() {
            Part part = part(5, 0);
            part.reserveUpTo("r1", 3, NOW);

            part.settle("r1", totals(2, 0, 0), NOW);

            assertThat(part.onHand()).isEqualTo(3);
            assertThat(part.reserved()).isEqualTo(1);
            assertThat(part.available()).isEqualTo(2);
        }

        @Test
        @DisplayName("Step 6 idempotency: the same issued total applied twice leaves the stock once")
        void issuingTwiceCountsOnce() {
            Part part = part(5, 0);
            part.reserveUpTo("r1", 3, NOW);

            part.settle("r1", totals(2, 0, 0), NOW);
            part.settle("r1", totals(2, 0, 0), NOW);

            assertThat(part.onHand()).isEqualTo(3);
            assertThat(part.reserved()).isEqualTo(1);
        }

        @Test
        @DisplayName("Step 6 concurrency: an issue and a further hold of the same reservation give the same stock in either order")
        void anIssueAndAHoldCommute() {
            Part first = part(10, 0);
            first.reserveUpTo("r1", 3, NOW);
            first.settle("r1", totals(2, 0, 0), NOW);
            first.reserveUpTo("r1", 5, NOW);

            Part second = part(10, 0);
            second.reserveUpTo("r1", 3, NOW);
            second.reserveUpTo("r1", 5, NOW);
            second.settle("r1", totals(2, 0, 0), NOW);

            assertThat(first.onHand()).isEqualTo(second.onHand()).isEqualTo(8);
            assertThat(first.reserved()).isEqualTo(second.reserved()).isEqualTo(3);
            assertThat(first.available()).isEqualTo(second.available()).isEqualTo(5);
        }

        @Test
        @DisplayName("Step 6: returned units come back into free stock, once per returned total")
        void returnedUnitsComeBack() {
            Part part = part(5, 0);
            part.reserveUpTo("r1", 2, NOW);
            part.settle("r1", totals(2, 0, 0), NOW);

            part.settle("r1", totals(2, 0, 1), NOW);
            part.settle("r1", totals(2, 0, 1), NOW);

            assertThat(part.onHand()).isEqualTo(4);
            assertThat(part.available()).isEqualTo(4);
        }
    }

    @Nested
    class Adjusting {

        @Test
        @DisplayName("Step 6: an adjustment changes the stock on hand and is kept with its reason")
        void anAdjustmentIsKept() {
            Part part = part(0, 0);

            part.adjust(10, "initial stock", NOW);
            part.adjust(-2, "stocktake", NOW);

            assertThat(part.onHand()).isEqualTo(8);
            assertThat(part.adjustments()).extracting(Part.Adjustment::reason).containsExactly("initial stock", "stocktake");
            assertThat(part.adjustments().get(1).onHandAfter()).isEqualTo(8);
        }

        @Test
        @DisplayName("Step 6: stock never goes negative (S6-stock-never-negative) and nothing changes")
        void stockNeverGoesNegative() {
            Part part = part(2, 0);

            assertThatThrownBy(() -> part.adjust(-3, "stocktake", NOW))
                    .asInstanceOf(type(DomainRuleViolation.class))
                    .satisfies(e -> {
                        assertThat(e.rule()).isEqualTo("S6-stock-never-negative");
                        assertThat(e.field()).isEqualTo("quantity");
                    });
            assertThat(part.onHand()).isEqualTo(2);
        }

        @Test
        @DisplayName("Step 6: stock never goes below what is reserved for customers")
        void stockNeverGoesBelowReserved() {
            Part part = part(5, 0);
            part.reserveUpTo("r1", 4, NOW);

            assertThatThrownBy(() -> part.adjust(-2, "damaged", NOW))
                    .asInstanceOf(type(DomainRuleViolation.class))
                    .satisfies(e -> assertThat(e.getMessage()).contains("4 reserved"));
            part.adjust(-1, "damaged", NOW);
            assertThat(part.onHand()).isEqualTo(4);
            assertThat(part.available()).isZero();
        }

        @Test
        @DisplayName("Step 6: an adjustment of zero is refused as bad input")
        void aZeroAdjustmentIsRefused() {
            assertThatThrownBy(() -> part(1, 0).adjust(0, "nothing", NOW))
                    .asInstanceOf(type(InvalidInputException.class))
                    .satisfies(e -> assertThat(e.field()).isEqualTo("quantity"));
        }

        @Test
        @DisplayName("S6.1: goods of one receipt are counted once")
        void aReceiptIsCountedOnce() {
            Part part = part(0, 0);

            part.receive("receipt-1", 6, NOW);
            part.receive("receipt-1", 6, NOW);
            part.receive("receipt-2", 1, NOW);

            assertThat(part.onHand()).isEqualTo(7);
        }
    }

    @Nested
    class ReorderPoint {

        @Test
        @DisplayName("Step 6 low stock: falling below the reorder point raises StockFellBelowReorderPoint once")
        void fallingBelowTheReorderPointIsTold() {
            Part part = part(5, 3);
            assertThat(part.belowReorderPoint()).isFalse();

            part.reserveUpTo("r1", 3, NOW);
            part.reserveUpTo("r2", 1, NOW);

            assertThat(part.belowReorderPoint()).isTrue();
            assertThat(part.raisedEvents()).singleElement().isInstanceOfSatisfying(StockFellBelowReorderPoint.class, event -> {
                assertThat(event.partNumber()).isEqualTo("OF-100");
                assertThat(event.available()).isEqualTo(2);
                assertThat(event.reorderPoint()).isEqualTo(3);
                assertThat(event.aggregateKey()).isEqualTo("OF-100");
            });
        }

        @Test
        @DisplayName("Step 6 low stock: at the reorder point is not below it; refilled stock leaves the low-stock list")
        void refilledStockLeavesTheList() {
            Part part = part(2, 3);
            assertThat(part.belowReorderPoint()).isTrue();

            part.adjust(1, "found in the back", NOW);

            assertThat(part.belowReorderPoint()).isFalse();
        }
    }
}
