package com.aftersales.reception.support;

import com.aftersales.platform.test.KafkaProbe;
import com.jayway.jsonpath.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads what reception published on reception.events for one RO, in partition order, each event once. */
public final class ReceptionEventsReader {

    public static final String TOPIC = "reception.events";

    private final KafkaProbe kafka = KafkaProbe.onTestBroker();

    public static String type(ConsumerRecord<String, String> record) {
        return JsonPath.read(record.value(), "$.type");
    }

    public List<ConsumerRecord<String, String>> eventsOf(String repairOrderId, String untilType) {
        List<ConsumerRecord<String, String>> records = kafka.read(TOPIC, record -> repairOrderId.equals(record.key()),
                found -> found.stream().anyMatch(record -> type(record).equals(untilType)), Duration.ofSeconds(20));
        Set<String> seen = new LinkedHashSet<>();
        List<ConsumerRecord<String, String>> distinct = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            if (seen.add(JsonPath.read(record.value(), "$.eventId"))) {
                distinct.add(record);
            }
        }
        return distinct;
    }

    public ConsumerRecord<String, String> first(String repairOrderId, String type) {
        return eventsOf(repairOrderId, type).stream().filter(record -> type(record).equals(type)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " for RO " + repairOrderId + " on " + TOPIC));
    }
}
