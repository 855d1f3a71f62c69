package io.pgwarden.execution.write;

import io.pgwarden.contracts.event.EventCodec;
import io.pgwarden.contracts.event.WriteExecuted;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code pgwarden_recovery.execution_ledger} in the target database: one row per approval that ran, written first in the
 * change's own transaction and committed with it. Its primary key makes a second run of the same approval
 * impossible: a concurrent claim waits for the first transaction and then conflicts with its committed row, and a
 * later claim finds the row at once. A crash before commit leaves no row (and no change), so the approval can run
 * again; a crash after commit leaves both, so it never runs again.
 */
public final class ExecutionLedger {

    private static final String CLAIM = """
            INSERT INTO pgwarden_recovery.execution_ledger (approval_id, request_id, kind, state, txid, lsn, started_at,
                                                   committed_at, result)
            VALUES (?, ?, ?, 'RUNNING', txid_current(), pg_current_wal_lsn(), clock_timestamp(), clock_timestamp(),
                    '{}')
            ON CONFLICT (approval_id) DO NOTHING
            RETURNING txid, lsn::text, started_at, pg_backend_pid()
            """;

    private ExecutionLedger() {
    }

    /** @return the transaction's facts, or empty when this approval has already run */
    public static Optional<TransactionFacts> claim(Connection connection, String approvalId, String requestId,
            String kind) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(CLAIM)) {
            statement.setString(1, approvalId);
            statement.setString(2, requestId);
            statement.setString(3, kind);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new TransactionFacts(rows.getLong(1), rows.getString(2),
                        rows.getTimestamp(3).toInstant(), rows.getInt(4)));
            }
        }
    }

    public static void complete(Connection connection, String approvalId, WriteExecuted result) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                UPDATE pgwarden_recovery.execution_ledger
                   SET state = 'COMMITTED', committed_at = ?, backup_id = ?, result = ?::jsonb
                 WHERE approval_id = ?
                """)) {
            statement.setObject(1, java.sql.Timestamp.from(result.committedAt()));
            statement.setString(2, result.backupId());
            statement.setString(3, EventCodec.mapper().writeValueAsString(result));
            statement.setString(4, approvalId);
            statement.executeUpdate();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the write's result cannot be written as JSON", e);
        }
    }

    /** The committed result of an approval that already ran. */
    public static Optional<WriteExecuted> recorded(Connection connection, String approvalId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT result::text FROM pgwarden_recovery.execution_ledger WHERE approval_id = ? AND state = 'COMMITTED'")) {
            statement.setString(1, approvalId);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(EventCodec.mapper().readValue(rows.getString(1), WriteExecuted.class));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the recorded result of approval " + approvalId + " is unreadable", e);
        }
    }

    /**
     * @param txid       txid_current() of the write's transaction
     * @param lsn        pg_current_wal_lsn() when it began: replaying WAL up to here restores the state before it
     * @param startedAt  when it began
     * @param backendPid the session running it, for progress and cancellation
     */
    public record TransactionFacts(long txid, String lsn, Instant startedAt, int backendPid) {

        /** The transaction id as the 32-bit value tuple headers (xmin, xmax) carry. */
        public long txid32() {
            return txid & 0xFFFF_FFFFL;
        }
    }
}
