package io.pgwarden.intent.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/**
 * Serves recorded OpenAI-compatible chat completion exchanges (files under {@code src/test/resources/llm/}) on
 * localhost, one queue per provider path ({@code /<provider>/v1/chat/completions}), in the order queued, and
 * keeps every request body it received. No network: the tests point the providers' base URLs here.
 *
 * <p>An exchange file is {@code {"description": ..., "response": {"status": 200, "delayMillis": 0,
 * "body": {...}}}} where {@code body} is the provider's JSON answer, or {@code "bodyText"} a raw body (for malformed
 * answers). A provider with nothing left queued answers 500.
 */
public final class RecordedLlmServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Map<String, Deque<JsonNode>> queues = new ConcurrentHashMap<>();
    private final Map<String, List<JsonNode>> received = new ConcurrentHashMap<>();

    public RecordedLlmServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "recorded-llm");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/", this::serve);
        server.start();
    }

    /** The base URL a provider named {@code provider} is configured with. */
    public String baseUrl(String provider) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + provider + "/v1";
    }

    /** Queues recorded exchanges, by file name under {@code llm/}, for {@code provider}. */
    public RecordedLlmServer queue(String provider, String... exchangeFiles) {
        Deque<JsonNode> queue = queues.computeIfAbsent(provider, p -> new ArrayDeque<>());
        synchronized (queue) {
            for (String file : exchangeFiles) {
                queue.add(load(file));
            }
        }
        return this;
    }

    /** The chat completion requests {@code provider} received, in order. */
    public List<JsonNode> requests(String provider) {
        return List.copyOf(received.getOrDefault(provider, List.of()));
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String[] parts = path.split("/");
            if (parts.length < 2 || !path.endsWith("/chat/completions")) {
                respond(exchange, 404, "{\"error\":{\"message\":\"not found\"}}");
                return;
            }
            String provider = parts[1];
            JsonNode request = JSON.readTree(exchange.getRequestBody().readAllBytes());
            received.computeIfAbsent(provider, p -> Collections.synchronizedList(new ArrayList<>())).add(request);
            Deque<JsonNode> queue = queues.getOrDefault(provider, new ArrayDeque<>());
            JsonNode recorded;
            synchronized (queue) {
                recorded = queue.poll();
            }
            if (recorded == null) {
                respond(exchange, 500, "{\"error\":{\"message\":\"no recorded exchange left\"}}");
                return;
            }
            JsonNode response = recorded.get("response");
            long delay = response.path("delayMillis").asLong(0);
            if (delay > 0) {
                try {
                    Thread.sleep(delay);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            String body = response.has("bodyText") ? response.get("bodyText").asText()
                    : JSON.writeValueAsString(response.get("body"));
            respond(exchange, response.path("status").asInt(200), body);
        } catch (IOException e) {
            // The client gave up (a time-out test): nothing to answer.
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static JsonNode load(String file) {
        try (InputStream in = RecordedLlmServer.class.getResourceAsStream("/llm/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no recorded exchange llm/" + file);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
