package com.aftersales.system;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A user of the system at the gateway, for one dealership: JSON in, JSON out. */
final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String dealerId;

    Api(String dealerId) {
        this.dealerId = dealerId;
    }

    record Answer(int status, JsonNode body, HttpResponse<String> raw) {
        JsonNode json() {
            return body;
        }

        String text(String field) {
            return body.get(field).asString();
        }
    }

    Answer get(String path) {
        return send("GET", path, null);
    }

    Answer post(String path, String json) {
        return send("POST", path, json);
    }

    Answer put(String path, String json) {
        return send("PUT", path, json);
    }

    /** A call that must succeed (2xx): the body. */
    JsonNode ok(String method, String path, String json) {
        Answer answer = send(method, path, json);
        assertThat(answer.status()).as("%s %s answered %s", method, path, answer.raw().body()).isBetween(200, 299);
        return answer.body();
    }

    Answer send(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RunningStack.gateway() + path))
                .timeout(Duration.ofSeconds(20))
                .header("X-Dealer-Id", dealerId)
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body() == null || response.body().isBlank() ? null : JSON.readTree(response.body());
            return new Answer(response.statusCode(), body, response);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode parse(String json) {
        return JSON.readTree(json);
    }
}
