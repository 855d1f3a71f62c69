package io.pgwarden.deploy.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.pgwarden.contracts.approval.ApprovalLevel;
import io.pgwarden.contracts.approval.ApprovalOutcome;
import io.pgwarden.contracts.event.ApprovalDecided;
import io.pgwarden.contracts.event.EventCodec;
import io.pgwarden.contracts.event.EventEnvelope;
import io.pgwarden.contracts.event.EventType;
import io.pgwarden.contracts.event.RequestRef;
import io.pgwarden.contracts.impact.ImpactMethod;
import io.pgwarden.contracts.impact.ImpactReport;
import io.pgwarden.contracts.impact.TableImpact;
import io.pgwarden.contracts.intent.RiskLevel;
import io.pgwarden.contracts.plan.WorkflowPlan;
import io.pgwarden.contracts.sql.StatementKind;
import io.pgwarden.deploy.PgwardenSystem;
import io.pgwarden.deploy.SystemConfig;
import io.pgwarden.deploy.service.PgwardenService;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The write lifecycle end to end, driven over HTTP like a frontend: SQL that changes data stops for an impact
 * analysis and a human approval routed by risk, runs once with a backup, and can be rolled back to the very same data.
 */
class WriteLifecycleIT {

    private static final String ANALYST = "analyst-token";
    private static final String LEAD = "lead-token";
    private static final Map<String, String> TOKEN_OF_LEVEL = Map.of(
            ApprovalLevel.TEAM_LEAD.name(), LEAD,
            ApprovalLevel.MANAGER.name(), "manager-token",
            ApprovalLevel.DIRECTOR.name(), "director-token");

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
    void anApprovedDeleteRunsWithItsCascadesAndARollbackRestoresTheSameData() throws Exception {
        int customer = customerWithOrders(3);
        Map<String, Long> expected = nonZero(Map.of(
                "public.orders", count("SELECT count(*) FROM orders WHERE customer_id = ?", customer),
                "public.order_items", count("SELECT count(*) FROM order_items i JOIN orders o ON o.id = i.order_id"
                        + " WHERE o.customer_id = ?", customer),
                "public.order_status_history", count("SELECT count(*) FROM order_status_history h JOIN orders o"
                        + " ON o.id = h.order_id WHERE o.customer_id = ?", customer)));
        assertThat(expected).containsKeys("public.orders", "public.order_items");
        DatabaseFingerprint before = userData();

        JsonNode waiting = gateway.sql(ANALYST, "DELETE FROM orders WHERE customer_id = " + customer);

        assertThat(waiting.path("status").asText()).as(waiting.toString()).isEqualTo("AWAITING_APPROVAL");
        JsonNode impact = waiting.path("write").path("impact");
        assertThat(impact.path("method").asText()).isEqualTo(ImpactMethod.DRY_RUN.name());
        assertThat(deletedPerTable(impact.path("tables"))).isEqualTo(expected);
        assertThat(userData().differencesFrom(before)).as("the dry run left no trace").isEmpty();

        String requestId = waiting.path("requestId").asText();
        JsonNode done = approveAndAwait(ANALYST, waiting, "COMPLETED");

        JsonNode outcome = done.path("write").path("outcome");
        assertThat(deletedPerTable(outcome.path("tables"))).isEqualTo(expected);
        assertThat(outcome.path("backupId").asText()).isNotBlank();
        assertThat(outcome.path("lsn").asText()).matches("[0-9A-F]+/[0-9A-F]+");
        assertThat(count("SELECT count(*) FROM orders WHERE customer_id = ?", customer)).isZero();

        GatewayClient.Reply rollback = gateway.rollback(ANALYST, requestId, false, "deleted the wrong customer");
        assertThat(rollback.status()).as(rollback.raw()).isEqualTo(202);
        assertThat(rollback.body().path("kind").asText()).isEqualTo("ROLLBACK");
        JsonNode restored = approveAndAwait(ANALYST, rollback.body(), "COMPLETED");

        JsonNode proof = restored.path("write").path("outcome").path("restoreProof");
        assertThat(proof.path("verified").asBoolean()).as(restored.toString()).isTrue();
        assertThat(proof.path("backupChecksum").asText()).isEqualTo(proof.path("restoredChecksum").asText());
        assertThat(userData().differencesFrom(before)).as("the rollback restored every row").isEmpty();
    }

