package com.aftersales.platform.consumer;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Idempotent creation for consumers: a record whose id is derived from the event (event id plus line id)
 * is inserted only the first time; a redelivered event finds it there and has no further effect, and it
 * never overwrites what users did to the record since.
 */
public class InsertOnce {

    private final MongoTemplate mongo;

    public InsertOnce(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** @return true when inserted now, false when it existed already */
    public boolean insert(Object entity) {
        try {
            mongo.insert(entity);
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }
}
