package io.pgwarden.execution.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The set-based statements that fill {@code pgwarden_recovery.backup_row} for one table, inside the write's transaction.
 * They find the rows this transaction touched through PostgreSQL's own row versions rather than by re-reading the
 * statement's WHERE clause, so rows reached through foreign-key actions and triggers are found the same way as the
 * statement's own rows:
 *
 * <ul>
 * <li>After a probe run of the statement was rolled back to a savepoint, every row version the probe updated,
 * deleted or locked still carries the probe's (aborted) transaction id in {@code xmax}, and is visible again with
 * its old contents: that is the pre-image.</li>
 * <li>After the real run, every row version it wrote (inserted, or the new version of an updated row) carries a
 * transaction id of this transaction in {@code xmin}.</li>
 * </ul>
 * "A transaction id of this transaction" means one at or after the top-level id (subtransactions get later ids).
 * The write runs at REPEATABLE READ with its snapshot taken before the top-level id was assigned, so no other
 * transaction with a later id is visible to it: the comparison cannot pick up someone else's rows. Transaction ids
 * are 32 bits in the tuple header and wrap, hence the modular comparison.
 */
public final class BackupRows {

    /** {@code column} holds a transaction id issued to this transaction (or a subtransaction of it). */
    private static String ours(String column) {
        return "(" + column + "::text <> '0' AND ((" + column + "::text::bigint - ? + 4294967296) % 4294967296)"
                + " < 2147483648)";
    }

    private BackupRows() {
    }

    /**
     * Saves the pre-image of every visible row whose {@code xmax} says the probe touched it. Call after
     * {@code ROLLBACK TO SAVEPOINT}.
     *
     * @return rows saved
     */
    public static int capturePreImages(Connection connection, String backupId, TableShape table, long topXid32)
            throws SQLException {
        String sql = "INSERT INTO pgwarden_recovery.backup_row (backup_id, table_name, row_key, operation, pre_image,"
                + " pre_checksum) SELECT ?, ?, " + table.keyJson("t") + ", 'pending', to_jsonb(t),"
                + " md5(to_jsonb(t)::text) FROM " + table.name() + " t WHERE " + ours("t.xmax")
                + " ON CONFLICT DO NOTHING";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, backupId);
            statement.setString(2, table.name());
            statement.setLong(3, topXid32);
            return statement.executeUpdate();
        }
    }

    /**
     * After the real run: each pending pre-image becomes {@code deleted} (its key is gone), {@code updated} (the
     * row differs) or is dropped (it was only locked, or updated to the same values); the post-image checksum is
     * recorded for later conflict detection.
     */
    public static void classifyPreImages(Connection connection, String backupId, TableShape table)
            throws SQLException {
        String post = "UPDATE pgwarden_recovery.backup_row b SET post_checksum = (SELECT md5(to_jsonb(t)::text) FROM "
                + table.name() + " t, jsonb_populate_record(NULL::" + table.name() + ", b.row_key) k WHERE "
                + table.keyMatch("t", "k") + ") WHERE b.backup_id = ? AND b.table_name = ? AND b.operation = 'pending'";
        try (PreparedStatement statement = connection.prepareStatement(post)) {
            statement.setString(1, backupId);
            statement.setString(2, table.name());
            statement.executeUpdate();
        }
        try (PreparedStatement statement = connection.prepareStatement("""
                UPDATE pgwarden_recovery.backup_row
                   SET operation = CASE WHEN post_checksum IS NULL THEN 'deleted'
                                        WHEN post_checksum = pre_checksum THEN 'unchanged'
                                        ELSE 'updated' END
                 WHERE backup_id = ? AND table_name = ? AND operation = 'pending'
                """)) {
            statement.setString(1, backupId);
            statement.setString(2, table.name());
            statement.executeUpdate();
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "DELETE FROM pgwarden_recovery.backup_row WHERE backup_id = ? AND table_name = ? AND operation = 'unchanged'")) {
            statement.setString(1, backupId);
            statement.setString(2, table.name());
            statement.executeUpdate();
        }
    }

    /**
     * Records the key of every row version this transaction wrote whose key has no pre-image: a row the change
     * inserted. (A row it updated without a pre-image would show up here too, which the reconciliation against the
     * census then refuses.)
     *
     * @return the number of such rows
     */
    public static int recordInsertedRows(Connection connection, String backupId, TableShape table, long topXid32)
            throws SQLException {
        String sql = "INSERT INTO pgwarden_recovery.backup_row (backup_id, table_name, row_key, operation, post_checksum)"
                + " SELECT ?, ?, " + table.keyJson("t") + ", 'inserted', md5(to_jsonb(t)::text) FROM "
                + table.name() + " t WHERE " + ours("t.xmin") + " AND NOT EXISTS (SELECT 1 FROM pgwarden_recovery.backup_row b"
                + " WHERE b.backup_id = ? AND b.table_name = ? AND b.row_key = " + table.keyJson("t") + ")";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, backupId);
            statement.setString(2, table.name());
            statement.setLong(3, topXid32);
            statement.setString(4, backupId);
            statement.setString(5, table.name());
            return statement.executeUpdate();
        }
    }

    /** Row versions of the table this transaction wrote (inserted rows and new versions of updated rows). */
    public static long writtenRows(Connection connection, TableShape table, long topXid32) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT count(*) FROM " + table.name() + " t WHERE " + ours("t.xmin"))) {
            statement.setLong(1, topXid32);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
