package io.pgwarden.deploy.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.pgwarden.contracts.event.EventCodec;
import io.pgwarden.contracts.event.EventEnvelope;
import io.pgwarden.contracts.event.EventType;
import io.pgwarden.contracts.event.QuestionAsked;
import io.pgwarden.contracts.event.RequestRef;
import io.pgwarden.deploy.PgwardenSystem;
import io.pgwarden.deploy.SystemConfig;
import io.pgwarden.deploy.service.PgwardenService;
import io.pgwarden.deploy.support.Poll;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The read lifecycle end to end: the seven real services on real PostgreSQL, Kafka and Redis, driven over HTTP like
 * a frontend, answers checked against the sample database's known contents.
 */
class ReadLifecycleIT {

    private static final String ANALYST = "analyst-token";

    private static PgwardenSystem system;
    private static GatewayClient gateway;

    @BeforeAll
    static void startTheWholeSystem() throws Exception {
        system = PgwardenSystem.start(SystemConfig.forTests()
                .allServices()
                .environment(PgwardenService.GATEWAY, "PGWARDEN_GATEWAY_RATE_LIMIT_PER_MINUTE", "10000")
                .build());
        gateway = new GatewayClient(system.gatewayUrl());
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
    void countsTheCustomers() throws Exception {
        JsonNode answer = gateway.ask(ANALYST, "How many customers are there?");

        assertThat(answer.path("status").asText()).as(answer.toString()).isEqualTo("COMPLETED");
        assertThat(answer.path("rows").toString()).isEqualTo("[[500]]");
        assertThat(answer.path("rowCount").asInt()).isEqualTo(1);
        assertThat(answer.path("sql").asText()).containsIgnoringCase("count(").contains("\"customers\"");
        assertThat(answer.path("engine").asText()).isEqualTo("deterministic");
        assertThat(answer.path("truncated").asBoolean()).isFalse();
        assertThat(answer.path("rowLimit").asInt()).isEqualTo(1000);
        assertThat(answer.path("timings").path("steps").has("execution")).isTrue();
        assertThat(answer.path("requestId").asText()).isNotBlank();
        assertThat(answer.path("sessionId").asText()).isNotBlank();
    }

    @Test
    void listsExactlyTheCustomersFromCalifornia() throws Exception {
        JsonNode answer = gateway.ask(ANALYST, "Show me all customers from California");

        assertThat(answer.path("status").asText()).as(answer.toString()).isEqualTo("COMPLETED");
        assertThat(answer.path("rowCount").asInt()).isEqualTo(87);
        int idColumn = columnIndex(answer, "id");
        int stateColumn = columnIndex(answer, "state");
        List<Long> ids = new ArrayList<>();
        for (JsonNode row : answer.path("rows")) {
            assertThat(row.get(stateColumn).asText()).isEqualTo("California");
            ids.add(row.get(idColumn).asLong());
        }
        assertThat(ids).containsExactlyElementsOf(
                longs("SELECT id FROM customers WHERE state = 'California' ORDER BY id"));
        assertThat(answer.path("parameters").toString()).contains("California");
        assertThat(answer.path("sql").asText()).doesNotContain("'California'");
    }

    @Test
    void countsWithAFilterOnAValueFoundInTheData() throws Exception {
        JsonNode answer = gateway.ask(ANALYST, "How many customers are in Texas?");

        assertThat(answer.path("status").asText()).as(answer.toString()).isEqualTo("COMPLETED");
        assertThat(answer.path("rows").toString()).isEqualTo("[[63]]");
    }

    @Test
    void listsTheTopFiveProductsByPrice() throws Exception {
        JsonNode answer = gateway.ask(ANALYST, "Top 5 products by price");

        assertThat(answer.path("status").asText()).as(answer.toString()).isEqualTo("COMPLETED");
        int name = columnIndex(answer, "name");
        List<String> names = new ArrayList<>();
        answer.path("rows").forEach(row -> names.add(row.get(name).asText()));
        assertThat(names).containsExactly("Espresso Machine", "27-inch 4K Monitor", "Adjustable Dumbbells",
                "Noise-Cancelling Headphones", "Smartwatch");
    }

    @Test
    void comparesANumericColumnWithATypedValue() throws Exception {
        JsonNode answer = gateway.ask(ANALYST, "products with price over 200");

        assertThat(answer.path("status").asText()).as(answer.toString()).isEqualTo("COMPLETED");
        int id = columnIndex(answer, "id");
        List<Long> ids = new ArrayList<>();
        answer.path("rows").forEach(row -> ids.add(row.get(id).asLong()));
        assertThat(ids).containsExactlyElementsOf(longs("SELECT id FROM products WHERE price > 200 ORDER BY id"));
        assertThat(ids).hasSize(4);
    }

    @Test
    void countsPerGroupInAStableOrder() throws Exception {
        JsonNode answer = gateway.ask(ANALYST, "number of customers per state");

        assertThat(answer.path("status").asText()).as(answer.toString()).isEqualTo("COMPLETED");
        assertThat(answer.path("rowCount").asInt()).isEqualTo(15);
        assertThat(answer.path("rows").get(0).toString()).isEqualTo("[\"Arizona\",24]");
        assertThat(answer.path("sql").asText()).containsIgnoringCase("GROUP BY");
    }

    @Test
    void runsAPowerUsersReadAsSubmitted() throws Exception {
        JsonNode answer = gateway.sql(ANALYST,
                "SELECT state, count(*) AS customers FROM customers GROUP BY state ORDER BY 2 DESC, 1");

        assertThat(answer.path("status").asText()).as(answer.toString()).isEqualTo("COMPLETED");
        assertThat(answer.path("rowCount").asInt()).isEqualTo(15);
        assertThat(answer.path("rows").get(0).toString()).isEqualTo("[\"California\",87]");
        assertThat(answer.path("rows").get(14).toString()).isEqualTo("[\"Oregon\",13]");
        assertThat(answer.path("engine").asText()).isEqualTo("user");
    }

    @Test
    void holdsASubmittedWriteForApprovalAndChangesNothing() throws Exception {
        JsonNode answer = gateway.sql(ANALYST, "DELETE FROM customers WHERE state = 'Oregon'");

        assertThat(answer.path("status").asText()).as(answer.toString()).isEqualTo("AWAITING_APPROVAL");
        assertThat(answer.path("write").path("impact").path("tables").get(0).path("deleted").asLong()).isEqualTo(13);
        assertThat(longs("SELECT count(*) FROM customers WHERE state = 'Oregon'")).containsExactly(13L);
    }

    @Test
    void theAnswerToAClarificationContinuesTheSameRequest() throws Exception {
        JsonNode asked = gateway.ask(ANALYST, "how many custmers are there");
        assertThat(asked.path("status").asText()).as(asked.toString()).isEqualTo("NEEDS_CLARIFICATION");
        assertThat(asked.path("clarification").path("options").size()).isPositive();
        String requestId = asked.path("requestId").asText();

        GatewayClient.Reply unknownOption = gateway.post(ANALYST, "/api/v1/requests/" + requestId + "/clarify",
                "{\"option\": 99}");
        assertThat(unknownOption.status()).as(unknownOption.raw()).isEqualTo(400);

        GatewayClient.Reply answered = gateway.post(ANALYST, "/api/v1/requests/" + requestId + "/clarify",
                "{\"option\": 1}");
        assertThat(answered.status()).as(answered.raw()).isEqualTo(200);
        assertThat(answered.body().path("requestId").asText()).isEqualTo(requestId);
        assertThat(answered.body().path("status").asText()).isEqualTo("COMPLETED");
        assertThat(answered.body().path("rows").toString()).isEqualTo("[[500]]");

        JsonNode history = gateway.get(ANALYST, "/api/v1/sessions/" + asked.path("sessionId").asText()
                + "/requests").body();
        assertThat(history.path("requests").size()).as(history.toString()).isEqualTo(1);
        assertThat(history.path("requests").get(0).path("status").asText()).isEqualTo("COMPLETED");
        GatewayClient.Reply again = gateway.post(ANALYST, "/api/v1/requests/" + requestId + "/clarify",
                "{\"option\": 1}");
        assertThat(again.status()).as(again.raw()).isEqualTo(409);
    }

    @Test
    void refusesStackedStatementsBeforeAnythingRuns() throws Exception {
        JsonNode answer = gateway.sql(ANALYST, "SELECT 1; DROP TABLE customers");

        assertThat(answer.path("status").asText()).as(answer.toString()).isEqualTo("FAILED");
        assertThat(answer.path("error").path("code").asText()).isEqualTo("SQL_REJECTED");
        assertThat(longs("SELECT count(*) FROM customers")).containsExactly(500L);
    }

    @Test
    void saysWhichWordsItDidNotUnderstandInsteadOfGuessing() throws Exception {
        JsonNode answer = gateway.ask(ANALYST, "How many spaceships are there?");

        assertThat(answer.path("status").asText()).as(answer.toString()).isEqualTo("FAILED");
        assertThat(answer.path("error").path("code").asText()).isEqualTo("NOT_UNDERSTOOD");
        assertThat(answer.path("error").path("message").asText()).contains("spaceships");
        assertThat(answer.path("sql").isMissingNode() || answer.path("sql").isNull()).isTrue();
    }

    @Test
    void namesTheUnknownTableInSubmittedSql() throws Exception {
        JsonNode answer = gateway.sql(ANALYST, "SELECT * FROM spaceships");

        assertThat(answer.path("status").asText()).as(answer.toString()).isEqualTo("FAILED");
        assertThat(answer.path("error").path("code").asText()).isEqualTo("UNKNOWN_SCHEMA_ELEMENT");
        assertThat(answer.path("error").path("message").asText()).contains("spaceships");
    }

    @Test
    void refusesARequestWithoutAToken() throws Exception {
        GatewayClient.Reply reply = gateway.post(null, "/api/v1/ask", "{\"question\":\"How many customers?\"}");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.contentType()).contains("application/problem+json");
        assertThat(reply.body().path("code").asText()).isEqualTo("UNAUTHENTICATED");
        assertThat(reply.raw()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void answersAMalformedBodyWithAProblemThatSaysWhatWasWrong() throws Exception {
        GatewayClient.Reply reply = gateway.post(ANALYST, "/api/v1/ask", "{\"question\": ");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).contains("application/problem+json");
        assertThat(reply.body().path("code").asText()).isEqualTo("BAD_REQUEST");
        assertThat(reply.body().path("detail").asText()).isNotBlank();
        assertThat(reply.raw()).doesNotContain("\tat ");
    }

    @Test
    void answersAnAsynchronousQuestionThroughPollingAndKeepsItInTheSessionHistory() throws Exception {
        String session = UUID.randomUUID().toString();
        GatewayClient.Reply accepted = gateway.post(ANALYST, "/api/v1/sessions/" + session + "/questions",
                "{\"question\":\"How many products are there?\"}");
        assertThat(accepted.status()).isEqualTo(202);
        String requestId = accepted.body().path("requestId").asText();

        JsonNode state = pollUntilDone(requestId);

        assertThat(state.path("status").asText()).as(state.toString()).isEqualTo("COMPLETED");
        assertThat(state.path("rows").toString()).isEqualTo("[[50]]");
        JsonNode history = gateway.get(ANALYST, "/api/v1/sessions/" + session + "/requests").body();
        assertThat(history.toString()).contains(requestId);
    }

    @Test
    void anotherUserCannotReadSomeoneElsesRequest() throws Exception {
        String requestId = gateway.ask(ANALYST, "How many categories are there?").path("requestId").asText();

        GatewayClient.Reply reply = gateway.get("manager-token", "/api/v1/requests/" + requestId);

        assertThat(reply.status()).isIn(403, 404);
        assertThat(reply.raw()).doesNotContain("categories");
    }

    @Test
    void replaysARequestsLifecycleOverServerSentEvents() throws Exception {
        String requestId = gateway.ask(ANALYST, "How many orders are there?").path("requestId").asText();

        GatewayClient.Reply stream = gateway.get(ANALYST, "/api/v1/requests/" + requestId + "/events");

        assertThat(stream.status()).isEqualTo(200);
        assertThat(stream.raw())
                .contains("pgwarden.request.question-asked")
                .contains("pgwarden.intent.extracted")
                .contains("pgwarden.schema.context-ready")
                .contains("pgwarden.query.built")
                .contains("pgwarden.execution.completed");
        assertThat(stream.raw().indexOf("pgwarden.intent.extracted"))
                .isLessThan(stream.raw().indexOf("pgwarden.execution.completed"));
    }

    @Test
    void streamsASessionsEventsOverAWebSocket() throws Exception {
        String session = UUID.randomUUID().toString();
        List<String> frames = new CopyOnWriteArrayList<>();
        CountDownLatch completed = new CountDownLatch(1);
        URI socketUrl = URI.create(system.gatewayUrl().toString().replace("http://", "ws://")
                + "/ws/sessions/" + session + "?token=" + ANALYST);
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(socketUrl, new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        frames.add(data.toString());
                        if (data.toString().contains(EventType.EXECUTION_COMPLETED.typeName())) {
                            completed.countDown();
                        }
                        webSocket.request(1);
                        return null;
                    }
                }).get(10, TimeUnit.SECONDS);
        String requestId;
        try {
            GatewayClient.Reply accepted = gateway.post(ANALYST, "/api/v1/sessions/" + session + "/questions",
                    "{\"question\":\"How many categories are there?\"}");
            assertThat(accepted.status()).isEqualTo(202);
            requestId = accepted.body().path("requestId").asText();

            assertThat(completed.await(60, TimeUnit.SECONDS)).as("frames: %s", frames).isTrue();
        } finally {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
        assertThat(frames).anyMatch(frame -> frame.contains(EventType.INTENT_EXTRACTED.typeName()));
        assertThat(frames).allMatch(frame -> frame.contains(requestId));
    }

