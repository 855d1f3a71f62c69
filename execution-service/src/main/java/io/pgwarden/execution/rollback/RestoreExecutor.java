package io.pgwarden.execution.rollback;

import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.contracts.event.RollbackTarget;
import io.pgwarden.contracts.event.WriteExecuted;
import io.pgwarden.contracts.event.WriteExecuted.RestoreProof;
import io.pgwarden.contracts.impact.TableImpact;
import io.pgwarden.execution.backup.BackupStore;
import io.pgwarden.execution.backup.BackupStore.BackupHeader;
import io.pgwarden.execution.backup.BackupStore.RowCounts;
import io.pgwarden.execution.backup.TableShape;
import io.pgwarden.execution.write.ExecutionLedger.TransactionFacts;
import io.pgwarden.execution.write.LedgeredTransaction;
import io.pgwarden.execution.write.TargetConnections;
import io.pgwarden.execution.write.WriteObserver;
import io.pgwarden.execution.write.WriteResult;
import io.pgwarden.execution.write.WriteSettings;
import io.pgwarden.contracts.intent.RiskLevel;
import io.pgwarden.kit.error.PipelineException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rollback level 2: puts the rows of a backup back as they were, in one transaction under the same exactly-once
 * ledger as writes, then proves it by reading the rows back and comparing their checksums with the backup's.
 *
 * <p>Rows are replayed as images, not re-derived: the session runs with {@code session_replication_role = replica},
 * so user triggers and foreign-key actions do not fire again (a restored status must not write a second history
 * row; a removed row must not cascade). Because that also skips foreign-key checks, every foreign key touching a
 * restored table is validated explicitly before commit. The writer role needs
 * {@code GRANT SET ON PARAMETER session_replication_role} for this (docs/rollback.md).
 */
public final class RestoreExecutor {

    private final LedgeredTransaction transactions;
    private final WriteSettings settings;

    public RestoreExecutor(TargetConnections connections, WriteSettings settings) {
        this.transactions = new LedgeredTransaction(connections, settings.serializationRetries());
        this.settings = settings;
    }

    /**
     * @param approvalId the restore's own approval
     * @param target     the backup and the conflicts the approver accepted (from the approval store)
     * @param risk       the restore's risk level, for its time limits
     */
    public WriteResult restore(String approvalId, String requestId, RollbackTarget target, RiskLevel risk,
            WriteObserver observer) {
        Duration statementTimeout = settings.statementTimeout(risk);
        Duration lockTimeout = settings.lockTimeout(risk);
        return transactions.run(approvalId, requestId, "RESTORE", statementTimeout, lockTimeout, observer,
                (connection, facts) -> run(connection, facts, approvalId, target, observer));
    }

    private WriteExecuted run(Connection connection, TransactionFacts facts, String approvalId, RollbackTarget target,
            WriteObserver observer) throws SQLException {
        String backupId = target.backupId();
        observer.phase("VERIFYING");
        BackupHeader header = RollbackAssessor.usableBackup(connection, target.originalRequestId(), backupId);
        requireIntactBackup(connection, header);
        List<String> conflicts = ConflictDetector.conflicts(connection, backupId);
        Set<String> accepted = target.applyDespiteConflicts() ? new HashSet<>(target.conflicts()) : Set.of();
        List<String> unaccepted = conflicts.stream().filter(c -> !accepted.contains(c)).toList();
        if (!unaccepted.isEmpty()) {
            throw new PipelineException(ErrorCode.CONFLICT,
                    "Rows of backup " + backupId + " changed after the approval of this rollback: "
                            + RollbackAssessor.summary(unaccepted) + ". Nothing was restored.",
                    "Request the rollback again to review the current conflicts; send applyDespiteConflicts=true"
                            + " to restore over them.");
        }

        observer.phase("EXECUTING");
        replicaMode(connection);
        List<String> parentsFirst = ForeignKeyOrder.parentsFirst(connection, BackupStore.tables(connection, backupId));
        List<String> childrenFirst = new ArrayList<>(parentsFirst);
        java.util.Collections.reverse(childrenFirst);
        for (String table : childrenFirst) {
            removeInsertedRows(connection, backupId, TableShape.of(connection, table));
        }
        for (String table : parentsFirst) {
            putPreImagesBack(connection, backupId, TableShape.of(connection, table));
        }

        observer.phase("VERIFYING");
        ForeignKeyValidation.requireValid(connection, parentsFirst);
        RestoreProof proof = prove(connection, header);
        if (!proof.verified()) {
            throw new PipelineException(ErrorCode.CONFLICT,
                    "The restored rows do not match backup " + backupId + " (checksum " + proof.restoredChecksum()
                            + " instead of " + proof.backupChecksum() + "); the restore was rolled back.",
                    "Ask an operator to inspect the backup (docs/rollback.md) or to use point-in-time recovery.");
        }
        BackupStore.markRestored(connection, backupId, approvalId);

        Map<String, RowCounts> counts = BackupStore.counts(connection, backupId);
        List<TableImpact> tables = new ArrayList<>();
        // The inverse of the write: its deletions are re-inserted, its insertions deleted.
        parentsFirst.forEach(table -> {
            RowCounts c = counts.get(table);
            tables.add(new TableImpact(table, c.deleted(), c.updated(), c.inserted(), "statement"));
        });
        long total = tables.stream().mapToLong(TableImpact::total).sum();
        Instant committedAt = Instant.now();
        return new WriteExecuted(approvalId, RollbackAssessor.description(backupId, counts), tables, total,
                Duration.between(facts.startedAt(), committedAt).toMillis(), backupId, facts.txid(), facts.lsn(),
                committedAt, proof);
    }

