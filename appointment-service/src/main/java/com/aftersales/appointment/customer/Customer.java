package com.aftersales.appointment.customer;

import com.aftersales.platform.domain.DomainRuleViolation;
import com.aftersales.platform.outbox.AggregateRoot;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * A customer of the dealership: name and contact details, and the channels they agreed to be contacted
 * through (S1.1). One customer per phone number per dealer.
 */
@Document("customers")
@CompoundIndex(name = "phone_per_dealer", def = "{'dealerId': 1, 'phone': 1}", unique = true)
public class Customer extends AggregateRoot {

    private String name;
    private String phone;
    private String email;
    private String address;
    private Set<ContactChannel> consents = EnumSet.noneOf(ContactChannel.class);
    private Instant registeredAt;
    private Instant updatedAt;

    protected Customer() {
    }

    public static Customer register(String dealerId, ContactDetails details, Instant now) {
        Customer customer = new Customer();
        customer.id = UUID.randomUUID().toString();
        customer.dealerId = dealerId;
        customer.registeredAt = now;
        customer.apply(details, now);
        return customer;
    }

    public void update(ContactDetails details, Instant now) {
        apply(details, now);
    }

    private void apply(ContactDetails details, Instant now) {
        this.name = details.name().trim();
        this.phone = PhoneNumbers.normalise(details.phone());
        this.email = details.email() == null || details.email().isBlank() ? null : details.email().trim();
        this.address = details.address();
        this.consents = details.consents() == null || details.consents().isEmpty()
                ? EnumSet.noneOf(ContactChannel.class) : EnumSet.copyOf(details.consents());
        this.updatedAt = now;
    }

    /** Refuses contact through a channel the customer has not agreed to (S1.1, G5). */
    public void requireConsent(ContactChannel channel) {
        if (!consents.contains(channel)) {
            throw new DomainRuleViolation("G5-consent", "channel",
                    "the customer has not consented to be contacted by " + channel);
        }
    }

    public boolean consentsTo(ContactChannel channel) {
        return consents.contains(channel);
    }

    public String name() {
        return name;
    }

    public String phone() {
        return phone;
    }

    public String email() {
        return email;
    }

    public String address() {
        return address;
    }

    public Set<ContactChannel> consents() {
        return Set.copyOf(consents);
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** What a customer record says, as given by the advisor. */
    public record ContactDetails(String name, String phone, String email, String address, Set<ContactChannel> consents) {
    }
}
