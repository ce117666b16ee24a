package com.aftersales.parts.backorder;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface BackorderScriptsRepository extends MongoRepository<BackorderScripts, String> {

    /** The dealer's scripts, the defaults where it wrote none. */
    default BackorderScripts of(String dealerId) {
        return findById(dealerId).orElseGet(() -> BackorderScripts.defaults(dealerId));
    }
}
