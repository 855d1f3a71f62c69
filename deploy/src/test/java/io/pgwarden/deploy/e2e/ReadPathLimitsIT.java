package io.pgwarden.deploy.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.pgwarden.contracts.event.EventCodec;
import io.pgwarden.contracts.event.EventEnvelope;
import io.pgwarden.contracts.event.EventType;
import io.pgwarden.contracts.event.ExecutionCompleted;
import io.pgwarden.deploy.PgwardenSystem;
import io.pgwarden.deploy.SystemConfig;
import io.pgwarden.deploy.service.PgwardenService;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The read path's limits and cache end to end (issue 4): results cached in Redis per user and schema version, the
 * Cache-Control opt-out, reads refused as BUSY while the database is busy, and every refusal kept in the request
 * history with its user and text.
 */
class ReadPathLimitsIT {

    private static final String ANALYST = "analyst-token";
    private static final String LEAD = "lead-token";
    /** Reads are refused while this many other queries are active on the server; the test makes that many. */
    private static final int MAX_ACTIVE = 6;

    private static PgwardenSystem system;
    private static GatewayClient gateway;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void startTheSystemWithALowLoadThreshold() throws Exception {
        system = PgwardenSystem.start(SystemConfig.forTests()
                .allServices()
                .environment(PgwardenService.GATEWAY, "PGWARDEN_GATEWAY_RATE_LIMIT_ENABLED", "false")
                .environment(PgwardenService.EXECUTION, "PGWARDEN_EXECUTION_READ_LOAD_MAX_ACTIVE_BACKENDS",
                        Integer.toString(MAX_ACTIVE))
                .environment(PgwardenService.EXECUTION, "PGWARDEN_EXECUTION_READ_LOAD_SAMPLE_INTERVAL", "PT0.2S")
                // Read the schema version on every read, so a DDL change shows at once.
                .environment(PgwardenService.EXECUTION, "PGWARDEN_EXECUTION_READ_CACHE_SCHEMA_VERSION_TTL", "PT0S")
                .build());
        gateway = new GatewayClient(system.gatewayUrl());
        // As docs/security.md advises: the reader sees every login's sessions, so the load check counts them all.
        try (Connection superuser = system.postgresSuperuser("sample").open();
                Statement statement = superuser.createStatement()) {
            statement.execute("GRANT pg_read_all_stats TO pgwarden_reader");
        }
        JsonNode warm = GatewayClient.untilCompleted(() -> gateway.ask(ANALYST, "How many categories are there?"));
        assertThat(warm.path("status").asText()).as(warm.toString()).isEqualTo("COMPLETED");
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void theSameQuestionAgainIsAnsweredFromTheCacheUnlessTheRequestSaysNoCache() throws Exception {
        String question = "How many products are there?";

        JsonNode first = ask(ANALYST, question, Map.of());
        JsonNode second = ask(ANALYST, question, Map.of());
        JsonNode noCache = ask(ANALYST, question, Map.of("Cache-Control", "no-cache"));
        JsonNode bodyOptOut = post(ANALYST, "/api/v1/ask", Map.of("question", question, "cache", false), Map.of());

        assertThat(List.of(first, second, noCache, bodyOptOut))
                .allSatisfy(answer -> assertThat(answer.path("status").asText()).as(answer.toString())
                        .isEqualTo("COMPLETED"));
        assertThat(second.path("rows")).isEqualTo(first.path("rows"));
        assertThat(completion(first).data().cached()).as("first ask ran in the database").isFalse();
        EventEnvelope<ExecutionCompleted> cached = completion(second);
        assertThat(cached.data().cached()).as("second ask came from the cache").isTrue();
        assertThat(cached.data().executionMillis()).isZero();
        EventEnvelope<ExecutionCompleted> fresh = completion(noCache);
        assertThat(fresh.cachecontrol()).as("the opt-out travelled through every step").isEqualTo("no-cache");
        assertThat(fresh.data().cached()).as("Cache-Control: no-cache ran it again").isFalse();
        assertThat(completion(bodyOptOut).data().cached()).as("\"cache\": false ran it again").isFalse();
    }

    @Test
    void anotherUserNeverGetsAResultCachedForSomeoneElse() throws Exception {
        String sql = "SELECT count(*) AS customers FROM customers WHERE state = 'CA'";
        JsonNode alice = sql(ANALYST, sql, Map.of());
        JsonNode aliceAgain = sql(ANALYST, sql, Map.of());

        JsonNode bob = sql(LEAD, sql, Map.of());

        assertThat(completion(aliceAgain).data().cached()).isTrue();
        assertThat(completion(bob).data().cached()).as("bob's first read of it runs in the database").isFalse();
        assertThat(bob.path("rows")).isEqualTo(alice.path("rows"));
    }

    @Test
    void aChangedSchemaIsNeverAnsweredFromAResultOfTheOldOne() throws Exception {
        String sql = "SELECT * FROM categories ORDER BY 1";
        sql(ANALYST, sql, Map.of());
        assertThat(completion(sql(ANALYST, sql, Map.of())).data().cached()).isTrue();

        try (Connection owner = system.targetDatabaseWriter().open(); Statement statement = owner.createStatement()) {
            statement.execute("ALTER TABLE categories ADD COLUMN e2e_note text DEFAULT 'added'");
        }
        JsonNode afterChange = sql(ANALYST, sql, Map.of());

        assertThat(completion(afterChange).data().cached()).isFalse();
        List<String> columns = new ArrayList<>();
        afterChange.path("columns").forEach(column -> columns.add(column.path("name").asText()));
        assertThat(columns).contains("e2e_note");
    }

    @Test
    void aBusyDatabaseRefusesNewReadsWithRetryAndTheRefusalIsInTheHistory() throws Exception {
        String sql = "SELECT count(*) FROM orders";
        JsonNode refused;
        List<Statement> sleepers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(MAX_ACTIVE);
        try {
            for (int i = 0; i < MAX_ACTIVE; i++) {
                Connection connection = system.postgresSuperuser("sample").open();
                Statement sleeper = connection.createStatement();
                sleepers.add(sleeper);
                pool.submit(() -> {
                    try (connection; sleeper) {
                        sleeper.execute("SELECT pg_sleep(120) /* e2e load */");
                    }
                    return null;
                });
            }
            awaitActiveSleepers(MAX_ACTIVE);
            Thread.sleep(500); // one load sample interval (0.2 s) and some

            refused = sql(ANALYST, sql, Map.of("Cache-Control", "no-cache"));
        } finally {
            for (Statement sleeper : sleepers) {
                sleeper.cancel();
            }
            pool.shutdown();
        }

        assertThat(refused.path("status").asText()).as(refused.toString()).isEqualTo("FAILED");
        assertThat(refused.path("error").path("code").asText()).isEqualTo("BUSY");
        assertThat(refused.path("error").path("message").asText()).contains("database is busy");
        assertThat(refused.path("error").path("hint").asText()).isEqualTo("Retry in a few seconds.");
        assertThat(history(refused.path("requestId").asText()))
                .containsEntry("user_id", "alice").containsEntry("kind", "SQL").containsEntry("text", sql)
                .containsEntry("status", "FAILED").containsEntry("error_code", "BUSY")
                .containsEntry("error_message", refused.path("error").path("message").asText())
                .containsEntry("error_step", "execution");

        JsonNode afterwards = null;
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            afterwards = sql(ANALYST, sql, Map.of("Cache-Control", "no-cache"));
            if ("COMPLETED".equals(afterwards.path("status").asText())) {
                break;
            }
            Thread.sleep(300);
        }
        assertThat(afterwards.path("status").asText()).as("once the load is gone: " + afterwards)
                .isEqualTo("COMPLETED");
    }

