package com.aftersales.platform.test;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

import java.net.InetSocketAddress;
import java.util.Map;
import java.util.UUID;

/**
 * The one way a test gets its infrastructure. Where a Docker engine answers: real MongoDB and Kafka in
 * Testcontainers. Otherwise: the real Kafka broker in-process (spring-kafka-test, KRaft) and
 * mongo-java-server, which speaks the MongoDB wire protocol. The same test classes run in both modes.
 *
 * <p>Started once per JVM. Each application context gets a database and a consumer group of its own, so
 * test classes do not see each other's data. Force a mode with {@code -Daftersales.test.infra=embedded}
 * or {@code =containers}.
 */
public final class TestInfrastructure implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Logger log = LoggerFactory.getLogger(TestInfrastructure.class);
    private static Endpoints endpoints;

    /** Where the infrastructure answers. */
    public record Endpoints(String mode, String mongoBase, String kafkaBootstrap) {
    }

    public static synchronized Endpoints endpoints() {
        if (endpoints == null) {
            endpoints = useContainers() ? startContainers() : startEmbedded();
            log.info("test infrastructure: {}", endpoints);
        }
        return endpoints;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Endpoints infra = endpoints();
        String unique = UUID.randomUUID().toString().substring(0, 8);
        TestPropertyValues.of(Map.of(
                "spring.mongodb.uri", infra.mongoBase() + "/test-" + unique,
                "spring.kafka.bootstrap-servers", infra.kafkaBootstrap(),
                "spring.kafka.consumer.group-id", "test-" + unique
        )).applyTo(context);
    }

    private static boolean useContainers() {
        String forced = System.getProperty("aftersales.test.infra", "");
        if (forced.equals("embedded")) {
            return false;
        }
        if (forced.equals("containers")) {
            return true;
        }
        return DockerClientFactory.instance().isDockerAvailable();
    }

    private static Endpoints startContainers() {
        MongoDBContainer mongo = new MongoDBContainer("mongo:8.0");
        KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.2");
        mongo.start();
        kafka.start();
        String uri = mongo.getConnectionString();
        return new Endpoints("containers", uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri,
                kafka.getBootstrapServers());
    }

    /**
     * mongo-java-server knows the legacy {@code isMaster} but not {@code hello}, which Spring Boot's Mongo
     * health check sends (it fails once the service's database exists): answered from the {@code isMaster}
     * reply, as the local stack's store does.
     */
    static final class HelloAnsweringMemoryBackend extends MemoryBackend {
        @Override
        public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
            if ("hello".equalsIgnoreCase(command)) {
                Document reply = super.handleCommand(channel, databaseName, "isMaster", query);
                Object primary = reply.remove("ismaster");
                reply.put("isWritablePrimary", primary == null ? Boolean.TRUE : primary);
                return reply;
            }
            return super.handleCommand(channel, databaseName, command, query);
        }
    }

    private static Endpoints startEmbedded() {
        MongoServer mongo = new MongoServer(new HelloAnsweringMemoryBackend());
        InetSocketAddress address = mongo.bind();
        EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 3);
        kafka.brokerProperties(Map.of("auto.create.topics.enable", "true",
                "group.initial.rebalance.delay.ms", "0"));
        kafka.afterPropertiesSet();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.destroy();
            mongo.shutdownNow();
        }));
        return new Endpoints("embedded", "mongodb://127.0.0.1:" + address.getPort(), kafka.getBrokersAsString());
    }
}
