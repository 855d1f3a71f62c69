package io.pgwarden.execution.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Backup headers in {@code pgwarden_recovery.backup}: created with the write, finished before its commit, read by restores. */
public final class BackupStore {

    private BackupStore() {
    }

    public static void begin(Connection connection, String backupId, String requestId, String approvalId,
            String statement, String parametersJson, long txid, String lsn, Duration retention) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO pgwarden_recovery.backup (backup_id, request_id, approval_id, statement, parameters, txid, lsn,
                                             created_at, expires_at, table_counts, rows_total, size_bytes, checksum)
                VALUES (?, ?, ?, ?, ?::jsonb, ?, ?::pg_lsn, now(), now() + make_interval(secs => ?), '{}', 0, 0, '')
                """)) {
            insert.setString(1, backupId);
            insert.setString(2, requestId);
            insert.setString(3, approvalId);
            insert.setString(4, statement);
            insert.setString(5, parametersJson);
            insert.setLong(6, txid);
            insert.setString(7, lsn);
            insert.setLong(8, retention.toSeconds());
            insert.executeUpdate();
        }
    }

    /** Rows and bytes of pre-images saved so far, for the size limit. */
    public static BackupSize size(Connection connection, String backupId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT count(*), coalesce(sum(octet_length(pre_image::text)), 0)
                  FROM pgwarden_recovery.backup_row WHERE backup_id = ?
                """)) {
            query.setString(1, backupId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return new BackupSize(rows.getLong(1), rows.getLong(2));
            }
        }
    }

    /** Rows per table and operation, as classified. */
    public static Map<String, RowCounts> counts(Connection connection, String backupId) throws SQLException {
        Map<String, RowCounts> counts = new TreeMap<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT table_name,
                       count(*) FILTER (WHERE operation = 'inserted'),
                       count(*) FILTER (WHERE operation = 'updated'),
                       count(*) FILTER (WHERE operation = 'deleted')
                  FROM pgwarden_recovery.backup_row WHERE backup_id = ? GROUP BY table_name
                """)) {
            query.setString(1, backupId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), new RowCounts(rows.getLong(2), rows.getLong(3), rows.getLong(4)));
                }
            }
        }
        return counts;
    }

    /** Fills in the header's per-table counts, size and checksum from the classified rows. */
    public static void finish(Connection connection, String backupId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE pgwarden_recovery.backup b
                   SET table_counts = s.table_counts, rows_total = s.rows_total, size_bytes = s.size_bytes,
                       checksum = s.checksum
                  FROM (SELECT coalesce((SELECT jsonb_object_agg(table_name, jsonb_build_object(
                                                 'inserted', ins, 'updated', upd, 'deleted', del))
                                           FROM (SELECT table_name,
                                                        count(*) FILTER (WHERE operation = 'inserted') AS ins,
                                                        count(*) FILTER (WHERE operation = 'updated') AS upd,
                                                        count(*) FILTER (WHERE operation = 'deleted') AS del
                                                   FROM pgwarden_recovery.backup_row WHERE backup_id = ?
                                                  GROUP BY table_name) t), '{}'::jsonb) AS table_counts,
                               (SELECT count(*) FROM pgwarden_recovery.backup_row WHERE backup_id = ?) AS rows_total,
                               (SELECT coalesce(sum(octet_length(pre_image::text)), 0)
                                  FROM pgwarden_recovery.backup_row WHERE backup_id = ?) AS size_bytes,
                               (SELECT md5(coalesce(string_agg(pre_checksum, '|' ORDER BY table_name, row_key), ''))
                                  FROM pgwarden_recovery.backup_row
                                 WHERE backup_id = ? AND pre_checksum IS NOT NULL) AS checksum) s
                 WHERE b.backup_id = ?
                """)) {
            for (int i = 1; i <= 5; i++) {
                update.setString(i, backupId);
            }
            update.executeUpdate();
        }
    }

    public static Optional<BackupHeader> header(Connection connection, String backupId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT backup_id, request_id, approval_id, statement, txid, lsn::text, created_at, expires_at,
                       rows_total, size_bytes, checksum, restored_by
                  FROM pgwarden_recovery.backup WHERE backup_id = ?
                """)) {
            query.setString(1, backupId);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new BackupHeader(rows.getString(1), rows.getString(2), rows.getString(3),
                        rows.getString(4), rows.getLong(5), rows.getString(6), instant(rows.getTimestamp(7)),
                        instant(rows.getTimestamp(8)), rows.getLong(9), rows.getLong(10), rows.getString(11),
                        rows.getString(12)));
            }
        }
    }

    /** The tables a backup touches, for ordering a restore. */
    public static List<String> tables(Connection connection, String backupId) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT DISTINCT table_name FROM pgwarden_recovery.backup_row WHERE backup_id = ? ORDER BY table_name")) {
            query.setString(1, backupId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
        }
        return tables;
    }

    public static void markRestored(Connection connection, String backupId, String restoreApprovalId)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE pgwarden_recovery.backup SET restored_by = ? WHERE backup_id = ?")) {
            update.setString(1, restoreApprovalId);
            update.setString(2, backupId);
            update.executeUpdate();
        }
    }

    /** Deletes expired backups (their rows go with them, ON DELETE CASCADE). @return backups deleted */
    public static int purgeExpired(Connection connection) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM pgwarden_recovery.backup WHERE expires_at < now()")) {
            return delete.executeUpdate();
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** Pre-image rows and their bytes (jsonb text). */
    public record BackupSize(long rows, long bytes) {
    }

    /** Distinct rows a change inserted, updated and deleted in one table. */
    public record RowCounts(long inserted, long updated, long deleted) {

        public long total() {
            return inserted + updated + deleted;
        }
    }

    public record BackupHeader(String backupId, String requestId, String approvalId, String statement, long txid,
            String lsn, Instant createdAt, Instant expiresAt, long rowsTotal, long sizeBytes, String checksum,
            String restoredBy) {
    }
}
