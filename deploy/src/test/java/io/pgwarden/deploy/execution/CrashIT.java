package io.pgwarden.deploy.execution;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgwarden.contracts.approval.ApprovalBinding;
import io.pgwarden.contracts.approval.ApprovalLevel;
import io.pgwarden.contracts.approval.ApprovalOutcome;
import io.pgwarden.contracts.approval.TargetDatabase;
import io.pgwarden.contracts.event.ApprovalDecided;
import io.pgwarden.contracts.event.EventCodec;
import io.pgwarden.contracts.event.EventEnvelope;
import io.pgwarden.contracts.event.EventType;
import io.pgwarden.contracts.event.RequestRef;
import io.pgwarden.contracts.event.WriteExecuted;
import io.pgwarden.contracts.impact.ImpactReport;
import io.pgwarden.contracts.plan.WorkflowPlan;
import io.pgwarden.contracts.sql.SqlParameter;
import io.pgwarden.contracts.sql.StatementKind;
import io.pgwarden.deploy.PgwardenSystem;
import io.pgwarden.deploy.SystemConfig;
import io.pgwarden.deploy.postgres.DatabaseEndpoint;
import io.pgwarden.deploy.postgres.PostgresAccounts;
import io.pgwarden.deploy.service.PgwardenService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Kills execution-service (SIGKILL, a real process kill) at named points of an approved write, restarts it and lets
 * Kafka redeliver the approval: the change is applied exactly once, and no transaction or lock is left behind. The
 * approval is stored in the approval store's table directly and the decision published on Kafka by the test, so
 * only execution-service runs. The pause points come from PGWARDEN_EXECUTION_TEST_PAUSE_FILE (docs/execution.md).
 */
class CrashIT {

    private static final String SQL = "UPDATE products SET stock = stock + 1 WHERE id = ?";
    private static PgwardenSystem system;
    private static Path pauseFile;
    private static DatabaseEndpoint superuser;
    private static EventProbe kafka;

    @BeforeAll
    static void start() throws Exception {
        pauseFile = Files.createTempDirectory("pgwarden-crash").resolve("pause");
        system = PgwardenSystem.start(SystemConfig.forTests()
                .services(PgwardenService.EXECUTION)
                .environment(PgwardenService.EXECUTION, "PGWARDEN_EXECUTION_TEST_PAUSE_FILE", pauseFile.toString())
                .build());
        superuser = system.postgresSuperuser(PostgresAccounts.SAMPLE_DATABASE);
        kafka = new EventProbe(system.kafkaBootstrapServers());
        ApprovalStoreTable.create(system.systemDatabase());
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
        }
    }

    @ParameterizedTest(name = "killed {0}")
    @ValueSource(strings = {"after-ledger-insert", "after-backup", "after-execute", "after-commit"})
    void aWriteKilledAtAnyPointIsAppliedExactlyOnce(String point) throws Exception {
        int product = 1 + List.of("after-ledger-insert", "after-backup", "after-execute", "after-commit")
                .indexOf(point);
        long stockBefore = stock(product);
        List<SqlParameter> parameters = List.of(new SqlParameter("int4", product));
        ImpactReport impact;
        try (Connection writer = system.targetDatabaseWriter().open()) {
            impact = DryRun.measure(writer, SQL, parameters, "public.products");
        }
        String database = TargetDatabase.nameOf(system.targetDatabaseWriter().jdbcUrl());
        String approvalId = "ap-" + UUID.randomUUID();
        String requestId = "req-" + UUID.randomUUID();
        String hash = ApprovalBinding.hash(SQL, parameters, database, impact);
        ApprovalStoreTable.insertApproved(system.systemDatabase(), approvalId, requestId, hash, SQL, parameters,
                database, impact);
        Files.writeString(pauseFile, point);
        EventEnvelope<ApprovalDecided> decided = EventEnvelope.first(EventType.APPROVAL_DECIDED, "/test/crash",
                new RequestRef(requestId, "s-" + requestId, "alice"),
                new ApprovalDecided(approvalId, ApprovalOutcome.APPROVED, ApprovalLevel.TEAM_LEAD, List.of("bob"),
                        "ok", false, false, hash, WorkflowPlan.writeFromSql(), SQL, parameters,
                        StatementKind.UPDATE, "user", database, impact, null));
        kafka.send(EventType.APPROVAL_DECIDED.topic(), decided.sessionId(), EventCodec.encode(decided));

        Path reached = pauseFile.resolveSibling("pause.reached");
        awaitFile(reached, Duration.ofSeconds(90));
        Files.delete(reached);
        system.killService(PgwardenService.EXECUTION);

        awaitNoWriteSessions(Duration.ofSeconds(20));
        assertThat(stock(product)).as("after the kill").isEqualTo(
                point.equals("after-commit") ? stockBefore + 1 : stockBefore);

        system.startService(PgwardenService.EXECUTION);
        WriteExecuted executed = kafka.awaitWriteExecuted(approvalId, Duration.ofSeconds(90));
        assertThat(executed.totalRows()).isEqualTo(1);
        assertThat(stock(product)).as("after the restart").isEqualTo(stockBefore + 1);
        assertThat(count("SELECT count(*) FROM pgwarden_recovery.execution_ledger WHERE approval_id = ?", approvalId))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM pgwarden_recovery.backup WHERE approval_id = ?", approvalId)).isEqualTo(1);

        // The same decision again, as a fresh event (another publisher's duplicate): reported, not run again.
        EventEnvelope<ApprovalDecided> duplicate = EventEnvelope.first(EventType.APPROVAL_DECIDED, "/test/crash",
                decided.ref(), decided.data());
        kafka.send(EventType.APPROVAL_DECIDED.topic(), duplicate.sessionId(), EventCodec.encode(duplicate));
        WriteExecuted reported = kafka.awaitWriteExecutedCausedBy(duplicate, Duration.ofSeconds(60));
        assertThat(reported).isEqualTo(executed);
        assertThat(stock(product)).as("after a duplicate decision").isEqualTo(stockBefore + 1);

        awaitNoWriteSessions(Duration.ofSeconds(10));
        assertThat(count("SELECT count(*) FROM pg_stat_activity WHERE datname = 'sample'"
                + " AND state LIKE 'idle in transaction%' AND application_name <> ?", "-"))
                .as("sessions left inside a transaction").isZero();
        assertThat(count("SELECT count(*) FROM pg_locks l WHERE l.relation = 'products'::regclass"
                + " AND l.pid <> pg_backend_pid() AND l.granted AND l.mode <> ?", "-"))
                .as("locks left on products").isZero();
    }

    private static long stock(int product) throws SQLException {
        return count("SELECT stock FROM products WHERE id = ?::int", Integer.toString(product));
    }

    private static long count(String sql, String parameter) throws SQLException {
        try (Connection connection = superuser.open();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static void awaitNoWriteSessions(Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        long sessions;
        do {
            try (Connection connection = superuser.open(); Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT count(*) FROM pg_stat_activity"
                            + " WHERE application_name LIKE 'pgwarden-write %'")) {
                rows.next();
                sessions = rows.getLong(1);
            }
            if (sessions > 0) {
                Thread.sleep(200);
            }
        } while (sessions > 0 && Instant.now().isBefore(deadline));
        assertThat(sessions).as("write sessions still open").isZero();
    }

    private static void awaitFile(Path file, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!Files.exists(file) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(file).as("the write reached its pause point").exists();
    }
}
