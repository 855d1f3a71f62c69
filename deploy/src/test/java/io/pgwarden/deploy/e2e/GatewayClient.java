package io.pgwarden.deploy.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
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

    /** One request of a warm-up, answered as the gateway answers it. */
    interface Request {
        JsonNode send() throws IOException, InterruptedException;
    }

    /**
     * Sends the request until one completes, at most 90 s: readiness covers Kafka, the databases, Redis, the catalog
     * and the gateway's partitions, and one completed request proves the whole chain is wired before tests start
     * (and warms the services' JIT and pools).
     *
     * @return the last answer, COMPLETED unless the deadline passed
     */
    static JsonNode untilCompleted(Request request) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        JsonNode answer;
        do {
            answer = request.send();
        } while (!"COMPLETED".equals(answer.path("status").asText()) && Instant.now().isBefore(deadline));
        return answer;
    }

    JsonNode ask(String token, String question) throws IOException, InterruptedException {
        return post(token, "/api/v1/ask", JSON.writeValueAsString(Map.of("question", question))).body();
    }

    JsonNode sql(String token, String sql) throws IOException, InterruptedException {
        return post(token, "/api/v1/sql", JSON.writeValueAsString(Map.of("sql", sql))).body();
    }

    JsonNode request(String token, String requestId) throws IOException, InterruptedException {
        return get(token, "/api/v1/requests/" + requestId).body();
    }

    /** Polls GET /requests/{id} until its status is one of {@code statuses}, at most 60 s; returns the last view. */
    JsonNode untilStatus(String token, String requestId, String... statuses)
            throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        JsonNode view = request(token, requestId);
        while (!java.util.Arrays.asList(statuses).contains(view.path("status").asText())
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            view = request(token, requestId);
        }
        return view;
    }

    Reply decide(String token, String approvalId, String decision, String comment, boolean emergency)
            throws IOException, InterruptedException {
        return post(token, "/api/v1/approvals/" + approvalId + "/" + decision,
                JSON.writeValueAsString(Map.of("comment", comment, "emergency", emergency)));
    }

    Reply rollback(String token, String requestId, boolean applyDespiteConflicts, String reason)
            throws IOException, InterruptedException {
        return post(token, "/api/v1/requests/" + requestId + "/rollback",
                JSON.writeValueAsString(Map.of("applyDespiteConflicts", applyDespiteConflicts, "reason", reason)));
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
