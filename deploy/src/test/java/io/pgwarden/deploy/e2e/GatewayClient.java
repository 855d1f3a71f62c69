package io.pgwarden.deploy.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** What a frontend does: JSON over HTTP to the gateway with a bearer token. */
final class GatewayClient {

    static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    GatewayClient(URI base) {
        this.base = base;
    }

    record Reply(int status, String contentType, JsonNode body, String raw) {
    }

    JsonNode ask(String token, String question) throws IOException, InterruptedException {
        return post(token, "/api/v1/ask", JSON.writeValueAsString(Map.of("question", question))).body();
    }

    JsonNode sql(String token, String sql) throws IOException, InterruptedException {
        return post(token, "/api/v1/sql", JSON.writeValueAsString(Map.of("sql", sql))).body();
    }

    Reply post(String token, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(90))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    Reply get(String token, String path) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(90)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    private Reply send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        String type = response.headers().firstValue("Content-Type").orElse("");
        JsonNode body = null;
        if (type.contains("json") && !response.body().isBlank()) {
            body = JSON.readTree(response.body());
        }
        return new Reply(response.statusCode(), type, body, response.body());
    }
}
