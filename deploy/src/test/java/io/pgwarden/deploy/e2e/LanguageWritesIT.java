package io.pgwarden.deploy.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.pgwarden.deploy.PgwardenSystem;
import io.pgwarden.deploy.SystemConfig;
import io.pgwarden.deploy.service.PgwardenService;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Writes and meta-questions asked in plain language through the gateway, against the whole system: a write stops
 * for approval with its measured impact and changes nothing before that; questions about the schema are answered
 * from the catalog as the reading role sees it.
 */
class LanguageWritesIT {

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
    void aPriceIncreaseForACategoryWaitsForApprovalWithItsImpact() throws Exception {
        long electronics = count("SELECT count(*) FROM products p JOIN categories c ON c.id = p.category_id"
                + " WHERE c.name = 'Electronics'");
        String pricesBefore = text("SELECT string_agg(price::text, ',' ORDER BY id) FROM products");

        JsonNode waiting = awaitApproval(gateway.ask(ANALYST, "increase prices by 10% for category Electronics"));

        JsonNode impact = waiting.path("write").path("impact");
        assertThat(impact.isMissingNode()).as(waiting.toString()).isFalse();
        assertThat(rowsOf(impact.path("tables"), "public.products")).isEqualTo(electronics);
        assertThat(text("SELECT string_agg(price::text, ',' ORDER BY id) FROM products"))
                .as("nothing changes before approval").isEqualTo(pricesBefore);
    }

    @Test
    void anUpdateOfOneRowAndADeleteByDateWaitForApproval() throws Exception {
        int order = (int) count("SELECT min(id) FROM orders WHERE status = 'pending'");
        String cutoff = java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusMonths(6) + "T00:00";

        JsonNode update = awaitApproval(gateway.ask(ANALYST, "set the status of order " + order + " to shipped"));
        JsonNode delete = awaitApproval(gateway.ask(ANALYST, "delete all orders older than 6 months"));

        assertThat(update.path("sql").asText()).contains("UPDATE \"public\".\"orders\"\nSET \"status\" = ?\nWHERE \"id\" = ?");
        assertThat(rowsOf(update.path("write").path("impact").path("tables"), "public.orders")).isEqualTo(1);
        assertThat(delete.path("sql").asText()).contains("DELETE FROM \"public\".\"orders\"\nWHERE \"order_date\" < ?");
        assertThat(delete.path("parameters").get(0).path("value").asText()).startsWith(cutoff);
        String boundCutoff = delete.path("parameters").get(0).path("value").asText();
        long older = count("SELECT count(*) FROM orders WHERE order_date < '" + boundCutoff.replace("'", "")
                + "'");
        assertThat(older).isPositive();
        assertThat(delete.path("write").path("impact").path("method").asText()).as(delete.toString())
                .isEqualTo("DRY_RUN");
        assertThat(rowsOf(delete.path("write").path("impact").path("tables"), "public.orders")).isEqualTo(older);
        assertThat(text("SELECT status FROM orders WHERE id = " + order)).isEqualTo("pending");
    }

    @Test
    void aWriteThatCannotBeGroundedFailsAndSaysWhichWords() throws Exception {
        JsonNode answer = gateway.ask(ANALYST, "delete customers who complained loudly");
        JsonNode failed = gateway.untilStatus(ANALYST, answer.path("requestId").asText(), "FAILED");

        assertThat(failed.path("status").asText()).as(failed.toString()).isEqualTo("FAILED");
        assertThat(failed.toString()).contains("complained");
    }

    @Test
    void metaQuestionsAreAnsweredFromTheCatalog() throws Exception {
        JsonNode tables = completed("which tables are there?");
        JsonNode columns = completed("what columns does orders have?");
        JsonNode related = completed("how is orders related to customers?");

        assertThat(column(tables, "table")).contains("customers", "orders", "products", "categories");
        assertThat(column(columns, "column")).contains("id", "customer_id", "order_date", "status");
        assertThat(column(related, "from_table")).containsOnly("public.orders");
        assertThat(column(related, "to_table")).containsOnly("public.customers");
        assertThat(column(related, "from_columns")).containsExactly("customer_id");
    }

    private static JsonNode awaitApproval(JsonNode answer) throws Exception {
        String requestId = answer.path("requestId").asText();
        JsonNode view = gateway.untilStatus(ANALYST, requestId, "AWAITING_APPROVAL", "FAILED", "COMPLETED");
        assertThat(view.path("status").asText()).as(view.toString()).isEqualTo("AWAITING_APPROVAL");
        return view;
    }

    private static JsonNode completed(String question) throws Exception {
        JsonNode answer = gateway.ask(ANALYST, question);
        JsonNode view = "COMPLETED".equals(answer.path("status").asText()) ? answer
                : gateway.untilStatus(ANALYST, answer.path("requestId").asText(), "COMPLETED", "FAILED");
        assertThat(view.path("status").asText()).as(question + " -> " + view).isEqualTo("COMPLETED");
        return view;
    }

    private static List<String> column(JsonNode answer, String name) {
        JsonNode columns = answer.path("columns");
        int index = -1;
        for (int i = 0; i < columns.size(); i++) {
            if (name.equals(columns.get(i).path("name").asText())) {
                index = i;
            }
        }
        assertThat(index).as("no column " + name + " in " + answer).isNotNegative();
        List<String> values = new ArrayList<>();
        for (JsonNode row : answer.path("rows")) {
            values.add(row.get(index).asText());
        }
        return values;
    }

    /** The rows the impact report says the statement changes in {@code table}, over every entry for it. */
    private static long rowsOf(JsonNode tables, String table) {
        long rows = 0;
        boolean found = false;
        for (JsonNode entry : tables) {
            if (table.equals(entry.path("table").asText())) {
                found = true;
                rows += entry.path("inserted").asLong() + entry.path("updated").asLong()
                        + entry.path("deleted").asLong();
            }
        }
        assertThat(found).as("no impact on " + table + " in " + tables).isTrue();
        return rows;
    }

    private static long count(String sql) throws SQLException {
        return Long.parseLong(text(sql));
    }

    private static String text(String sql) throws SQLException {
        try (Connection connection = system.postgresSuperuser("sample").open();
                PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getString(1);
        }
    }
}
