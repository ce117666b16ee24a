package com.aftersales.followup.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for appointment-service over real HTTP (JDK server), started once per JVM on a port of its own:
 * it answers {@code POST /api/appointments} like appointment-service does (201 with the appointment), and
 * refuses a booking naming the labour operation {@code UNKNOWN} with appointment-service's 422 problem. It
 * keeps every booking request per dealer. A test can take the whole service away: its port is then closed,
 * as when appointment-service is down, and it comes back on the same port.
 */
public final class AppointmentServiceStub {

    /** A booking request as appointment-service received it. */
    public record Received(String dealerId, String body) {
    }

    private static AppointmentServiceStub instance;

    private final Map<String, List<Received>> bookings = new ConcurrentHashMap<>();
    private final AtomicInteger numbers = new AtomicInteger();
    private final int port;
    private ExecutorService handlers;
    private HttpServer server;

    private AppointmentServiceStub() {
        start(0);
        port = server.getAddress().getPort();
    }

    public static synchronized AppointmentServiceStub instance() {
        if (instance == null) {
            instance = new AppointmentServiceStub();
        }
        return instance;
    }

    /** Points followup's appointment-service client at the stub. */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of(
                    "aftersales.clients.appointment-service.base-url=" + instance().baseUrl(),
                    "aftersales.clients.appointment-service.read-timeout=1s").applyTo(context);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public List<Received> bookingsOf(String dealerId) {
        return List.copyOf(bookings.getOrDefault(dealerId, List.of()));
    }

    /** Takes appointment-service away (its port closed) until the outage is closed. */
    public synchronized Outage outage() {
        server.stop(0);
        handlers.shutdownNow();
        return () -> {
            synchronized (AppointmentServiceStub.this) {
                start(port);
            }
        };
    }

    public interface Outage extends AutoCloseable {
        @Override
        void close();
    }

    private void start(int onPort) {
        try {
            handlers = Executors.newCachedThreadPool();
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", onPort), 0);
            server.setExecutor(handlers);
            server.createContext("/api/appointments", this::answer);
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        String dealerId = exchange.getRequestHeaders().getFirst("X-Dealer-Id");
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (!"POST".equals(exchange.getRequestMethod())) {
            send(exchange, 405, "application/problem+json", "{\"status\":405}");
            return;
        }
        if (body.contains("\"UNKNOWN\"")) {
            send(exchange, 422, "application/problem+json", """
                    {"type":"https://aftersales.example/problems/domain-rule","title":"Against a business rule","status":422,
                     "detail":"labour operation UNKNOWN is not in the catalogue","rule":"S2.1-catalogue",
                     "errors":[{"field":"labourOperationCodes[0]","message":"labour operation UNKNOWN is not in the catalogue"}]}""");
            return;
        }
        bookings.computeIfAbsent(String.valueOf(dealerId), d -> new CopyOnWriteArrayList<>()).add(new Received(dealerId, body));
        String id = "appt-stub-" + numbers.incrementAndGet();
        send(exchange, 201, "application/json", """
                {"id":"%s","status":"BOOKED","forcedOverCapacity":true,"version":0}""".formatted(id));
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
