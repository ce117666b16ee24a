package com.aftersales.appointment.solicitation;

import org.springframework.data.mongodb.repository.MongoRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

public interface OutreachRepository extends MongoRepository<Outreach, String> {

    List<Outreach> findByDealerIdAndKeyIn(String dealerId, Collection<String> keys);

    List<Outreach> findByDealerIdAndAttemptsAtBetween(String dealerId, Instant from, Instant to);
}
