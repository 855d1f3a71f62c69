package io.pgwarden.deploy.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.pgwarden.deploy.PgwardenSystem;
import io.pgwarden.deploy.SystemConfig;
import io.pgwarden.deploy.service.PgwardenService;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Follow-up questions through the whole system: intent-service keeps each session's turns with their intents in
 * Redis, and a question that refines the previous one ("only those in San Diego", "how many is that?") is answered
 * over it. Counts are the sample database's documented ones (87 customers in California, 12 of them in San Diego).
 */
class FollowUpIT {

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
    void aFollowUpRefinesThePreviousQuestionOfTheSameSession() throws Exception {
        String session = "follow-up-" + UUID.randomUUID();

        JsonNode first = ask("Show me all customers from California", session);
        assertThat(first.path("status").asText()).as(first.toString()).isEqualTo("COMPLETED");
        assertThat(first.path("rowCount").asInt()).isEqualTo(87);

        JsonNode narrowed = ask("only those in San Diego", session);
        assertThat(narrowed.path("status").asText()).as(narrowed.toString()).isEqualTo("COMPLETED");
        assertThat(narrowed.path("rowCount").asInt()).isEqualTo(12);
        assertThat(narrowed.path("sql").asText()).contains("\"state\"").contains("\"city\"");

        JsonNode counted = ask("how many is that?", session);
        assertThat(counted.path("status").asText()).as(counted.toString()).isEqualTo("COMPLETED");
        assertThat(counted.path("rows").toString()).isEqualTo("[[12]]");
    }

    @Test
    void aFollowUpWithNoPreviousQuestionIsNotAnswered() throws Exception {
        JsonNode alone = ask("how many is that?", "fresh-" + UUID.randomUUID());

        assertThat(alone.path("status").asText()).as(alone.toString()).isEqualTo("FAILED");
        assertThat(alone.path("error").path("code").asText()).isEqualTo("NOT_UNDERSTOOD");
    }

    private static JsonNode ask(String question, String session) throws Exception {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("question", question);
        body.put("sessionId", session);
        JsonNode answer = gateway.post(ANALYST, "/api/v1/ask", GatewayClient.JSON.writeValueAsString(body)).body();
        String requestId = answer.path("requestId").asText();
        return answer.path("status").asText().equals("COMPLETED") || answer.path("status").asText().equals("FAILED")
                ? answer : gateway.untilStatus(ANALYST, requestId, "COMPLETED", "FAILED");
    }
}
