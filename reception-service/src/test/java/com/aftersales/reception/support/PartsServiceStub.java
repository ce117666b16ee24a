package com.aftersales.reception.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for parts-service over real HTTP (JDK server), started once per JVM on a port of its own: it
 * answers {@code GET /api/parts/{partNumber}} like parts-service does, from the parts a test gives it per
 * dealer. A test can make a part slow (beyond the read time-out), or take the whole service away: its port
 * is then closed, as when parts-service is down, and it comes back on the same port.
 */
public final class PartsServiceStub {

    private static PartsServiceStub instance;

    private final Map<String, String> parts = new ConcurrentHashMap<>();
    private final Set<String> slowParts = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> requestsByDealer = new ConcurrentHashMap<>();
    private final int port;
    private ExecutorService handlers;
    private HttpServer server;

    private PartsServiceStub() {
        start(0);
        port = server.getAddress().getPort();
    }

    public static synchronized PartsServiceStub instance() {
        if (instance == null) {
            instance = new PartsServiceStub();
        }
        return instance;
    }

    /** Points reception's parts-service client at the stub, with a short read time-out so slow tests stay quick. */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of(
                    "aftersales.clients.parts-service.base-url=" + instance().baseUrl(),
                    "aftersales.clients.parts-service.read-timeout=500ms").applyTo(context);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** A part parts-service knows for the dealer. */
    public void part(String dealerId, String partNumber, String name, long unitPrice, int available, String supersededBy) {
        parts.put(dealerId + "|" + partNumber, """
                {"partNumber":"%s","name":"%s","unitPrice":{"amount":%d,"currency":"CNY"},"binLocation":"A-01-3",
                 "supersededBy":%s,"onHand":%d,"reserved":0,"available":%d,"reorderPoint":2,"version":3}"""
                .formatted(partNumber, name, unitPrice, supersededBy == null ? "null" : "\"" + supersededBy + "\"",
                        available, available));
    }

    /** The part answers only after three seconds: longer than the client waits. */
    public void slow(String dealerId, String partNumber) {
        slowParts.add(dealerId + "|" + partNumber);
    }

    public int requestsFrom(String dealerId) {
        return requestsByDealer.getOrDefault(dealerId, new AtomicInteger()).get();
    }

    /** Takes parts-service away (its port closed) until the outage is closed. */
    public synchronized Outage outage() {
        server.stop(0);
        handlers.shutdownNow();
        return () -> {
            synchronized (PartsServiceStub.this) {
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
            server.createContext("/api/parts/", this::answer);
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        String dealerId = exchange.getRequestHeaders().getFirst("X-Dealer-Id");
        requestsByDealer.computeIfAbsent(String.valueOf(dealerId), d -> new AtomicInteger()).incrementAndGet();
        String partNumber = URLDecoder.decode(exchange.getRequestURI().getRawPath().substring("/api/parts/".length()),
                StandardCharsets.UTF_8);
        String key = dealerId + "|" + partNumber;
        if (slowParts.contains(key)) {
            try {
                Thread.sleep(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                exchange.close();
                return;
            }
        }
        String part = parts.get(key);
        if (part == null) {
            send(exchange, 404, "application/problem+json", """
                    {"type":"https://aftersales.example/problems/not-found","title":"Not found","status":404,
                     "detail":"part %s was not found","kind":"part","id":"%s"}""".formatted(partNumber, partNumber));
        } else {
            send(exchange, 200, "application/json", part);
        }
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
