package com.aftersales.platform.sample;

import com.aftersales.contracts.DomainEvent;
import com.aftersales.platform.outbox.AggregateRoot;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("parcels")
public class Parcel extends AggregateRoot {

    public record ParcelShipped(String parcelId, String destination) implements DomainEvent {
        @Override
        public String aggregateKey() {
            return parcelId;
        }
    }

    private String destination;

    protected Parcel() {
    }

    public static Parcel ship(String id, String dealerId, String destination) {
        Parcel parcel = new Parcel();
        parcel.id = id;
        parcel.dealerId = dealerId;
        parcel.destination = destination;
        parcel.raise(new ParcelShipped(id, destination));
        return parcel;
    }
}
