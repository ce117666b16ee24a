package com.aftersales.appointment.customer;

import com.aftersales.platform.domain.DomainRuleViolation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

class CustomerTest {

    static final Instant NOW = Instant.parse("2026-11-27T03:00:00Z");

    @Test
    @DisplayName("S1.1: the phone number is stored without spaces, dashes and brackets")
    void thePhoneIsNormalised() {
        Customer customer = Customer.register("d", new Customer.ContactDetails(" Li Wei ", "(+86) 138-0013 8000", " ", null,
                null), NOW);

        assertThat(customer.phone()).isEqualTo("+8613800138000");
        assertThat(customer.name()).isEqualTo("Li Wei");
        assertThat(customer.email()).isNull();
        assertThat(customer.consents()).isEmpty();
    }

    @Test
    @DisplayName("G5: contact through a channel the customer did not consent to is refused")
    void contactWithoutConsentIsRefused() {
        Customer customer = Customer.register("d", new Customer.ContactDetails("Li Wei", "13800138000", null, null,
                Set.of(ContactChannel.SMS)), NOW);

        customer.requireConsent(ContactChannel.SMS);
        assertThatThrownBy(() -> customer.requireConsent(ContactChannel.PHONE))
                .asInstanceOf(type(DomainRuleViolation.class))
                .satisfies(e -> {
                    assertThat(e.rule()).isEqualTo("G5-consent");
                    assertThat(e.field()).isEqualTo("channel");
                });
    }
}
