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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A write whose request the gateway gave up on (approval-service was down past the deadline) never becomes an
 * approval afterwards: the user was told it stopped with nothing changed, and that stays true.
 */
class GivenUpWriteIT {

    private static final String ANALYST = "analyst-token";

    private static PgwardenSystem system;
    private static GatewayClient gateway;

    @BeforeAll
    static void startTheWholeSystem() throws Exception {
        system = PgwardenSystem.start(SystemConfig.forTests()
                .allServices()
                .environment(PgwardenService.GATEWAY, "PGWARDEN_GATEWAY_WATCHDOG_DEADLINE", "8s")
                .environment(PgwardenService.GATEWAY, "PGWARDEN_GATEWAY_WATCHDOG_INTERVAL", "1s")
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
    void aWriteTimedOutWhileApprovalWasDownNeverBecomesAnApproval() throws Exception {
        system.stopService(PgwardenService.APPROVAL);

        JsonNode submitted = gateway.sql(ANALYST, "DELETE FROM customers WHERE id = 9");
        String requestId = submitted.path("requestId").asText();
        JsonNode timedOut = gateway.untilStatus(ANALYST, requestId, "TIMED_OUT", "FAILED", "COMPLETED");
        assertThat(timedOut.path("status").asText()).as(timedOut.toString()).isEqualTo("TIMED_OUT");
        assertThat(timedOut.path("error").path("step").asText()).isEqualTo("approval");

        system.startService(PgwardenService.APPROVAL);

        List<String> audited = auditedUntil(requestId, Duration.ofSeconds(60));
        // Whichever event approval-service read first: the end (then the late report is refused) or the report
        // (then the end expires the approval it just opened).
        assertThat(audited).as("approval-service dealt with the late impact report and the end of the request;"
                + " its log ends with:%n%s", logTail())
                .containsAnyOf("audit.impact-after-end", "audit.request-ended");
        assertThat(openApprovals(requestId)).as("no approval is open for a request the user was told ended")
                .isZero();
        assertThat(gateway.request(ANALYST, requestId).path("status").asText()).isEqualTo("TIMED_OUT");
        assertThat(count("SELECT count(*) FROM customers WHERE id = 9")).isEqualTo(1);
    }

    private static String logTail() {
        try {
            List<String> lines = java.nio.file.Files.readAllLines(system.logFile(PgwardenService.APPROVAL));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (java.io.IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** The audit entries approval-service wrote for the request, once it has dealt with both events. */
    private static List<String> auditedUntil(String requestId, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        List<String> types = auditTypes(requestId);
        while (!(types.contains("audit.impact-after-end") || types.contains("audit.request-ended"))
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            types = auditTypes(requestId);
        }
        return types;
    }

    private static List<String> auditTypes(String requestId) throws SQLException {
        List<String> types = new ArrayList<>();
        try (Connection connection = system.systemDatabase().open();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT event_type FROM approval.audit_log WHERE request_id = ? ORDER BY 1")) {
            statement.setString(1, requestId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    types.add(rows.getString(1));
                }
            }
        }
        return types;
    }

    private static long openApprovals(String requestId) throws SQLException {
        try (Connection connection = system.systemDatabase().open();
                PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM"
                        + " approval.approval_request WHERE request_id = ? AND state IN ('PENDING', 'ESCALATED')")) {
            statement.setString(1, requestId);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection connection = system.postgresSuperuser("sample").open();
                PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
