package com.aftersales.platform;

import com.aftersales.contracts.EventTopics;
import com.aftersales.platform.consumer.DeadLetterPolicy;
import com.aftersales.platform.consumer.InsertOnce;
import com.aftersales.platform.consumer.RequestIdRecordInterceptor;
import com.aftersales.platform.events.EventEnvelopes;
import com.aftersales.platform.health.KafkaHealthIndicator;
import com.aftersales.platform.outbox.OutboxRelay;
import com.aftersales.platform.outbox.OutboxStamper;
import com.aftersales.platform.storage.DailySequences;
import com.aftersales.platform.web.DealerIdResolver;
import com.aftersales.platform.web.ProblemDetailsAdvice;
import com.aftersales.platform.web.RequestIds;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Wires the platform into every service that has it on its classpath: nothing to declare per service. */
@AutoConfiguration
@EnableConfigurationProperties(PlatformProperties.class)
@Import(ProblemDetailsAdvice.class)
public class PlatformAutoConfiguration {

    @Bean
    Clock clock(PlatformProperties properties) {
        return Clock.system(properties.timeZone());
    }

    @Bean
    EventEnvelopes eventEnvelopes(JsonMapper jsonMapper) {
        return new EventEnvelopes(jsonMapper);
    }

    @Bean
    OutboxRelay outboxRelay(MongoTemplate mongo, MongoMappingContext mappingContext, KafkaTemplate<String, String> kafka,
                            EventEnvelopes envelopes, PlatformProperties properties, MeterRegistry meters) {
        return new OutboxRelay(mongo, mappingContext, kafka, envelopes, properties.service(), properties.topic(),
                properties.events().relayPollInterval(), properties.events().relayMaxBackoff(), meters);
    }

    @Bean
    OutboxStamper outboxStamper(EventEnvelopes envelopes, ObjectProvider<OutboxRelay> relay, Clock clock) {
        return new OutboxStamper(envelopes, relay, clock);
    }

    @Bean
    DailySequences dailySequences(MongoTemplate mongo) {
        return new DailySequences(mongo);
    }

    @Bean
    InsertOnce insertOnce(MongoTemplate mongo) {
        return new InsertOnce(mongo);
    }

    /** The service's own topic, its dead-letter topic, and the dead-letter topics of what it consumes. */
    @Bean
    KafkaAdmin.NewTopics aftersalesTopics(PlatformProperties properties) {
        List<String> names = new ArrayList<>();
        names.add(properties.topic());
        names.add(EventTopics.deadLetterOf(properties.topic()));
        for (String consumed : properties.events().consumes()) {
            names.add(consumed);
            names.add(EventTopics.deadLetterOf(consumed));
        }
        NewTopic[] topics = names.stream().distinct()
                .map(name -> TopicBuilder.name(name).partitions(properties.events().partitions()).replicas(1).build())
                .toArray(NewTopic[]::new);
        return new KafkaAdmin.NewTopics(topics);
    }

    @Bean
    DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<String, String> kafka, MeterRegistry meters,
                                          PlatformProperties properties) {
        return DeadLetterPolicy.errorHandler(kafka, meters, properties.events().consumerRetries(),
                properties.events().consumerFirstPause());
    }

    @Bean
    RequestIdRecordInterceptor requestIdRecordInterceptor() {
        return new RequestIdRecordInterceptor();
    }

    @Bean
    FilterRegistrationBean<RequestIds> requestIdFilter() {
        FilterRegistrationBean<RequestIds> registration = new FilterRegistrationBean<>(new RequestIds());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    WebMvcConfigurer dealerIdArgument() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new DealerIdResolver());
            }
        };
    }

    @Bean
    KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin kafkaAdmin) {
        return new KafkaHealthIndicator(kafkaAdmin);
    }
}
