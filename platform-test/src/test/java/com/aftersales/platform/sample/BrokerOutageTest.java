package com.aftersales.platform.sample;

import com.aftersales.platform.test.KafkaProbe;
import com.aftersales.platform.test.StandaloneKafkaBroker;
import com.aftersales.platform.test.TestInfrastructure;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.test.context.ContextConfiguration;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The broker is away while a service keeps working: its events wait in the aggregates' documents and
 * arrive once the broker is back, none lost, and each is applied once by a consumer.
 */
@SpringBootTest(properties = {
        "sample.listener.auto-startup=false",
        "spring.kafka.admin.operation-timeout=1s",
        "spring.kafka.admin.close-timeout=1s"})
@ContextConfiguration(initializers = BrokerOutageTest.BrokerNotYetStarted.class)
class BrokerOutageTest {

    private static final StandaloneKafkaBroker broker = new StandaloneKafkaBroker();

    @Autowired
    ParcelRepository parcels;
    @Autowired
    TallyRepository tallies;
    @Autowired
    KafkaListenerEndpointRegistry listeners;
    @Autowired
    MeterRegistry meters;

    /** Mongo from the test infrastructure; Kafka at a port where no broker runs yet. */
    static class BrokerNotYetStarted implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of(Map.of(
                    "spring.mongodb.uri", TestInfrastructure.endpoints().mongoBase() + "/outage-" + UUID.randomUUID(),
                    "spring.kafka.bootstrap-servers", broker.bootstrapServers(),
                    "spring.kafka.consumer.group-id", "outage-" + UUID.randomUUID())).applyTo(context);
        }
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void eventsWrittenWhileTheBrokerIsDownArriveWhenItReturnsNoneLostNoneAppliedTwice() throws Exception {
        String destination = "dest-" + UUID.randomUUID();
        List<String> parcelIds = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String id = UUID.randomUUID().toString();
            parcels.save(Parcel.ship(id, "dealer-7", destination));
            parcelIds.add(id);
        }

        Eventually.within(Duration.ofSeconds(20), "the relay has tried and failed to send",
                () -> meters.find("aftersales.outbox.publish.failures").counter() != null
                        && meters.find("aftersales.outbox.publish.failures").counter().count() > 0);
        for (String id : parcelIds) {
            assertThat(parcels.findById(id).orElseThrow().pendingOutbox()).as("parcel %s keeps its event", id).hasSize(1);
        }

        broker.start();

        Set<String> keys = Set.copyOf(parcelIds);
        KafkaProbe probe = new KafkaProbe(broker.bootstrapServers());
        List<ConsumerRecord<String, String>> arrived = probe.read("sample.events", r -> keys.contains(r.key()),
                found -> found.stream().map(ConsumerRecord::key).collect(Collectors.toSet()).size() == keys.size(),
                Duration.ofSeconds(60));
        assertThat(arrived.stream().map(ConsumerRecord::key).collect(Collectors.toSet())).isEqualTo(keys);
        Eventually.within(Duration.ofSeconds(20), "every outbox is emptied",
                () -> parcelIds.stream().allMatch(id -> parcels.findById(id).orElseThrow().pendingOutbox().isEmpty()));

        listeners.start();
        Eventually.within(Duration.ofSeconds(30), "the consumer counts every shipment",
                () -> tallies.findById(destination).map(Tally::shipments).orElse(0) >= 5);
        Thread.sleep(500);
        assertThat(tallies.findById(destination).orElseThrow().shipments()).isEqualTo(5);
    }
}
