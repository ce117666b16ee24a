package com.aftersales.platform.consumer;

import com.aftersales.contracts.EventTopics;
import com.aftersales.platform.events.EventHeaders;
import com.aftersales.platform.events.UnreadableEventException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * What a consumer does with an event it cannot handle: a few blocking retries with growing pauses (the
 * partition waits, so the order per key is kept), then the event is parked on {@code <topic>.dlt} with the
 * failure in its headers, counted in {@code aftersales.events.dead_lettered} and logged with its id, and
 * the consumer goes on with the next one. An unreadable record is parked at once: retrying cannot help.
 */
public final class DeadLetterPolicy {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterPolicy.class);

    private DeadLetterPolicy() {
    }

    public static DefaultErrorHandler errorHandler(KafkaTemplate<String, String> template, MeterRegistry meters,
                                                   int retries, Duration firstPause) {
        DeadLetterPublishingRecoverer publisher = new DeadLetterPublishingRecoverer(template,
                (record, failure) -> new TopicPartition(EventTopics.deadLetterOf(record.topic()), -1));
        publisher.setFailIfSendResultIsError(true);
        ExponentialBackOff backOff = new ExponentialBackOff(firstPause.toMillis(), 2.0);
        backOff.setMaxAttempts(retries);
        DefaultErrorHandler handler = new DefaultErrorHandler((record, failure) -> {
            String topic = record.topic();
            Counter.builder("aftersales.events.dead_lettered")
                    .description("Events parked on a dead-letter topic after their retries")
                    .tag("topic", topic).register(meters).increment();
            log.error("event {} from {} (partition {}, offset {}) parked on {}: {}", eventId(record), topic,
                    record.partition(), record.offset(), EventTopics.deadLetterOf(topic), rootMessage(failure));
            publisher.accept(record, failure);
        }, backOff);
        handler.addNotRetryableExceptions(UnreadableEventException.class);
        return handler;
    }

    private static String eventId(ConsumerRecord<?, ?> record) {
        Header header = record.headers().lastHeader(EventHeaders.EVENT_ID);
        return header == null ? "(no id)" : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.toString();
    }
}