    @Test
    void aDeniedWriteChangesNothingAndEndsWithTheApproversComment() throws Exception {
        DatabaseFingerprint before = userData();

        JsonNode waiting = gateway.sql(ANALYST, "UPDATE products SET price = price * 2 WHERE category_id = 1");
        assertThat(waiting.path("status").asText()).as(waiting.toString()).isEqualTo("AWAITING_APPROVAL");
        String level = waiting.path("write").path("approval").path("requiredLevel").asText();

        GatewayClient.Reply denial = gateway.decide(TOKEN_OF_LEVEL.get(level),
                waiting.path("write").path("approval").path("approvalId").asText(), "deny", "prices stay", false);
        assertThat(denial.status()).as(denial.raw()).isEqualTo(200);

        JsonNode denied = gateway.untilStatus(ANALYST, waiting.path("requestId").asText(), "DENIED");
        assertThat(denied.path("status").asText()).as(denied.toString()).isEqualTo("DENIED");
        assertThat(denied.path("write").path("approval").path("comment").asText()).isEqualTo("prices stay");
        assertThat(userData().differencesFrom(before)).isEmpty();
    }

    @Test
    void nobodyApprovesTheirOwnWriteNorAboveTheirLevel() throws Exception {
        JsonNode waiting = gateway.sql(LEAD, "UPDATE customers SET city = 'Springfield' WHERE id = 3");
        assertThat(waiting.path("status").asText()).as(waiting.toString()).isEqualTo("AWAITING_APPROVAL");
        String approvalId = waiting.path("write").path("approval").path("approvalId").asText();

        GatewayClient.Reply own = gateway.decide(LEAD, approvalId, "approve", "mine", false);
        assertThat(own.status()).as(own.raw()).isEqualTo(403);
        assertThat(own.body().path("code").asText()).isEqualTo("FORBIDDEN");

        GatewayClient.Reply analyst = gateway.decide(ANALYST, approvalId, "approve", "not my call", false);
        assertThat(analyst.status()).as(analyst.raw()).isEqualTo(403);
        assertThat(gateway.get(ANALYST, "/api/v1/approvals/" + approvalId).status())
                .as("someone who approves nothing does not see another user's write").isEqualTo(403);
        assertThat(gateway.get(ANALYST, "/api/v1/approvals").body().toString()).doesNotContain(approvalId);
        assertThat(gateway.get("manager-token", "/api/v1/approvals").body().toString()).contains(approvalId);

        GatewayClient.Reply denial = gateway.decide("manager-token", approvalId, "deny", "cleaning up", false);
        assertThat(denial.status()).as(denial.raw()).isEqualTo(200);
        GatewayClient.Reply late = gateway.decide("director-token", approvalId, "approve", "too late", false);
        assertThat(late.status()).as(late.raw()).isEqualTo(409);
        assertThat(gateway.untilStatus(LEAD, waiting.path("requestId").asText(), "DENIED").path("status").asText())
                .isEqualTo("DENIED");
    }

    @Test
    void aDeleteThatARestrictReferenceWouldBlockFailsBeforeAnyoneIsAsked() throws Exception {
        long product = count("SELECT min(product_id) FROM order_items");

        JsonNode failed = gateway.sql(ANALYST, "DELETE FROM products WHERE id = " + product);

        assertThat(failed.path("status").asText()).as(failed.toString()).isEqualTo("FAILED");
        assertThat(failed.path("error").path("code").asText()).isEqualTo("CONFLICT");
        assertThat(failed.path("error").path("step").asText()).isEqualTo("impact");
        assertThat(failed.path("error").path("message").asText()).containsIgnoringCase("order_items");
    }

