package com.aftersales.appointment.capacity;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface WorkshopSettingsRepository extends MongoRepository<WorkshopSettings, String> {
}
