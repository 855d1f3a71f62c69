package io.pgwarden.impact.analysis;

import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.kit.error.PipelineException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The table a write modifies, found the way PostgreSQL will find it (the session's search_path for an unqualified
 * name).
 *
 * @param name       {@code schema.table}
 * @param sqlName    the name as SQL may write it (quoted where needed)
 * @param schema     the schema
 * @param partitions the target and every table below it (partitions, inheritance children): rows the statement
 *                   itself changes land in these
 */
public record TargetTable(String name, String sqlName, String schema, List<String> partitions) {

    public TargetTable {
        partitions = List.copyOf(partitions);
    }

    private static final String RESOLVE = """
            WITH RECURSIVE tree(oid) AS (
                SELECT pg_catalog.to_regclass(?)::oid
                UNION
                SELECT i.inhrelid FROM pg_catalog.pg_inherits i JOIN tree ON i.inhparent = tree.oid
            )
            SELECT n.nspname, c.relname, c.oid::regclass::text, c.oid = pg_catalog.to_regclass(?)::oid
              FROM tree JOIN pg_catalog.pg_class c ON c.oid = tree.oid
              JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
             ORDER BY 4 DESC, 1, 2
            """;

    /**
     * @param guardName the name as the SQL guard reports it: exact name parts joined by dots
     * @throws PipelineException UNKNOWN_SCHEMA_ELEMENT when no such table is visible
     */
    public static TargetTable resolve(Connection connection, String guardName) throws SQLException {
        String quoted = quote(guardName);
        List<String> partitions = new ArrayList<>();
        String name = null;
        String sqlName = null;
        String schema = null;
        try (PreparedStatement statement = connection.prepareStatement(RESOLVE)) {
            statement.setString(1, quoted);
            statement.setString(2, quoted);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String qualified = rows.getString(1) + "." + rows.getString(2);
                    if (rows.getBoolean(4)) {
                        name = qualified;
                        sqlName = rows.getString(3);
                        schema = rows.getString(1);
                    }
                    partitions.add(qualified);
                }
            }
        }
        if (name == null) {
            throw new PipelineException(ErrorCode.UNKNOWN_SCHEMA_ELEMENT,
                    "The table " + guardName + " the statement writes to does not exist in the target database.",
                    "Check the table name; nothing was changed.");
        }
        return new TargetTable(name, sqlName, schema, partitions);
    }

    /** Each part double-quoted, since the guard already folded unquoted parts to the case PostgreSQL uses. */
    static String quote(String guardName) {
        List<String> parts = new ArrayList<>();
        for (String part : guardName.split("\\.")) {
            parts.add('"' + part.replace("\"", "\"\"") + '"');
        }
        return String.join(".", parts);
    }
}