    @Test
    void aRefusedStatementIsInTheHistoryWithTheUserTheTextAndTheReason() throws Exception {
        String hostile = "SELECT * FROM customers; DELETE FROM orders";

        JsonNode refused = sql(ANALYST, hostile, Map.of());

        assertThat(refused.path("status").asText()).as(refused.toString()).isEqualTo("FAILED");
        assertThat(history(refused.path("requestId").asText()))
                .containsEntry("user_id", "alice").containsEntry("text", hostile).containsEntry("status", "FAILED")
                .containsEntry("error_code", "SQL_REJECTED")
                .containsEntry("error_message", refused.path("error").path("message").asText())
                .hasEntrySatisfying("error_hint", hint -> assertThat(hint).startsWith("Refused as "));
    }

    private static JsonNode ask(String token, String question, Map<String, String> headers) throws Exception {
        return post(token, "/api/v1/ask", Map.of("question", question), headers);
    }

    private static JsonNode sql(String token, String sql, Map<String, String> headers) throws Exception {
        return post(token, "/api/v1/sql", Map.of("sql", sql), headers);
    }

    private static JsonNode post(String token, String path, Map<String, Object> body, Map<String, String> headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(system.gatewayUrl().resolve(path))
                .timeout(Duration.ofSeconds(90))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(GatewayClient.JSON.writeValueAsString(body)));
        headers.forEach(request::header);
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return GatewayClient.JSON.readTree(response.body());
    }

    /** The execution.completed event of the request, read from Kafka as any subscriber would. */
    private static EventEnvelope<ExecutionCompleted> completion(JsonNode answer) {
        String requestId = answer.path("requestId").asText();
        return new KafkaProbe(system.kafkaBootstrapServers())
                .readUntil(EventType.EXECUTION_COMPLETED.topic(), record -> record.value().contains(requestId),
                        Duration.ofSeconds(30))
                .stream()
                .filter(record -> record.value().contains(requestId))
                .map(record -> EventCodec.<ExecutionCompleted>decode(record.value(), EventType.EXECUTION_COMPLETED))
                .filter(event -> event.requestId().equals(requestId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no execution.completed for " + answer));
    }

    /** The request's row in the gateway's history table, once it is stored as ended. */
    private static Map<String, String> history(String requestId) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        Map<String, String> row = Map.of();
        while (Instant.now().isBefore(deadline)) {
            row = historyRow(requestId);
            if (!row.isEmpty() && !"RUNNING".equals(row.get("status"))) {
                return row;
            }
            Thread.sleep(200);
        }
        return row;
    }

    private static Map<String, String> historyRow(String requestId) throws SQLException {
        try (Connection connection = system.systemDatabase().open();
                PreparedStatement query = connection.prepareStatement("""
                        SELECT user_id, kind, text, status, error_code, error_message, error_hint, error_step
                        FROM gateway.request WHERE id = ?""")) {
            query.setString(1, requestId);
            try (ResultSet rows = query.executeQuery()) {
                Map<String, String> row = new LinkedHashMap<>();
                if (rows.next()) {
                    for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                        row.put(rows.getMetaData().getColumnLabel(i), rows.getString(i));
                    }
                }
                return row;
            }
        }
    }

    private static void awaitActiveSleepers(int count) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        try (Connection superuser = system.postgresSuperuser("sample").open();
                Statement statement = superuser.createStatement()) {
            while (Instant.now().isBefore(deadline)) {
                try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM pg_stat_activity"
                        + " WHERE state = 'active' AND query LIKE 'SELECT pg_sleep(120) /* e2e load */%'")) {
                    rows.next();
                    if (rows.getInt(1) >= count) {
                        return;
                    }
                }
                Thread.sleep(100);
            }
        }
        throw new AssertionError(count + " sleeping sessions did not start");
    }
}
