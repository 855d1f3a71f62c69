package io.pgwarden.approval.audit;

import io.pgwarden.approval.store.Json;
import io.pgwarden.approval.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Appends rows to {@code audit_log} on the caller's transaction. Appends are serialised by a transaction-scoped
 * advisory lock, so each row's prev_hash is the hash of the row before it and seq has no gaps: a gap can only mean a
 * deleted row. A row is visible once the caller's transaction commits, together with the change it records.
 */
public final class AuditLog {

    /** The advisory lock key of the audit chain (an arbitrary constant, the same in every instance). */
    static final long CHAIN_LOCK = 0x70677761_75646974L;

    private static final String LAST = "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1";
    private static final String SEEN = "SELECT 1 FROM audit_log WHERE event_id = ?";
    private static final String INSERT = """
            INSERT INTO audit_log (seq, event_id, recorded_at, event_type, request_id, approval_id, actor, details,
              prev_hash, hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;

    /** Appends the entry; false when it records an event that is already in the log. */
    public boolean append(Connection connection, AuditEntry entry, Instant now) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            lock.setLong(1, CHAIN_LOCK);
            lock.execute();
        }
        if (entry.eventId() != null && seen(connection, entry.eventId())) {
            return false;
        }
        long seq = 1;
        String prevHash = AuditChain.GENESIS;
        try (PreparedStatement last = connection.prepareStatement(LAST); ResultSet row = last.executeQuery()) {
            if (row.next()) {
                seq = row.getLong(1) + 1;
                prevHash = row.getString(2);
            }
        }
        Instant recordedAt = Sql.micros(now);
        String details = Json.write(entry.details());
        String hash = AuditChain.hash(prevHash, seq, entry.eventId(), recordedAt, entry.eventType(),
                entry.requestId(), entry.approvalId(), entry.actor(), details);
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setLong(1, seq);
            insert.setString(2, entry.eventId());
            Sql.setInstant(insert, 3, recordedAt);
            insert.setString(4, entry.eventType());
            insert.setString(5, entry.requestId());
            insert.setString(6, entry.approvalId());
            insert.setString(7, entry.actor());
            insert.setString(8, details);
            insert.setString(9, prevHash);
            insert.setString(10, hash);
            insert.executeUpdate();
        }
        return true;
    }

    /** True when the request has any audit row, i.e. it is a write or an approval the log follows. */
    public boolean follows(Connection connection, String requestId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT 1 FROM audit_log WHERE request_id = ? LIMIT 1")) {
            statement.setString(1, requestId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static boolean seen(Connection connection, String eventId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SEEN)) {
            statement.setString(1, eventId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }
}
