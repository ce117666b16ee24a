package com.aftersales.reception.settings;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface ReceptionSettingsRepository extends MongoRepository<ReceptionSettings, String> {
}
