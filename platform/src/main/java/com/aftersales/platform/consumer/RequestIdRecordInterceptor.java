package com.aftersales.platform.consumer;

import com.aftersales.platform.web.RequestIds;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.MDC;
import org.springframework.kafka.listener.RecordInterceptor;

import java.nio.charset.StandardCharsets;

/** Carries the request id from the Kafka header into the MDC while a listener handles the record. */
public class RequestIdRecordInterceptor implements RecordInterceptor<Object, Object> {

    @Override
    public ConsumerRecord<Object, Object> intercept(ConsumerRecord<Object, Object> record,
                                                    Consumer<Object, Object> consumer) {
        Header header = record.headers().lastHeader(RequestIds.HEADER);
        if (header != null) {
            MDC.put(RequestIds.MDC_KEY, RequestIds.sanitise(new String(header.value(), StandardCharsets.UTF_8)));
        }
        return record;
    }

    @Override
    public void afterRecord(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        MDC.remove(RequestIds.MDC_KEY);
    }
}