    @Test
    void aTargetDatabaseThatRefusesConnectionsEndsTheRequestWithAClearError() throws Exception {
        try (Connection admin = system.postgresSuperuser("postgres").open();
                Statement statement = admin.createStatement()) {
            statement.execute("ALTER DATABASE sample ALLOW_CONNECTIONS false");
            statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    + " WHERE datname = 'sample' AND pid <> pg_backend_pid()");
            try {
                JsonNode answer = gateway.ask(ANALYST, "How many customers are there?");

                assertThat(answer.path("status").asText()).as(answer.toString()).isEqualTo("FAILED");
                assertThat(answer.path("error").path("code").asText()).isEqualTo("DEPENDENCY_DOWN");
                assertThat(answer.path("error").path("message").asText()).contains("target database");
                assertThat(answer.path("error").path("hint").asText()).isNotBlank();
            } finally {
                statement.execute("ALTER DATABASE sample ALLOW_CONNECTIONS true");
            }
        }
        JsonNode recovered = gateway.ask(ANALYST, "How many customers are there?");
        assertThat(recovered.path("status").asText()).as(recovered.toString()).isEqualTo("COMPLETED");
    }

    @Test
    void aRedeliveredQuestionIsUnderstoodOnlyOnce() throws Exception {
        KafkaProbe kafka = new KafkaProbe(system.kafkaBootstrapServers());
        String session = UUID.randomUUID().toString();
        EventEnvelope<QuestionAsked> asked = EventEnvelope.first(EventType.QUESTION_ASKED, "/e2e-test",
                new RequestRef(UUID.randomUUID().toString(), session, "alice"),
                new QuestionAsked("How many customers are there?"));
        EventEnvelope<QuestionAsked> marker = EventEnvelope.first(EventType.QUESTION_ASKED, "/e2e-test",
                new RequestRef(UUID.randomUUID().toString(), session, "alice"),
                new QuestionAsked("How many products are there?"));

        kafka.send(EventType.QUESTION_ASKED.topic(), session, EventCodec.encode(asked));
        kafka.send(EventType.QUESTION_ASKED.topic(), session, EventCodec.encode(asked));
        // Same key, same partition: once the marker is understood, both copies before it have been handled.
        kafka.send(EventType.QUESTION_ASKED.topic(), session, EventCodec.encode(marker));
        List<ConsumerRecord<String, String>> extracted = kafka.readUntil(EventType.INTENT_EXTRACTED.topic(),
                record -> record.value().contains(marker.requestId()), Duration.ofSeconds(60));

        assertThat(extracted).anyMatch(record -> record.value().contains(marker.requestId()));
        assertThat(extracted).filteredOn(record -> record.value().contains(asked.requestId())).hasSize(1);
    }

    @Test
    void aRecordThatIsNotAnEventIsParkedOnTheDeadLetterTopicWithTheReason() throws Exception {
        KafkaProbe kafka = new KafkaProbe(system.kafkaBootstrapServers());
        String garbage = "not an event " + UUID.randomUUID();

        kafka.send(EventType.QUESTION_ASKED.topic(), "some-session", garbage);
        List<ConsumerRecord<String, String>> parked = kafka.readUntil(EventType.QUESTION_ASKED.deadLetterTopic(),
                record -> garbage.equals(record.value()), Duration.ofSeconds(60));

        ConsumerRecord<String, String> record = parked.stream().filter(r -> garbage.equals(r.value())).findFirst()
                .orElseThrow(() -> new AssertionError("not on " + EventType.QUESTION_ASKED.deadLetterTopic()));
        assertThat(record.headers().lastHeader("dead-letter-reason")).isNotNull();
        assertThat(new String(record.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                .isNotBlank();
    }

    private static JsonNode pollUntilDone(String requestId) {
        JsonNode[] state = new JsonNode[1];
        Poll.every(Duration.ofMillis(200)).until(() -> {
            try {
                state[0] = gateway.get(ANALYST, "/api/v1/requests/" + requestId).body();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return !"RUNNING".equals(state[0].path("status").asText());
        }, () -> false, Instant.now().plus(Duration.ofSeconds(60)));
        return state[0];
    }

    private static int columnIndex(JsonNode answer, String name) {
        JsonNode columns = answer.path("columns");
        for (int i = 0; i < columns.size(); i++) {
            if (name.equals(columns.get(i).path("name").asText())) {
                return i;
            }
        }
        throw new AssertionError("no column " + name + " in " + columns);
    }

    private static List<Long> longs(String sql) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (Connection connection = system.targetDatabase().open();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getLong(1));
            }
        }
        return values;
    }
}
