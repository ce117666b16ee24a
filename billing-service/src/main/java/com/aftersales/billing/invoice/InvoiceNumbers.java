package com.aftersales.billing.invoice;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Human invoice numbers, sequential per dealer and day: {@code INV-20261127-0001}. The counter of a day is one
 * document incremented atomically ($inc with upsert, no transaction needed). A number taken by an invoice that
 * then failed to be saved is skipped, never given twice.
 */
@Component
public class InvoiceNumbers {

    static final String COLLECTION = "invoice_counters";

    private final MongoTemplate mongo;

    InvoiceNumbers(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public String next(String dealerId, LocalDate day) {
        return format(day, increment(dealerId, day));
    }

    static String format(LocalDate day, long sequence) {
        return "INV-" + day.format(DateTimeFormatter.BASIC_ISO_DATE) + "-" + String.format("%04d", sequence);
    }

    private long increment(String dealerId, LocalDate day) {
        Query counterOfTheDay = new Query(Criteria.where("_id").is(dealerId + ":" + day));
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
