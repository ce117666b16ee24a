package com.aftersales.platform.outbox;

import com.aftersales.platform.events.EventEnvelope;
import com.aftersales.platform.events.EventEnvelopes;
import com.aftersales.platform.events.EventHeaders;
import com.aftersales.platform.web.RequestIds;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Sends the events waiting in aggregate documents to the service's topic, oldest first per document,
 * and removes each one from its document only after the broker acknowledged it. If the broker is away
 * the events simply stay in their documents and the relay retries with growing pauses: nothing is lost,
 * and an event may be sent twice (after a crash between send and removal), which consumers absorb.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int DOCUMENTS_PER_ROUND = 100;

    private final MongoTemplate mongo;
    private final MongoMappingContext mappingContext;
    private final KafkaTemplate<String, String> kafka;
    private final EventEnvelopes envelopes;
    private final String topic;
    private final String source;
    private final Duration pollInterval;
    private final Duration maxBackoff;
    private final Counter published;
    private final Counter failures;
    private final BlockingQueue<Boolean> wakeUps = new ArrayBlockingQueue<>(1);

    private volatile boolean running;
    private Thread worker;

    public OutboxRelay(MongoTemplate mongo, MongoMappingContext mappingContext, KafkaTemplate<String, String> kafka,
                       EventEnvelopes envelopes, String source, String topic, Duration pollInterval,
                       Duration maxBackoff, MeterRegistry meters) {
        this.mongo = mongo;
        this.mappingContext = mappingContext;
        this.kafka = kafka;
        this.envelopes = envelopes;
        this.source = source;
        this.topic = topic;
        this.pollInterval = pollInterval;
        this.maxBackoff = maxBackoff;
        this.published = Counter.builder("aftersales.outbox.published")
                .description("Events sent from the outbox to Kafka").tag("topic", topic).register(meters);
        this.failures = Counter.builder("aftersales.outbox.publish.failures")
                .description("Attempts to send an outbox event that the broker did not acknowledge")
                .tag("topic", topic).register(meters);
    }

    public void wakeUp() {
        wakeUps.offer(Boolean.TRUE);
    }

    @Override
    public void start() {
        running = true;
        worker = new Thread(this::loop, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void stop() {
        running = false;
        if (worker != null) {
            worker.interrupt();
            try {
                worker.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void loop() {
        Duration pause = pollInterval;
        while (running) {
            try {
                wakeUps.poll(pause.toMillis(), TimeUnit.MILLISECONDS);
                if (!running) {
                    return;
                }
                pause = relayPending() ? pollInterval : backoffAfter(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("outbox relay round failed: {}", e.toString());
                pause = backoffAfter(pause);
            }
        }
    }

    private Duration backoffAfter(Duration pause) {
        Duration doubled = pause.multipliedBy(2);
        return doubled.compareTo(maxBackoff) > 0 ? maxBackoff : doubled;
    }

    /**
     * One round over every aggregate collection.
     *
     * @return false when the broker refused something, so the next round waits longer
     */
    public boolean relayPending() throws InterruptedException {
        for (String collection : aggregateCollections()) {
            Query pending = new Query(Criteria.where("outbox.0").exists(true)).limit(DOCUMENTS_PER_ROUND);
            pending.fields().include("outbox");
            for (Document document : mongo.find(pending, Document.class, collection)) {
                if (!relayDocument(collection, document)) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean relayDocument(String collection, Document document) throws InterruptedException {
        List<Document> messages = document.getList("outbox", Document.class);
        for (Document message : messages) {
            if (!send(message)) {
                return false;
            }
            Update removeSent = new Update().pull("outbox", new Document("eventId", message.getString("eventId")));
            mongo.updateFirst(new Query(Criteria.where("_id").is(document.get("_id"))), removeSent, collection);
        }
        return true;
    }

    private boolean send(Document message) throws InterruptedException {
        String eventId = message.getString("eventId");
        EventEnvelope envelope = new EventEnvelope(
                eventId,
                message.getString("type"),
                message.getInteger("schemaVersion", 1),
                toInstant(message.get("occurredAt")),
                message.getString("dealerId"),
                message.getString("aggregateKey"),
                source,
                envelopes.tree(message.getString("payload")));
        ProducerRecord<String, String> record =
                new ProducerRecord<>(topic, envelope.aggregateKey(), envelopes.write(envelope));
        header(record, EventHeaders.EVENT_ID, eventId);
        header(record, EventHeaders.EVENT_TYPE, envelope.type());
        header(record, EventHeaders.DEALER_ID, envelope.dealerId());
        header(record, RequestIds.HEADER, message.getString("requestId"));
        try {
            kafka.send(record).get(20, TimeUnit.SECONDS);
            published.increment();
            return true;
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            failures.increment();
            log.warn("event {} ({}) not yet accepted by Kafka, will retry: {}", eventId, envelope.type(), e.toString());
            return false;
        }
    }

    private static java.time.Instant toInstant(Object stored) {
        return stored instanceof Date date ? date.toInstant() : java.time.Instant.parse(String.valueOf(stored));
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        if (value != null) {
            record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    private List<String> aggregateCollections() {
        return mappingContext.getPersistentEntities().stream()
                .filter(entity -> AggregateRoot.class.isAssignableFrom(entity.getType()))
                .map(MongoPersistentEntity::getCollection)
                .distinct()
                .toList();
    }

    @Override
    public int getPhase() {
        // Start after the web server and the Kafka listeners, stop before them.
        return Integer.MAX_VALUE - 100;
    }
}