    @Test
    void aForgedApprovalEventOnTheTopicAuthorisesNothing() throws Exception {
        DatabaseFingerprint before = userData();
        String requestId = UUID.randomUUID().toString();
        ImpactReport impact = new ImpactReport(ImpactMethod.DRY_RUN, null,
                List.of(new TableImpact("public.order_items", 0, 0, 5000, "statement")), 5000, List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), true, true, RiskLevel.LOW, List.of(), "", List.of());
        ApprovalDecided forged = new ApprovalDecided(UUID.randomUUID().toString(), ApprovalOutcome.APPROVED,
                ApprovalLevel.DIRECTOR, List.of("dave"), "trust me", false, false, "0".repeat(64),
                WorkflowPlan.writeFromSql(), "DELETE FROM order_items", List.of(), StatementKind.DELETE, "user",
                "127.0.0.1:1/sample", impact, null);
        EventEnvelope<ApprovalDecided> event = EventEnvelope.first(EventType.APPROVAL_DECIDED,
                "/pgwarden/approval-service", new RequestRef(requestId, "forged-session", "mallory"), forged);

        KafkaProbe kafka = new KafkaProbe(system.kafkaBootstrapServers());
        kafka.send(EventType.APPROVAL_DECIDED.topic(), "forged-session", EventCodec.encode(event));

