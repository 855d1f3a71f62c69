package io.pgwarden.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * End-to-end load: N questions over M concurrent sessions through the gateway's {@code /api/v1/ask}, then the very
 * SQL the pipeline ran, executed directly over JDBC with the same concurrency, in the same run. The ratio of the
 * two is the pipeline's overhead (Kafka hops, grounding, guard, bookkeeping) over the database work itself.
 */
public final class LoadDriver {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final LoadSettings settings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public LoadDriver(LoadSettings settings) {
        this.settings = settings;
    }

    public LoadReport run() throws Exception {
        Map<String, JsonNode> answers = warmUp();
        Measurement pipeline = measure(this::askOnce);
        Measurement direct = measure((session, question) -> runDirectly(answers.get(question)));
        return new LoadReport(settings, pipeline.stats(), pipeline.failures(), direct.stats(), direct.failures());
    }

    /** Asks every question once, so caches are warm on both paths and the SQL to replay directly is known. */
    private Map<String, JsonNode> warmUp() throws Exception {
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        for (String question : settings.questions()) {
            JsonNode answer = ask(UUID.randomUUID().toString(), question);
            if (!"COMPLETED".equals(answer.path("status").asText())) {
                throw new IllegalStateException("warm-up question failed: " + question + " -> " + answer);
            }
            answers.put(question, answer);
        }
        return answers;
    }

    private interface Call {
        void run(String session, String question) throws Exception;
    }

    private record Measurement(LatencyStats stats, int failures) {
    }

    private Measurement measure(Call call) throws Exception {
        int perSession = Math.max(1, settings.requests() / settings.sessions());
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(settings.sessions());
        long started = System.nanoTime();
        try {
            List<Future<?>> sessions = new ArrayList<>();
            for (int s = 0; s < settings.sessions(); s++) {
                int offset = s;
                sessions.add(pool.submit(() -> {
                    String session = UUID.randomUUID().toString();
                    for (int i = 0; i < perSession; i++) {
                        String question = settings.questions().get((offset + i) % settings.questions().size());
                        long t0 = System.nanoTime();
                        try {
                            call.run(session, question);
                            latencies.add(System.nanoTime() - t0);
                        } catch (Exception e) {
                            failures.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> session : sessions) {
                session.get();
            }
        } finally {
            pool.shutdownNow();
        }
        long wall = System.nanoTime() - started;
        long[] nanos = latencies.stream().mapToLong(Long::longValue).toArray();
        return new Measurement(LatencyStats.of(nanos, wall), failures.get());
    }

    private void askOnce(String session, String question) throws Exception {
        JsonNode answer = ask(session, question);
        if (!"COMPLETED".equals(answer.path("status").asText())) {
            throw new IllegalStateException(answer.toString());
        }
    }

    private JsonNode ask(String session, String question) throws Exception {
        String body = JSON.writeValueAsString(Map.of("question", question, "sessionId", session));
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.gatewayUrl() + "/api/v1/ask"))
                .header("Authorization", "Bearer " + settings.token())
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body());
    }

    private final ThreadLocal<Connection> connections = new ThreadLocal<>();

    private void runDirectly(JsonNode answer) throws SQLException {
        Connection connection = connections.get();
        if (connection == null) {
            connection = DriverManager.getConnection(settings.jdbcUrl(), settings.jdbcUser(), settings.jdbcPassword());
            connections.set(connection);
        }
        try (PreparedStatement statement = connection.prepareStatement(answer.path("sql").asText())) {
            int index = 1;
            for (JsonNode parameter : answer.path("parameters")) {
                JsonNode value = parameter.path("value");
                if (value.isNumber()) {
                    statement.setBigDecimal(index++, new BigDecimal(value.asText()));
                } else {
                    statement.setString(index++, value.asText());
                }
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    rows.getObject(1);
                }
            }
        }
    }
}
