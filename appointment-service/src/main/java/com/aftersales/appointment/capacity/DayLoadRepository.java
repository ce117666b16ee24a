package com.aftersales.appointment.capacity;

import org.springframework.data.mongodb.repository.MongoRepository;

import java.time.LocalDate;
import java.util.List;

public interface DayLoadRepository extends MongoRepository<DayLoad, String> {

    List<DayLoad> findByDealerIdAndDateBetween(String dealerId, LocalDate from, LocalDate to);
}
