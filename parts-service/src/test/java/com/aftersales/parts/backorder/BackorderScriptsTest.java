package com.aftersales.parts.backorder;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class BackorderScriptsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @ParameterizedTest
    @EnumSource(BackorderReason.class)
    @DisplayName("S6.3: every backorder reason has a standard script in English, naming the part and when it comes")
    void everyReasonHasADefaultScript(BackorderReason reason) {
        String script = BackorderScripts.defaults("dealer-1").render(reason, "EO-5W30", "Engine oil 5W-30", 3,
                LocalDate.of(2026, 12, 1));

        assertThat(script).contains("Engine oil 5W-30").contains("EO-5W30").contains("2026-12-01").doesNotContain("{");
    }

    @Test
    @DisplayName("S6.3: without an expected date the script says it is to be confirmed")
    void anUnknownDateIsToBeConfirmed() {
        String script = BackorderScripts.defaults("dealer-1").render(BackorderReason.OUT_OF_STOCK, "EO-5W30", null, 3, null);

        assertThat(script).contains("to be confirmed").contains("EO-5W30");
    }

    @Test
    @DisplayName("S6.3: a dealer's own script replaces the default for that reason only")
    void aDealersOwnScriptReplacesTheDefault() {
        BackorderScripts scripts = BackorderScripts.defaults("dealer-1");

        scripts.write(BackorderReason.SUPPLIER_DELAY, "Sorry, {quantity} x {partNumber} come late: {expectedOn}.", Instant.now());

        assertThat(scripts.render(BackorderReason.SUPPLIER_DELAY, "EO-5W30", "oil", 3, TODAY))
                .isEqualTo("Sorry, 3 x EO-5W30 come late: 2026-11-27.");
        assertThat(scripts.isCustom(BackorderReason.SUPPLIER_DELAY)).isTrue();
        assertThat(scripts.isCustom(BackorderReason.OUT_OF_STOCK)).isFalse();
        assertThat(scripts.template(BackorderReason.OUT_OF_STOCK)).isEqualTo(BackorderReason.OUT_OF_STOCK.defaultScript());
    }

    @Test
    @DisplayName("S6.3: an order that is overdue makes the backorder a supplier delay")
    void anOverdueOrderIsASupplierDelay() {
        assertThat(BackorderReason.effective(BackorderReason.OUT_OF_STOCK, false, TODAY.minusDays(1), TODAY))
                .isEqualTo(BackorderReason.SUPPLIER_DELAY);
        assertThat(BackorderReason.effective(BackorderReason.OUT_OF_STOCK, false, TODAY, TODAY))
                .isEqualTo(BackorderReason.OUT_OF_STOCK);
        assertThat(BackorderReason.effective(BackorderReason.OUT_OF_STOCK, false, null, TODAY))
                .isEqualTo(BackorderReason.OUT_OF_STOCK);
    }

    @Test
    @DisplayName("S6.3: a part ordered specially for the repair order is a special order")
    void aSpecialOrderIsASpecialOrder() {
        assertThat(BackorderReason.effective(BackorderReason.OUT_OF_STOCK, true, TODAY.plusDays(3), TODAY))
                .isEqualTo(BackorderReason.SPECIAL_ORDER);
        assertThat(BackorderReason.effective(BackorderReason.DISCONTINUED_SUPERSEDED, false, TODAY.plusDays(3), TODAY))
                .isEqualTo(BackorderReason.DISCONTINUED_SUPERSEDED);
    }
}
