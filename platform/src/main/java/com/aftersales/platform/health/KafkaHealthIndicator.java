package com.aftersales.platform.health;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.kafka.core.KafkaAdmin;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Kafka is part of readiness: a service that cannot reach the broker cannot publish nor consume. */
public class KafkaHealthIndicator extends AbstractHealthIndicator implements AutoCloseable {

    private final AdminClient admin;

    public KafkaHealthIndicator(KafkaAdmin kafkaAdmin) {
        Map<String, Object> config = new HashMap<>(kafkaAdmin.getConfigurationProperties());
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2_000);
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, "health-check");
        this.admin = AdminClient.create(config);
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        var cluster = admin.describeCluster(new DescribeClusterOptions().timeoutMs(2_000));
        int nodes = cluster.nodes().get(2_500, TimeUnit.MILLISECONDS).size();
        builder.up().withDetail("clusterId", cluster.clusterId().get(2_500, TimeUnit.MILLISECONDS)).withDetail("nodes", nodes);
    }

    @Override
    public void close() {
        admin.close();
    }
}
