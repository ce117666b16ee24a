package com.aftersales.parts;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Loads a document that is about to be changed and saved with its version (read-modify-write), as one
 * consistent snapshot.
 *
 * <p>Real MongoDB always returns a document as it was between two writes. The Mongo-wire stand-in used without
 * Docker (mongo-java-server 1.47) does not, for a plain query: it hands out the stored document itself and
 * encodes it after its lock is released, while a concurrent replace rewrites that same object field by field.
 * A reader can then see the new version with the old stock, and its version-checked save would pass: the last
 * unit promised twice. With a projection the stand-in copies the document under its lock. So these reads ask
 * for every field except one that does not exist: no difference on MongoDB, a consistent copy on the stand-in.
 */
@Component
public class Snapshots {

    /** A field no document has: excluding it makes the read a projection that returns everything. */
    private static final String NO_SUCH_FIELD = "__snapshot";

    private final MongoTemplate mongo;

    Snapshots(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public <T> Optional<T> byId(String id, Class<T> type) {
        return one(Query.query(Criteria.where("_id").is(id)), type);
    }

    public <T> Optional<T> one(Query query, Class<T> type) {
        query.fields().exclude(NO_SUCH_FIELD);
        return Optional.ofNullable(mongo.findOne(query, type));
    }
}