    private static void replicaMode(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCAL session_replication_role = replica");
        } catch (SQLException e) {
            if ("42501".equals(e.getSQLState())) {
                throw new PipelineException(ErrorCode.REFUSED_BY_POLICY,
                        "The writer role may not switch off triggers for the restore"
                                + " (session_replication_role), so restoring could fire triggers again;"
                                + " nothing was restored.",
                        "An operator grants it once: GRANT SET ON PARAMETER session_replication_role TO"
                                + " <writer role> (docs/rollback.md).", e);
            }
            throw e;
        }
    }

    /** The backup is what was written: every pre-image still hashes to its checksum, and they to the header's. */
    private static void requireIntactBackup(Connection connection, BackupHeader header) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT count(*) FILTER (WHERE pre_image IS NOT NULL AND md5(pre_image::text) <> pre_checksum),
                       md5(coalesce(string_agg(pre_checksum, '|' ORDER BY table_name, row_key)
                                    FILTER (WHERE pre_checksum IS NOT NULL), ''))
                  FROM pgwarden_recovery.backup_row WHERE backup_id = ?
                """)) {
            query.setString(1, header.backupId());
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                if (rows.getLong(1) > 0 || !header.checksum().equals(rows.getString(2))) {
                    throw new PipelineException(ErrorCode.CONFLICT,
                            "Backup " + header.backupId() + " does not match its own checksums; it was not"
                                    + " restored.",
                            "Ask an operator: the backup tables may have been edited. Point-in-time recovery to"
                                    + " LSN " + header.lsn() + " remains possible (docs/rollback.md).");
                }
            }
        }
    }

    private static void removeInsertedRows(Connection connection, String backupId, TableShape table)
            throws SQLException {
        String sql = "DELETE FROM " + table.name() + " t USING pgwarden_recovery.backup_row b, jsonb_populate_record(NULL::"
                + table.name() + ", b.row_key) k WHERE b.backup_id = ? AND b.table_name = ?"
                + " AND b.operation = 'inserted' AND " + table.keyMatch("t", "k");
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, backupId);
            statement.setString(2, table.name());
            statement.executeUpdate();
        }
    }

    /** Deleted rows are inserted again, updated rows get their old values; a row that is there is overwritten. */
    private static void putPreImagesBack(Connection connection, String backupId, TableShape table)
            throws SQLException {
        String sql = "INSERT INTO " + table.name() + " AS t (" + table.columnList() + ") OVERRIDING SYSTEM VALUE"
                + " SELECT " + table.qualifiedColumns("r") + " FROM pgwarden_recovery.backup_row b, jsonb_populate_record(NULL::"
                + table.name() + ", b.pre_image) r WHERE b.backup_id = ? AND b.table_name = ?"
                + " AND b.operation IN ('deleted', 'updated')"
                + " ON CONFLICT (" + String.join(", ", table.keyColumns()) + ")" + overwrite(table);
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, backupId);
            statement.setString(2, table.name());
            statement.executeUpdate();
        }
    }

    /** The key stays (it matched; an identity key may not even be set), every other column gets its old value. */
    private static String overwrite(TableShape table) {
        List<String> others = table.columns().stream().filter(c -> !table.keyColumns().contains(c)).toList();
        if (others.isEmpty()) {
            return " DO NOTHING";
        }
        return " DO UPDATE SET (" + String.join(", ", others) + ") = ROW("
                + String.join(", ", others.stream().map(c -> "EXCLUDED." + c).toList()) + ")";
    }

    /** Reads every restored row back: the checksums must equal the backup's, and inserted rows must be gone. */
    private static RestoreProof prove(Connection connection, BackupHeader header) throws SQLException {
        List<String> tables = BackupStore.tables(connection, header.backupId());
        StringBuilder union = new StringBuilder();
        for (String table : tables) {
            TableShape shape = TableShape.of(connection, table);
            if (!union.isEmpty()) {
                union.append(" UNION ALL ");
            }
            union.append("SELECT b.table_name, b.row_key, b.pre_checksum, (SELECT md5(to_jsonb(t)::text) FROM ")
                    .append(shape.name()).append(" t, jsonb_populate_record(NULL::").append(shape.name())
                    .append(", b.row_key) k WHERE ").append(shape.keyMatch("t", "k"))
                    .append(") AS now FROM pgwarden_recovery.backup_row b WHERE b.backup_id = ? AND b.table_name = ")
                    .append(quote(table));
        }
        if (union.isEmpty()) {
            return new RestoreProof(0, header.checksum(), header.checksum(), true);
        }
        String sql = "SELECT count(*), md5(coalesce(string_agg(now, '|' ORDER BY table_name, row_key)"
                + " FILTER (WHERE pre_checksum IS NOT NULL), '')), count(*) FILTER (WHERE pre_checksum IS NULL"
                + " AND now IS NOT NULL), count(*) FILTER (WHERE pre_checksum IS NOT NULL AND now IS NULL)"
                + " FROM (" + union + ") s";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 1; i <= tables.size(); i++) {
                statement.setString(i, header.backupId());
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                long restored = rows.getLong(1);
                String restoredChecksum = rows.getString(2);
                boolean insertedGone = rows.getLong(3) == 0;
                boolean noneMissing = rows.getLong(4) == 0;
                boolean verified = insertedGone && noneMissing && header.checksum().equals(restoredChecksum);
                return new RestoreProof(restored, header.checksum(), restoredChecksum, verified);
            }
        }
    }

    private static String quote(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
