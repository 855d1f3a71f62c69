package io.pgwarden.execution.rollback;

import io.pgwarden.execution.backup.BackupStore;
import io.pgwarden.execution.backup.TableShape;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows of a backup that someone changed after the original write committed, found by comparing each row's current
 * checksum with the post-image checksum recorded at execution: restoring over them would undo those later changes
 * too. Each conflict reads {@code table key: what changed}.
 */
public final class ConflictDetector {

    private ConflictDetector() {
    }

    public static List<String> conflicts(Connection connection, String backupId) throws SQLException {
        List<String> conflicts = new ArrayList<>();
        for (String table : BackupStore.tables(connection, backupId)) {
            TableShape shape = TableShape.of(connection, table);
            String sql = "SELECT b.row_key::text, b.operation, b.post_checksum, (SELECT md5(to_jsonb(t)::text) FROM "
                    + shape.name() + " t, jsonb_populate_record(NULL::" + shape.name() + ", b.row_key) k WHERE "
                    + shape.keyMatch("t", "k") + ") FROM pgwarden_recovery.backup_row b"
                    + " WHERE b.backup_id = ? AND b.table_name = ? ORDER BY b.row_key";
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, backupId);
                statement.setString(2, table);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        String problem = problem(rows.getString(2), rows.getString(3), rows.getString(4));
                        if (problem != null) {
                            conflicts.add(table + " " + rows.getString(1) + ": " + problem);
                        }
                    }
                }
            }
        }
        return conflicts;
    }

    /** @return what changed since the write, or null when the row is as the write left it */
    static String problem(String operation, String postChecksum, String currentChecksum) {
        return switch (operation) {
            case "deleted" -> currentChecksum == null ? null
                    : "the write deleted this row, and a row with this key exists again";
            case "updated", "inserted" -> {
                if (currentChecksum == null) {
                    yield "the write " + operation + " this row, and it has been deleted since";
                }
                yield currentChecksum.equals(postChecksum) ? null
                        : "the write " + operation + " this row, and it has been changed since";
            }
            default -> "unknown backup operation " + operation;
        };
    }
}
