package com.aftersales.platform.storage;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Human numbers sequential per dealer and day ({@code RO-20261127-0001}, {@code INV-20261127-0001}). The counter of
 * a day is one document incremented atomically ($inc with upsert, no transaction needed). A number taken by a
 * record that then failed to be saved is skipped, never given twice.
 */
public class DailySequences {

    static final String COLLECTION = "daily_sequences";

    private final MongoTemplate mongo;

    public DailySequences(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The next number of the day with its prefix, e.g. {@code next("RO", dealer, day)} -> RO-20261127-0001. */
    public String next(String prefix, String dealerId, LocalDate day) {
        return format(prefix, day, increment(prefix, dealerId, day));
    }

    public static String format(String prefix, LocalDate day, long sequence) {
        return prefix + "-" + day.format(DateTimeFormatter.BASIC_ISO_DATE) + "-" + String.format("%04d", sequence);
    }

    private long increment(String prefix, String dealerId, LocalDate day) {
        Query counterOfTheDay = new Query(Criteria.where("_id").is(prefix + ":" + dealerId + ":" + day));
        Update plusOne = new Update().inc("last", 1).setOnInsert("dealerId", dealerId).setOnInsert("day", day.toString());
        FindAndModifyOptions upsert = FindAndModifyOptions.options().upsert(true).returnNew(true);
        try {
            return lastOf(mongo.findAndModify(counterOfTheDay, plusOne, upsert, Document.class, COLLECTION));
        } catch (DuplicateKeyException firstOfTheDayCreatedMeanwhile) {
            // Two first numbers of a day at once: both upserts tried to insert; the loser increments the winner's.
            return lastOf(mongo.findAndModify(counterOfTheDay, plusOne, upsert, Document.class, COLLECTION));
        }
    }

    private static long lastOf(Document counter) {
        return ((Number) counter.get("last")).longValue();
    }
}
