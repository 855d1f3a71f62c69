package io.pgwarden.execution.write;

import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.contracts.event.EventCodec;
import io.pgwarden.contracts.event.WriteExecuted;
import io.pgwarden.contracts.impact.TableImpact;
import io.pgwarden.execution.backup.BackupRows;
import io.pgwarden.execution.backup.BackupStore.BackupSize;
import io.pgwarden.execution.backup.BackupStore.RowCounts;
import io.pgwarden.execution.backup.BackupStore;
import io.pgwarden.execution.backup.TableShape;
import io.pgwarden.execution.write.ExecutionLedger.TransactionFacts;
import io.pgwarden.kit.error.PipelineException;
import io.pgwarden.kit.jdbc.ParameterBinder;
import io.pgwarden.sqlguard.Inspection;
import io.pgwarden.sqlguard.SqlGuard;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Runs one approved write, exactly once, with a backup of every row it changes, in one transaction
 * (docs/execution.md walks through it):
 *
 * <ol>
 * <li>claim the ledger row (a repeat returns the first run's result), set the time limits by risk;</li>
 * <li>probe: run the statement under a savepoint, take the census of changed tables, roll back to the savepoint;</li>
 * <li>back up the pre-image of every row the probe touched, in every table it touched (statement, foreign-key
 * actions, triggers alike); refuse when the backup would exceed the size limit;</li>
 * <li>run the statement for real, classify every backed-up row (deleted, updated) and record inserted rows;</li>
 * <li>prove the backup covers the change: per table, the rows found inserted and deleted must equal the census
 * counts; otherwise roll back, because the change could not be undone;</li>
 * <li>check deferred constraints, compare the counts with the approved impact; commit with ledger and backup.</li>
 * </ol>
 */
public final class WriteExecutor {

    private final LedgeredTransaction transactions;
    private final SqlGuard guard;
    private final WriteSettings settings;
    private final IntegrityCheck integrity;

    public WriteExecutor(TargetConnections connections, SqlGuard guard, WriteSettings settings) {
        this.transactions = new LedgeredTransaction(connections, settings.serializationRetries());
        this.guard = guard;
        this.settings = settings;
        this.integrity = new IntegrityCheck(settings.tolerancePercent(), settings.toleranceRows(),
                settings.estimateTolerancePercent());
    }

    /** The backup id of an approval's write: derived, so a repeated run could never leave a second backup. */
    public static String backupIdFor(String approvalId) {
        return "bk-" + UUID.nameUUIDFromBytes(("backup:" + approvalId).getBytes(StandardCharsets.UTF_8));
    }

    public WriteResult execute(ApprovedWrite write, WriteObserver observer) {
        Inspection inspection = requireWrite(write.sql());
        Duration statementTimeout = settings.statementTimeout(write.impact().risk());
        Duration lockTimeout = settings.lockTimeout(write.impact().risk());
        return transactions.run(write.approvalId(), write.requestId(), "WRITE", statementTimeout, lockTimeout,
                observer, (connection, facts) -> run(connection, facts, write, inspection.statement(), observer));
    }

    /** The stored SQL passes the guard again: one INSERT, UPDATE, DELETE or MERGE, never DDL or anything else. */
    private Inspection requireWrite(String sql) {
        Inspection inspection = guard.requireSingleStatement(sql);
        if (inspection.kind() == null || !inspection.kind().isWrite()) {
            throw new PipelineException(ErrorCode.REFUSED_BY_POLICY,
                    "The approved statement is a " + inspection.kind() + ", not an INSERT, UPDATE, DELETE or MERGE;"
                            + " only those run on the write path, so nothing was run.",
                    "Submit the change as a single INSERT, UPDATE, DELETE or MERGE statement.");
        }
        return inspection;
    }

    private WriteExecuted run(Connection connection, TransactionFacts facts, ApprovedWrite write, String statement,
            WriteObserver observer) throws SQLException {
        String backupId = backupIdFor(write.approvalId());
        observer.phase("BACKING_UP");
        BackupStore.begin(connection, backupId, write.requestId(), write.approvalId(), statement,
                parametersJson(write), facts.txid(), facts.lsn(), settings.retention());

        TableCensus beforeProbe = TableCensus.take(connection);
        execute(connection, "SAVEPOINT pgwarden_probe");
        runStatement(connection, statement, write);
        TableCensus probe = TableCensus.take(connection).since(beforeProbe);
        execute(connection, "ROLLBACK TO SAVEPOINT pgwarden_probe");
        execute(connection, "RELEASE SAVEPOINT pgwarden_probe");

        Map<String, TableShape> shapes = new HashMap<>();
        for (String table : probe.tables().keySet()) {
            BackupRows.capturePreImages(connection, backupId, shape(connection, shapes, table), facts.txid32());
        }
        requireWithinSizeLimit(BackupStore.size(connection, backupId));
        observer.reached("after-backup");

        observer.phase("EXECUTING");
        TableCensus beforeRun = TableCensus.take(connection);
        runStatement(connection, statement, write);
        TableCensus actual = TableCensus.take(connection).since(beforeRun);
        observer.reached("after-execute");

        observer.phase("VERIFYING");
        // Deferred constraints are checked now, inside the transaction, not at a commit that could still fail.
        execute(connection, "SET CONSTRAINTS ALL IMMEDIATE");
        TreeSet<String> touched = new TreeSet<>(probe.tables().keySet());
        touched.addAll(actual.tables().keySet());
        for (String table : touched) {
            TableShape shape = shape(connection, shapes, table);
            BackupRows.classifyPreImages(connection, backupId, shape);
            BackupRows.recordInsertedRows(connection, backupId, shape, facts.txid32());
        }
        Map<String, RowCounts> rows = BackupStore.counts(connection, backupId);
        requireCovered(actual, rows);
        List<String> differences = integrity.differences(write.impact(), rows);
        if (!differences.isEmpty()) {
            throw new PipelineException(ErrorCode.CONFLICT,
                    "The write changed other rows than were approved (" + String.join("; ", differences)
                            + "). It was rolled back; nothing was changed.",
                    "The data changed since the impact was measured. Submit the change again so it is measured"
                            + " and approved on the current data.");
        }
        BackupStore.finish(connection, backupId);

        Instant committedAt = Instant.now();
        List<TableImpact> tables = tableImpacts(rows, write);
        long total = tables.stream().mapToLong(TableImpact::total).sum();
        return new WriteExecuted(write.approvalId(), statement, tables, total,
                Duration.between(facts.startedAt(), committedAt).toMillis(), backupId, facts.txid(), facts.lsn(),
                committedAt, null);
    }

    private static TableShape shape(Connection connection, Map<String, TableShape> shapes, String table)
            throws SQLException {
        TableShape shape = shapes.get(table);
        if (shape == null) {
            shape = TableShape.of(connection, table);
            shapes.put(table, shape);
        }
        return shape;
    }

    private void requireWithinSizeLimit(BackupSize size) {
        if (size.rows() > settings.maxBackupRows() || size.bytes() > settings.maxBackupBytes()) {
            throw new PipelineException(ErrorCode.REFUSED_BY_POLICY,
                    "The change would need a backup of " + size.rows() + " rows (" + size.bytes() + " bytes), more"
                            + " than the limit of " + settings.maxBackupRows() + " rows or "
                            + settings.maxBackupBytes() + " bytes; it was not run and nothing was changed.",
                    "Split it into smaller changes (a narrower WHERE clause), or ask an operator to raise"
                            + " pgwarden.execution.backup.max-rows / max-bytes.");
        }
    }

    /**
     * Proof that the backup can undo the change: every row PostgreSQL counted as inserted or deleted in a table is
     * one the backup found, and every table with updates has rows in the backup. A row changed outside what the
     * backup saw shows up as a surplus "inserted" row, or a missing deleted one, and fails this.
     */
    private static void requireCovered(TableCensus actual, Map<String, RowCounts> rows) {
        List<String> gaps = new ArrayList<>();
        actual.tables().forEach((table, counts) -> {
            RowCounts found = rows.getOrDefault(table, new RowCounts(0, 0, 0));
            if (found.inserted() != counts.inserted()) {
                gaps.add(table + ": " + counts.inserted() + " rows inserted, " + found.inserted() + " found");
            }
            if (found.deleted() != counts.deleted()) {
                gaps.add(table + ": " + counts.deleted() + " rows deleted, " + found.deleted() + " backed up");
            }
            if (found.updated() > counts.updated()) {
                gaps.add(table + ": " + counts.updated() + " row updates, " + found.updated() + " rows differ");
            }
        });
        rows.forEach((table, found) -> {
            if (!actual.tables().containsKey(table) && found.total() > 0) {
                gaps.add(table + ": backed-up rows differ though the table was not changed");
            }
        });
        if (!gaps.isEmpty()) {
            throw new PipelineException(ErrorCode.REFUSED_BY_POLICY,
                    "The change could not be fully backed up (" + String.join("; ", gaps) + "), so it could not"
                            + " be undone later; it was rolled back and nothing was changed.",
                    "This happens when a trigger changes rows in a way the backup cannot follow, or the statement"
                            + " changes a primary key. Ask an operator to run the change with a manual backup.");
        }
    }

    /** What committed, per table: distinct rows, the cause taken from the approved impact where it names one. */
    private static List<TableImpact> tableImpacts(Map<String, RowCounts> rows, ApprovedWrite write) {
        Map<String, String> causes = new HashMap<>();
        write.impact().tables().forEach(t -> causes.putIfAbsent(IntegrityCheck.normalise(t.table()), t.cause()));
        List<TableImpact> tables = new ArrayList<>();
        rows.forEach((table, counts) -> tables.add(new TableImpact(table, counts.inserted(), counts.updated(),
                counts.deleted(), causes.getOrDefault(IntegrityCheck.normalise(table), "trigger"))));
        // the statement's own table first, as in an impact report
        tables.sort((a, b) -> Boolean.compare(!"statement".equals(a.cause()), !"statement".equals(b.cause())));
        return tables;
    }

    private static int runStatement(Connection connection, String sql, ApprovedWrite write) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            ParameterBinder.bind(statement, write.parameters());
            statement.execute();
            return statement.getUpdateCount();
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String parametersJson(ApprovedWrite write) {
        try {
            return EventCodec.mapper().writeValueAsString(write.parameters());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("parameters cannot be written as JSON", e);
        }
    }
}
