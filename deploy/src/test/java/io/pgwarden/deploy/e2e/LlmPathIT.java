package io.pgwarden.deploy.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.pgwarden.deploy.PgwardenSystem;
import io.pgwarden.deploy.SystemConfig;
import io.pgwarden.deploy.service.PgwardenService;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The LLM path end to end: intent-service points at recorded OpenAI-compatible exchanges served on localhost (no
 * network, no key), the whole system runs on real PostgreSQL, Kafka and Redis. A question the deterministic engine
 * does not understand is answered by the "llm" engine after EXPLAIN on the real target database rejected the
 * model's first statement and the correction passed; the rows are the database's own.
 */
class LlmPathIT {

    private static final String ANALYST = "analyst-token";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static RecordedExchanges llm;
    private static PgwardenSystem system;
    private static GatewayClient gateway;

    @BeforeAll
    static void startTheSystemWithARecordedModel() throws Exception {
        llm = new RecordedExchanges();
        system = PgwardenSystem.start(SystemConfig.forTests()
                .allServices()
                .environment(PgwardenService.INTENT, "PGWARDEN_LLM_BASE_URL", llm.baseUrl())
                .environment(PgwardenService.INTENT, "PGWARDEN_LLM_API_KEY", "recorded-exchanges-need-no-key")
                .environment(PgwardenService.INTENT, "PGWARDEN_LLM_MODEL", "llama-3.3-70b-versatile")
                .build());
        gateway = new GatewayClient(system.gatewayUrl());
        JsonNode warm = GatewayClient.untilCompleted(() -> gateway.ask(ANALYST, "How many categories are there?"));
        assertThat(warm.path("status").asText()).as(warm.toString()).isEqualTo("COMPLETED");
        assertThat(warm.path("engine").asText()).isEqualTo("deterministic");
        assertThat(llm.requests).as("the deterministic engine answered without the model").isEmpty();
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
        }
        if (llm != null) {
            llm.close();
        }
    }

    @Test
    void aQuestionTheDeterministicEngineRefusesIsAnsweredByTheLlmEngineWithTheRightRows() throws Exception {
        llm.queue("e2e-cheap-products-type-error.json", "e2e-cheap-products.json");

        JsonNode answer = gateway.ask(ANALYST, "products cheaper than 20");

        assertThat(answer.path("status").asText()).as(answer.toString()).isEqualTo("COMPLETED");
        assertThat(answer.path("engine").asText()).isEqualTo("llm");
        int name = columnIndex(answer, "name");
        List<String> names = new ArrayList<>();
        answer.path("rows").forEach(row -> names.add(row.get(name).asText()));
        List<String> expected = strings("SELECT name FROM products WHERE price < 20 ORDER BY price, name");
        assertThat(expected).isNotEmpty();
        assertThat(names).containsExactlyElementsOf(expected);
        assertThat(answer.path("sql").asText()).contains("-- llm: ", "CAST(? AS integer)").doesNotContain("< 20");
        assertThat(answer.path("parameters").toString()).contains("20");

        assertThat(llm.requests).hasSize(2);
        JsonNode correction = llm.requests.get(1).path("messages");
        String feedback = correction.get(correction.size() - 1).path("content").asText();
        assertThat(feedback).contains("PostgreSQL could not plan it", "operator does not exist");
        String prompt = llm.requests.get(0).path("messages").get(1).path("content").asText();
        assertThat(prompt).contains("TABLE public.products", "Question: products cheaper than 20");
    }

    private static int columnIndex(JsonNode answer, String column) {
        JsonNode columns = answer.path("columns");
        for (int i = 0; i < columns.size(); i++) {
            JsonNode c = columns.get(i);
            if (column.equals(c.isTextual() ? c.asText() : c.path("name").asText())) {
                return i;
            }
        }
        throw new AssertionError("no column " + column + " in " + answer);
    }

    private static List<String> strings(String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection connection = system.targetDatabase().open();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    /** Recorded chat completion exchanges (src/test/resources/llm/), answered in the order queued. */
    private static final class RecordedExchanges implements AutoCloseable {

        final List<JsonNode> requests = new CopyOnWriteArrayList<>();
        private final ConcurrentLinkedDeque<JsonNode> queued = new ConcurrentLinkedDeque<>();
        private final HttpServer server;

        RecordedExchanges() throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/v1/chat/completions", this::serve);
            server.start();
        }

        String baseUrl() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
        }

        void queue(String... files) throws IOException {
            for (String file : files) {
                try (InputStream in = LlmPathIT.class.getResourceAsStream("/llm/" + file)) {
                    queued.add(JSON.readTree(in));
                }
            }
        }

        private void serve(HttpExchange exchange) throws IOException {
            try (exchange) {
                requests.add(JSON.readTree(exchange.getRequestBody().readAllBytes()));
                JsonNode recorded = queued.poll();
                int status = recorded == null ? 500 : recorded.path("response").path("status").asInt();
                String body = recorded == null ? "{\"error\":{\"message\":\"no recorded exchange left\"}}"
                        : JSON.writeValueAsString(recorded.path("response").path("body"));
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(status, bytes.length);
                exchange.getResponseBody().write(bytes);
            }
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