        var seen = kafka.readUntil(EventType.REQUEST_FAILED.topic(), r -> r.value().contains(requestId),
                Duration.ofSeconds(30));
        assertThat(seen).as("execution-service refused the forged approval")
                .anyMatch(r -> r.value().contains(requestId) && r.value().contains("EXECUTION"));
        assertThat(userData().differencesFrom(before)).isEmpty();
    }

    @Test
    void aWriteWaitingOnALockShowsItsProgressAndCanBeCancelledLeavingNothing() throws Exception {
        try (Connection holder = system.postgresSuperuser("sample").open()) {
            holder.setAutoCommit(false);
            int blocker;
            try (var statement = holder.createStatement()) {
                statement.execute("SELECT 1 FROM customers WHERE id = 5 FOR UPDATE");
                try (ResultSet pid = statement.executeQuery("SELECT pg_backend_pid()")) {
                    pid.next();
                    blocker = pid.getInt(1);
                }
            }
            String cityBefore = text("SELECT city FROM customers WHERE id = 5");

            JsonNode waiting = gateway.sql(ANALYST, "UPDATE customers SET city = 'Lockville' WHERE id = 5");
            assertThat(waiting.path("status").asText()).as(waiting.toString()).isEqualTo("AWAITING_APPROVAL");
            JsonNode impact = waiting.path("write").path("impact");
            assertThat(impact.path("method").asText()).as("a dry run must not wait on locks: " + impact)
                    .isEqualTo(ImpactMethod.ESTIMATE.name());
            assertThat(impact.path("methodNote").asText()).containsIgnoringCase("lock");

            String requestId = waiting.path("requestId").asText();
            JsonNode approval = waiting.path("write").path("approval");
            GatewayClient.Reply approved = gateway.decide(TOKEN_OF_LEVEL.get(approval.path("requiredLevel").asText()),
                    approval.path("approvalId").asText(), "approve", "ok", false);
            assertThat(approved.status()).as(approved.raw()).isEqualTo(200);

            JsonNode blocked = untilProgress(requestId, blocker);
            assertThat(blocked.path("write").path("progress").path("waitEvent").asText()).as(blocked.toString())
                    .startsWith("Lock");

            GatewayClient.Reply cancel = gateway.post(ANALYST, "/api/v1/requests/" + requestId + "/cancel", "{}");
            assertThat(cancel.status()).as(cancel.raw()).isBetween(200, 202);
            JsonNode cancelled = gateway.untilStatus(ANALYST, requestId, "FAILED", "COMPLETED");
            assertThat(cancelled.path("status").asText()).as(cancelled.toString()).isEqualTo("FAILED");
            assertThat(cancelled.path("error").path("message").asText()).containsIgnoringCase("cancel");
            holder.rollback();
            assertThat(text("SELECT city FROM customers WHERE id = 5")).isEqualTo(cityBefore);
        }
    }

    @Test
    void theAuditTrailOfAllThisIsIntact() throws Exception {
        GatewayClient.Reply verify = gateway.get("director-token", "/api/v1/audit/verify");

        assertThat(verify.status()).as(verify.raw()).isEqualTo(200);
        assertThat(verify.body().path("intact").asBoolean()).as(verify.raw()).isTrue();
    }

    /** Approves a waiting write with a token of its required level and waits for the request to reach {@code end}. */
    private static JsonNode approveAndAwait(String requesterToken, JsonNode waiting, String end) throws Exception {
        String requestId = waiting.path("requestId").asText();
        JsonNode view = waiting.path("write").path("approval").isMissingNode()
                ? gateway.untilStatus(requesterToken, requestId, "AWAITING_APPROVAL") : waiting;
        JsonNode approval = view.path("write").path("approval");
        String token = TOKEN_OF_LEVEL.get(approval.path("requiredLevel").asText());
        assertThat(token).as(view.toString()).isNotNull();
        GatewayClient.Reply decision = gateway.decide(token, approval.path("approvalId").asText(), "approve",
                "checked the impact", false);
        assertThat(decision.status()).as(decision.raw()).isEqualTo(200);
        JsonNode ended = gateway.untilStatus(requesterToken, requestId, end, "FAILED", "TIMED_OUT");
        assertThat(ended.path("status").asText()).as(ended.toString()).isEqualTo(end);
        return ended;
    }

    private static Map<String, Long> deletedPerTable(JsonNode tables) {
        Map<String, Long> deleted = new HashMap<>();
        tables.forEach(t -> {
            if (t.path("deleted").asLong() > 0) {
                deleted.put(t.path("table").asText(), t.path("deleted").asLong());
            }
        });
        return deleted;
    }

    /** Polls the request until its progress shows it blocked by {@code blocker}, at most 20 s. */
    private static JsonNode untilProgress(String requestId, int blocker) throws Exception {
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(20);
        JsonNode view = gateway.request(ANALYST, requestId);
        while (!blockedBy(view, blocker) && java.time.Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            view = gateway.request(ANALYST, requestId);
        }
        assertThat(blockedBy(view, blocker)).as("progress naming the blocking session %d: %s", blocker, view)
                .isTrue();
        return view;
    }

    private static boolean blockedBy(JsonNode view, int blocker) {
        for (JsonNode pid : view.path("write").path("progress").path("blockedBy")) {
            if (pid.asInt() == blocker) {
                return true;
            }
        }
        return false;
    }

    private static String text(String sql) throws SQLException {
        try (Connection connection = system.postgresSuperuser("sample").open();
                PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static Map<String, Long> nonZero(Map<String, Long> counts) {
        return counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static int customerWithOrders(int orders) throws SQLException {
        return (int) count("SELECT min(customer_id) FROM (SELECT customer_id FROM orders GROUP BY customer_id"
                + " HAVING count(*) = ?) c", orders);
    }

    private static long count(String sql, Object... parameters) throws SQLException {
        try (Connection connection = system.postgresSuperuser("sample").open();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** The fingerprint of the user's data only: pgwarden's own schema in the target database keeps backups. */
    private static DatabaseFingerprint userData() throws SQLException {
        try (Connection connection = system.postgresSuperuser("sample").open()) {
            DatabaseFingerprint all = DatabaseFingerprint.of(connection);
            return new DatabaseFingerprint(all.facts().entrySet().stream()
                    .filter(fact -> fact.getKey().startsWith("rows public.")
                            || fact.getKey().startsWith("sequence public."))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a,
                            java.util.TreeMap::new)));
        }
    }
}
