package com.aftersales.platform.http;

import com.aftersales.platform.web.RequestIds;
import com.sun.net.httpserver.HttpServer;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.web.client.HttpClientErrorException;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResilientHttpClientTest {

    HttpServer server;
    final ExecutorService handlers = Executors.newCachedThreadPool();
    final AtomicInteger calls = new AtomicInteger();
    final AtomicReference<String> lastRequestId = new AtomicReference<>();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            calls.incrementAndGet();
            lastRequestId.set(exchange.getRequestHeaders().getFirst(RequestIds.HEADER));
            String path = exchange.getRequestURI().getPath();
            int status = path.startsWith("/missing") ? 404 : path.startsWith("/broken") ? 500 : 200;
            if (path.startsWith("/slow")) {
                try {
                    Thread.sleep(3_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            byte[] body = "{\"answer\":42}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.setExecutor(handlers);
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
        handlers.shutdownNow();
        MDC.clear();
    }

    ResilientHttpClient client(String baseUrl) {
        return ResilientHttpClient.create("other-service", new ResilientHttpClient.Settings(baseUrl,
                Duration.ofMillis(300), Duration.ofMillis(300), 10, 4, 50, Duration.ofSeconds(30)), new SimpleMeterRegistry());
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    static String get(ResilientHttpClient client, String path) {
        return client.call(rest -> rest.get().uri(path).retrieve().body(String.class));
    }

    record Answer(int answer) {
    }

    @Test
    @DisplayName("an answer comes back converted, with the current request id sent along")
    void anAnswerComesBackWithTheRequestIdSentAlong() {
        MDC.put(RequestIds.MDC_KEY, "req-42");

        Answer answer = client(url()).call(rest -> rest.get().uri("/answer").retrieve().body(Answer.class));

        assertThat(answer).isEqualTo(new Answer(42));
        assertThat(lastRequestId.get()).isEqualTo("req-42");
    }

    @Test
    @DisplayName("a service whose port is closed is reported unavailable at once")
    void aClosedPortIsUnavailable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        long start = System.nanoTime();

        assertThatThrownBy(() -> get(client("http://127.0.0.1:" + closedPort), "/answer"))
                .isInstanceOf(ServiceUnavailableException.class)
                .extracting(e -> ((ServiceUnavailableException) e).service()).isEqualTo("other-service");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    @DisplayName("an answer slower than the read time-out is given up and reported unavailable")
    void aSlowAnswerTimesOut() {
        ResilientHttpClient client = client(url());
        get(client, "/answer");
        long start = System.nanoTime();

        assertThatThrownBy(() -> get(client, "/slow")).isInstanceOf(ServiceUnavailableException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1_500));
    }

    @Test
    @DisplayName("a 4xx answer reaches the caller as such and never opens the breaker")
    void clientErrorsAreAnswersNotFailures() {
        ResilientHttpClient client = client(url());

        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> get(client, "/missing")).isInstanceOf(HttpClientErrorException.NotFound.class);
        }

        assertThat(client.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    @DisplayName("repeated failures open the breaker: later calls fail at once without reaching the service")
    void repeatedFailuresOpenTheBreaker() {
        ResilientHttpClient client = client(url());
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> get(client, "/broken")).isInstanceOf(ServiceUnavailableException.class);
        }
        int callsWhenOpened = calls.get();

        assertThatThrownBy(() -> get(client, "/answer"))
                .isInstanceOf(ServiceUnavailableException.class)
                .hasMessageContaining("circuit breaker is open");
        assertThat(client.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(calls.get()).isEqualTo(callsWhenOpened);

        client.circuitBreaker().reset();
        assertThat(get(client, "/answer")).contains("42");
    }

    @Test
    @DisplayName("settings are read from aftersales.clients.<name>, with defaults for what is not given")
    void settingsAreBoundFromTheEnvironment() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("aftersales.clients.other.base-url", url())
                .withProperty("aftersales.clients.other.read-timeout", "1500ms");

        ResilientHttpClient client = ResilientHttpClient.bind(environment, "other", new SimpleMeterRegistry());

        assertThat(client.service()).isEqualTo("other");
        assertThat(get(client, "/answer")).contains("42");
        assertThat(client.circuitBreaker().getCircuitBreakerConfig().getMinimumNumberOfCalls()).isEqualTo(5);
        assertThatThrownBy(() -> ResilientHttpClient.bind(new MockEnvironment(), "nobody", null))
                .hasMessageContaining("aftersales.clients.nobody.base-url");
    }
}
