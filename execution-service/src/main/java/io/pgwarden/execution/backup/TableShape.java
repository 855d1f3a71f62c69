package io.pgwarden.execution.backup;

import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.kit.error.PipelineException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the backup needs to know about one table, read from the catalog: its name as SQL text, its primary key and
 * the columns a restore may write. Every name here comes from the catalog already quoted ({@code format('%I')},
 * {@code quote_ident}), so it may be spliced into SQL; no value ever is.
 *
 * @param name        schema-qualified and quoted, for example {@code public.orders}
 * @param keyColumns  primary key columns, quoted, in key order
 * @param keyNames    the same columns unquoted: the field names of the key in {@code row_key} and {@code pre_image}
 * @param columns     columns a restore writes (not dropped, not generated), quoted
 */
public record TableShape(String name, List<String> keyColumns, List<String> keyNames, List<String> columns) {

    private static final String TABLE = """
            SELECT format('%I.%I', n.nspname, c.relname)
              FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE c.oid = ?::regclass
            """;
    // The primary key, or else the replica identity index (a unique, non-null key chosen by the owner).
    private static final String KEY = """
            SELECT quote_ident(a.attname), a.attname
              FROM pg_index i
              JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, position) ON true
              JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
             WHERE i.indrelid = ?::regclass
               AND i.indexrelid = (SELECT i2.indexrelid FROM pg_index i2
                                    WHERE i2.indrelid = i.indrelid AND (i2.indisprimary OR i2.indisreplident)
                                    ORDER BY i2.indisprimary DESC LIMIT 1)
             ORDER BY k.position
            """;
    private static final String COLUMNS = """
            SELECT quote_ident(attname)
              FROM pg_attribute
             WHERE attrelid = ?::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = ''
             ORDER BY attnum
            """;

    public TableShape {
        keyColumns = List.copyOf(keyColumns);
        keyNames = List.copyOf(keyNames);
        columns = List.copyOf(columns);
    }

    /**
     * @param table a table name or oid as text, resolved through regclass
     * @throws PipelineException when the table has no primary key: its rows could not be found again to restore
     */
    public static TableShape of(Connection connection, String table) throws SQLException {
        String name;
        try (PreparedStatement statement = connection.prepareStatement(TABLE)) {
            statement.setString(1, table);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                name = rows.getString(1);
            }
        }
        List<String> keyColumns = new ArrayList<>();
        List<String> keyNames = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(KEY)) {
            statement.setString(1, table);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    keyColumns.add(rows.getString(1));
                    keyNames.add(rows.getString(2));
                }
            }
        }
        if (keyColumns.isEmpty()) {
            throw new PipelineException(ErrorCode.REFUSED_BY_POLICY,
                    "The statement changes rows of " + name + ", which has no primary key, so they could not be"
                            + " backed up and restored; nothing was changed.",
                    "Add a primary key (or a replica identity index) to " + name + ", or ask an operator to run"
                            + " the change outside pgwarden.");
        }
        List<String> columns = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(COLUMNS)) {
            statement.setString(1, table);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    columns.add(rows.getString(1));
                }
            }
        }
        return new TableShape(name, keyColumns, keyNames, columns);
    }

    /** {@code jsonb_build_object('id', t.id, ...)}: the key as it is stored in {@code row_key}. */
    public String keyJson(String alias) {
        StringBuilder sql = new StringBuilder("jsonb_build_object(");
        for (int i = 0; i < keyColumns.size(); i++) {
            if (i > 0) {
                sql.append(", ");
            }
            sql.append(literal(keyNames.get(i))).append(", ").append(alias).append('.').append(keyColumns.get(i));
        }
        return sql.append(')').toString();
    }

    /** {@code (t.a, t.b) = (k.a, k.b)}: the row of {@code alias} whose key equals that of record {@code other}. */
    public String keyMatch(String alias, String other) {
        return "(" + qualified(alias, keyColumns) + ") = (" + qualified(other, keyColumns) + ")";
    }

    public String columnList() {
        return String.join(", ", columns);
    }

    public String qualifiedColumns(String alias) {
        return qualified(alias, columns);
    }

    private static String qualified(String alias, List<String> names) {
        return String.join(", ", names.stream().map(c -> alias + "." + c).toList());
    }

    /** A column name as a SQL string literal (names come from the catalog; quotes are doubled all the same). */
    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
