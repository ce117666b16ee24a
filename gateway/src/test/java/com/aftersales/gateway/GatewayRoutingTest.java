package com.aftersales.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class GatewayRoutingTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    /** A stand-in for appointment-service: echoes what it got and remembers the request ids it saw. */
    private static final FakeService appointmentService = FakeService.start();
    /** reception-service is down: nothing listens on its port. */
    private static final int receptionServicePort = freePort();

    @DynamicPropertySource
    static void serviceUrls(DynamicPropertyRegistry registry) {
        registry.add("APPOINTMENT_SERVICE_URL", appointmentService::url);
        registry.add("RECEPTION_SERVICE_URL", () -> "http://127.0.0.1:" + receptionServicePort);
    }

    @AfterAll
    static void stopFakeService() {
        appointmentService.stop();
    }

    @Autowired
    WebTestClient client;

    @Test
    void aRouteToALiveServiceProxiesTheRequestWithANewRequestId() {
        String requestId = client.get().uri("/api/customers/42?page=1")
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).isEqualTo("GET /api/customers/42?page=1")
                .returnResult().getResponseHeaders().getFirst("X-Request-Id");

        assertThat(requestId).matches(UUID_PATTERN);
        assertThat(appointmentService.requestIdSeenFor("/api/customers/42")).isEqualTo(requestId);
    }

    @Test
    void aServicesOpenApiDocumentIsServedUnderItsName() {
        client.get().uri("/openapi/appointment-service")
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).isEqualTo("GET /v3/api-docs");
    }

    @Test
    void aSaneIncomingRequestIdIsKeptAndAnOddOneIsReplaced() {
        client.get().uri("/api/vehicles/1").header("X-Request-Id", "caller-id_0042")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Request-Id", "caller-id_0042");
        assertThat(appointmentService.requestIdSeenFor("/api/vehicles/1")).isEqualTo("caller-id_0042");

        String odd = "x".repeat(65);
        client.get().uri("/api/vehicles/2").header("X-Request-Id", odd)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueMatches("X-Request-Id", UUID_PATTERN);
        assertThat(appointmentService.requestIdSeenFor("/api/vehicles/2")).matches(UUID_PATTERN);
    }

    @Test
    void aDownServiceAnswers503ProblemNamingItWithinASecond() {
        // The live route works, so the gateway's http client is up before anything is timed.
        client.get().uri("/api/appointments").exchange().expectStatus().isOk();

        for (HttpMethod method : List.of(HttpMethod.GET, HttpMethod.POST)) {
            long started = System.nanoTime();
            WebTestClient.RequestBodySpec request = client.method(method).uri("/api/repair-orders");
            WebTestClient.ResponseSpec response = method == HttpMethod.POST
                    ? request.contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("vehicleId", "v-1")).exchange()
                    : request.exchange();
            response.expectStatus().isEqualTo(503)
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectHeader().valueMatches("X-Request-Id", UUID_PATTERN)
                    .expectBody()
                    .jsonPath("$.type").isEqualTo("https://aftersales.example/problems/service-unavailable")
                    .jsonPath("$.title").isEqualTo("Service unavailable")
                    .jsonPath("$.status").isEqualTo(503)
                    .jsonPath("$.detail").isEqualTo("reception-service is not answering; try again shortly")
                    .jsonPath("$.service").isEqualTo("reception-service")
                    .jsonPath("$.instance").isEqualTo("/api/repair-orders");
            long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
            assertThat(elapsedMillis).as("%s to a down service answered in %d ms", method, elapsedMillis)
                    .isLessThan(1000);
        }

        // The other routes keep working.
        client.post().uri("/api/appointments").contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).isEqualTo("POST /api/appointments");
    }

    @Test
    void aSlowButLiveServiceIsNotCutOffAfterOneSecond() {
        // Resilience4j's own time limit is 1 s; the gateway gives normal calls about 10 s.
        client.get().uri("/api/customers/slow")
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).isEqualTo("GET /api/customers/slow");
    }

    @Test
    void theRootServesThePlaceholderWebUi() {
        client.get().uri("/")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).value(html -> assertThat(html)
                        .contains("<title>Aftersales</title>")
                        .contains("href=\"/actuator/health\""));
    }

    @Test
    void healthAndPrometheusMetricsAnswer() {
        client.get().uri("/actuator/health")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        client.get().uri("/actuator/prometheus")
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(metrics -> assertThat(metrics).contains("jvm_memory_used_bytes"));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A tiny HTTP backend on a random loopback port (JDK HttpServer). */
    static final class FakeService {

        private final HttpServer server;
        private final Map<String, List<String>> requestIdsByPath = new ConcurrentHashMap<>();

        private FakeService(HttpServer server) {
            this.server = server;
        }

        static FakeService start() {
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
                FakeService service = new FakeService(server);
                server.createContext("/", service::handle);
                server.setExecutor(Executors.newCachedThreadPool());
                server.start();
                return service;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        private void handle(HttpExchange exchange) throws IOException {
            try (exchange; InputStream body = exchange.getRequestBody()) {
                body.readAllBytes();
                String path = exchange.getRequestURI().getPath();
                requestIdsByPath.computeIfAbsent(path, p -> new CopyOnWriteArrayList<>())
                        .add(String.valueOf(exchange.getRequestHeaders().getFirst("X-Request-Id")));
                if (path.endsWith("/slow")) {
                    Thread.sleep(1500);
                }
                byte[] answer = (exchange.getRequestMethod() + " " + exchange.getRequestURI())
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/plain");
                exchange.sendResponseHeaders(200, answer.length);
                exchange.getResponseBody().write(answer);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        String requestIdSeenFor(String path) {
            List<String> seen = requestIdsByPath.getOrDefault(path, List.of());
            assertThat(seen).as("requests the service got for %s", path).hasSize(1);
            return seen.get(0);
        }

        void stop() {
            server.stop(0);
        }
    }
}
