package com.aftersales.contracts;

/**
 * Something that happened in the domain, told in the past tense. Every published event is a record in
 * this module, in the package of the service that produces it.
 */
public interface DomainEvent {

    /**
     * The Kafka key of the event: the repair order's id where there is one, otherwise the id of the
     * aggregate that raised it. All events of one key are delivered in order.
     */
    String aggregateKey();

    /** Bumped when a payload changes incompatibly; consumers read the version from the envelope. */
    default int schemaVersion() {
        return 1;
    }

    /** The event's type on the wire: its simple class name, e.g. {@code AppointmentBooked}. */
    static String typeOf(Class<?> eventClass) {
        return eventClass.getSimpleName();
    }
}
