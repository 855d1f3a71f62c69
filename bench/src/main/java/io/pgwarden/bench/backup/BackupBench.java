package io.pgwarden.bench.backup;

import io.pgwarden.contracts.impact.ImpactMethod;
import io.pgwarden.contracts.impact.ImpactReport;
import io.pgwarden.contracts.impact.TableImpact;
import io.pgwarden.contracts.intent.RiskLevel;
import io.pgwarden.contracts.event.RollbackTarget;
import io.pgwarden.deploy.PgwardenSystem;
import io.pgwarden.deploy.SystemConfig;
import io.pgwarden.deploy.postgres.DatabaseEndpoint;
import io.pgwarden.execution.rollback.RestoreExecutor;
import io.pgwarden.execution.write.ApprovedWrite;
import io.pgwarden.execution.write.WriteExecutor;
import io.pgwarden.execution.write.WriteObserver;
import io.pgwarden.execution.write.WriteResult;
import io.pgwarden.execution.write.WriteSettings;
import io.pgwarden.sqlguard.GuardPolicy;
import io.pgwarden.sqlguard.SqlGuard;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.postgresql.PGConnection;

/**
 * Backup capture and restore throughput beside plain COPY of the same rows, in the same run on the embedded
 * PostgreSQL: {@code ./mvnw -pl bench exec:exec@backup -Dbackup.args="50000 200000"} (row counts). For each size:
 * an approved DELETE of every row with its backup (probe, pre-images, classification, proof, commit), the restore
 * from that backup (with checksum proof), and COPY of the same rows out (TO STDOUT) and back in (FROM STDIN).
 */
public final class BackupBench {

    private BackupBench() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = args.length == 0 ? List.of(20_000, 100_000)
                : java.util.Arrays.stream(args).map(Integer::parseInt).toList();
        try (PgwardenSystem system = PgwardenSystem.start(SystemConfig.forTests().noServices().build())) {
            DatabaseEndpoint writer = system.targetDatabaseWriter();
            WriteSettings settings = WriteSettings.defaults().withBackupLimits(10_000_000, Long.MAX_VALUE);
            System.out.println("| rows | backup + delete (rows/s) | restore + proof (rows/s) | COPY out (rows/s) |"
                    + " COPY in (rows/s) |");
            System.out.println("|---:|---:|---:|---:|---:|");
            for (int rows : sizes) {
                run(writer, settings, rows);
            }
        }
    }

    private static void run(DatabaseEndpoint writer, WriteSettings settings, int rows) throws Exception {
        try (Connection connection = writer.open(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS bench CASCADE; CREATE SCHEMA bench;"
                    + " CREATE TABLE bench.item (id int PRIMARY KEY, name text NOT NULL, price numeric(10,2),"
                    + " created timestamptz, attrs jsonb);"
                    + " INSERT INTO bench.item SELECT g, 'item ' || g, g % 1000 + 0.99, now() - g * interval '1 min',"
                    + " jsonb_build_object('g', g, 'tag', 't' || g % 7) FROM generate_series(1, " + rows + ") g;"
                    + " CREATE TABLE bench.copy (LIKE bench.item INCLUDING ALL)");
            statement.execute("VACUUM ANALYZE bench.item");
        }
        String sql = "DELETE FROM bench.item";
        ImpactReport impact = new ImpactReport(ImpactMethod.DRY_RUN, null,
                List.of(new TableImpact("bench.item", 0, 0, rows, "statement")), rows, List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), true, true, RiskLevel.HIGH, List.of(), "", List.of());
        String requestId = "bench-" + UUID.randomUUID();
        long began = System.nanoTime();
        WriteResult written = new WriteExecutor(writer::open, new SqlGuard(GuardPolicy.defaults()), settings)
                .execute(new ApprovedWrite("ap-" + UUID.randomUUID(), requestId, sql, List.of(), impact),
                        WriteObserver.NONE);
        double backupSeconds = (System.nanoTime() - began) / 1e9;
        began = System.nanoTime();
        WriteResult restored = new RestoreExecutor(writer::open, settings).restore("ap-" + UUID.randomUUID(),
                "bench-undo", new RollbackTarget(requestId, written.executed().backupId(), List.of(), false),
                RiskLevel.HIGH, WriteObserver.NONE);
        double restoreSeconds = (System.nanoTime() - began) / 1e9;
        if (!restored.executed().restoreProof().verified()) {
            throw new IllegalStateException("restore not verified");
        }
        double copyOutSeconds;
        double copyInSeconds;
        try (Connection connection = writer.open()) {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            began = System.nanoTime();
            copy.copyOut("COPY bench.item TO STDOUT", out);
            copyOutSeconds = (System.nanoTime() - began) / 1e9;
            began = System.nanoTime();
            copy.copyIn("COPY bench.copy FROM STDIN", new ByteArrayInputStream(out.toByteArray()));
            copyInSeconds = (System.nanoTime() - began) / 1e9;
        }
        System.out.printf("| %d | %.0f | %.0f | %.0f | %.0f |%n", rows, rows / backupSeconds, rows / restoreSeconds,
                rows / copyOutSeconds, rows / copyInSeconds);
    }
}
