package com.aftersales.platform.http;

import com.aftersales.platform.web.RequestIds;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.MDC;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.env.Environment;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.function.Function;

/**
 * Calls another service over HTTP without letting it hold us up. Every call has a connect and a read
 * time-out, and runs through a Resilience4j circuit breaker: after a run of failures (refused, timed out,
 * 5xx, unreadable) the breaker opens and calls fail at once for a while instead of waiting on a service
 * that is down; then a few trial calls decide whether it is back.
 *
 * <p>Every failure reaches the caller as one exception, {@link ServiceUnavailableException}, so the caller
 * decides how to go on without the answer. A 4xx answer is an answer, not a failure: it reaches the caller
 * as {@link HttpClientErrorException} and does not count against the service. The request id of the
 * current request goes along as {@value RequestIds#HEADER}.
 *
 * <p>Settings live under {@code aftersales.clients.<name>} (see {@link Settings}); {@link #bind} reads them.
 */
public final class ResilientHttpClient {

    /**
     * How to call one service.
     *
     * @param baseUrl               where the service answers, e.g. {@code http://localhost:8083}
     * @param connectTimeout        a service that does not accept the connection in this time counts as down
     * @param readTimeout           longest wait for the answer once connected
     * @param slidingWindowSize     the breaker judges the last this many calls
     * @param minimumNumberOfCalls  ... but only once it has seen at least this many
     * @param failureRateThreshold  percentage of failed calls that opens the breaker
     * @param waitInOpenState       how long an open breaker refuses calls before trying again
     */
    public record Settings(String baseUrl,
                           @DefaultValue("500ms") Duration connectTimeout,
                           @DefaultValue("2s") Duration readTimeout,
                           @DefaultValue("10") int slidingWindowSize,
                           @DefaultValue("5") int minimumNumberOfCalls,
                           @DefaultValue("50") float failureRateThreshold,
                           @DefaultValue("10s") Duration waitInOpenState) {

        public Settings {
            if (baseUrl == null || baseUrl.isBlank()) {
                throw new IllegalArgumentException("a client needs the base-url of the service it calls");
            }
        }
    }

    private final String service;
    private final RestClient rest;
    private final CircuitBreaker breaker;

    private ResilientHttpClient(String service, RestClient rest, CircuitBreaker breaker) {
        this.service = service;
        this.rest = rest;
        this.breaker = breaker;
    }

    /**
     * A client for the service named {@code name}, set up from {@code aftersales.clients.<name>.*}; its
     * breaker's state and calls are published as {@code resilience4j_circuitbreaker_*} metrics.
     */
    public static ResilientHttpClient bind(Environment environment, String name, MeterRegistry meters) {
        Settings settings = Binder.get(environment).bind("aftersales.clients." + name, Settings.class)
                .orElseThrow(() -> new IllegalStateException("aftersales.clients." + name + ".base-url is not set"));
        return create(name, settings, meters);
    }

    public static ResilientHttpClient create(String service, Settings settings, MeterRegistry meters) {
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(settings.readTimeout());
        RestClient rest = RestClient.builder()
                .baseUrl(settings.baseUrl())
                .requestFactory(requests)
                .requestInterceptor((request, body, execution) -> {
                    String requestId = MDC.get(RequestIds.MDC_KEY);
                    if (requestId != null) {
                        request.getHeaders().set(RequestIds.HEADER, requestId);
                    }
                    return execution.execute(request, body);
                })
                .build();
        CircuitBreakerConfig config = CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(settings.slidingWindowSize())
                .minimumNumberOfCalls(settings.minimumNumberOfCalls())
                .failureRateThreshold(settings.failureRateThreshold())
                .waitDurationInOpenState(settings.waitInOpenState())
                .permittedNumberOfCallsInHalfOpenState(2)
                .automaticTransitionFromOpenToHalfOpenEnabled(false)
                .ignoreExceptions(HttpClientErrorException.class)
                .build();
        CircuitBreakerRegistry registry = CircuitBreakerRegistry.of(config);
        if (meters != null) {
            TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(registry).bindTo(meters);
        }
        return new ResilientHttpClient(service, rest, registry.circuitBreaker(service));
    }

    /**
     * Runs one call (build the request on the given client, retrieve, convert) through the breaker.
     *
     * @throws ServiceUnavailableException when the service did not answer or the breaker is open
     * @throws HttpClientErrorException    when the service answered 4xx (not found, refused input)
     */
    public <T> T call(Function<RestClient, T> call) {
        try {
            return breaker.executeSupplier(() -> call.apply(rest));
        } catch (CallNotPermittedException open) {
            throw new ServiceUnavailableException(service, "its circuit breaker is open after repeated failures", open);
        } catch (HttpClientErrorException answered) {
            throw answered;
        } catch (RestClientException failed) {
            throw new ServiceUnavailableException(service, failed.getMessage(), failed);
        }
    }

    public String service() {
        return service;
    }

    /** The breaker itself: its state for health and tests; {@code reset()} closes it. */
    public CircuitBreaker circuitBreaker() {
        return breaker;
    }
}
