package io.pgwarden.deploy.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.pgwarden.deploy.PgwardenSystem;
import io.pgwarden.deploy.SystemConfig;
import io.pgwarden.deploy.service.PgwardenService;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Query quality on the read path (issue 3): every answer carries PostgreSQL's cost and row estimate, and a read that
 * scans a large table in full to filter on an unindexed column comes with an index suggestion. The sample's orders
 * table (2,000 rows, analyzed) counts as large here because the threshold is lowered to 1,000 rows.
 */
class QueryQualityIT {

    private static final String ANALYST = "analyst-token";

    private static PgwardenSystem system;
    private static GatewayClient gateway;

    @BeforeAll
    static void startTheSystemWithALowLargeTableThreshold() throws Exception {
        system = PgwardenSystem.start(SystemConfig.forTests()
                .allServices()
                .environment(PgwardenService.GATEWAY, "PGWARDEN_GATEWAY_RATE_LIMIT_ENABLED", "false")
                .environment(PgwardenService.EXECUTION, "PGWARDEN_EXECUTION_READ_LARGE_TABLE_ROWS", "1000")
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
    void aFullScanOfALargeTableOnAnUnindexedColumnComesWithAnIndexSuggestionAlsoWhenCached() throws Exception {
        String unindexed = "SELECT id, status FROM orders WHERE shipped_date = DATE '2026-03-01'";

        JsonNode answer = completed(gateway.sql(ANALYST, unindexed));
        JsonNode again = completed(gateway.sql(ANALYST, unindexed));
        JsonNode stored = gateway.request(ANALYST, again.path("requestId").asText());

        JsonNode plan = answer.path("plan");
        assertThat(plan.path("totalCost").asDouble()).as(answer.toString()).isPositive();
        assertThat(plan.has("estimatedRows")).as(answer.toString()).isTrue();
        assertThat(suggestions(plan)).containsExactly("public.orders is scanned in full (≈2,000 rows) to filter on"
                + " shipped_date; an index on orders(shipped_date) would avoid it");
        assertThat(again.path("plan")).as("the cached answer reports the plan of the run that was cached")
                .isEqualTo(plan);
        assertThat(stored.path("plan")).as("GET /requests/{id}").isEqualTo(plan);
    }

    @Test
    void noSuggestionWhenAnIndexLeadsWithTheColumnOrTheFilterKeepsMostRows() throws Exception {
        JsonNode indexed = completed(gateway.sql(ANALYST, "SELECT id FROM orders WHERE customer_id = 7"));
        JsonNode broad = completed(gateway.sql(ANALYST,
                "SELECT count(*) AS n FROM orders WHERE shipped_date IS NULL OR shipped_date > DATE '1900-01-01'"));

        assertThat(indexed.path("plan").path("totalCost").asDouble()).as(indexed.toString()).isPositive();
        assertThat(suggestions(indexed.path("plan"))).as(indexed.toString()).isEmpty();
        assertThat(broad.path("plan").path("estimatedRows").asLong()).as(broad.toString()).isEqualTo(1);
        assertThat(suggestions(broad.path("plan"))).as(broad.toString()).isEmpty();
    }

    private static JsonNode completed(JsonNode answer) {
        assertThat(answer.path("status").asText()).as(answer.toString()).isEqualTo("COMPLETED");
        return answer;
    }

    private static List<String> suggestions(JsonNode plan) {
        assertThat(plan.path("suggestions").isArray()).as(plan.toString()).isTrue();
        List<String> texts = new ArrayList<>();
        plan.path("suggestions").forEach(suggestion -> texts.add(suggestion.asText()));
        return texts;
    }
}
