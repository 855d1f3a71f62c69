package io.pgwarden.execution.write;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rows this transaction has inserted, updated and deleted so far, per user table, from
 * {@code pg_stat_xact_user_tables}. PostgreSQL counts every heap operation there, whoever caused it: the statement,
 * a foreign-key action or a trigger. Two censuses around a statement give its whole effect, table by table, which
 * is how pgwarden knows which tables to back up and proves afterwards that the backup covers every change.
 *
 * <p>pgwarden's own tables (schema {@code pgwarden_recovery}) are left out: the ledger and the backup are written in the
 * same transaction on purpose.
 */
public record TableCensus(Map<String, Counts> tables) {

    private static final String CENSUS = """
            SELECT format('%I.%I', schemaname, relname), n_tup_ins, n_tup_upd, n_tup_del
              FROM pg_stat_xact_user_tables
             WHERE schemaname <> 'pgwarden_recovery'
               AND (n_tup_ins > 0 OR n_tup_upd > 0 OR n_tup_del > 0)
            """;

    public TableCensus {
        tables = Map.copyOf(tables);
    }

    public static TableCensus take(Connection connection) throws SQLException {
        Map<String, Counts> tables = new TreeMap<>();
        try (PreparedStatement statement = connection.prepareStatement(CENSUS);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                tables.put(rows.getString(1), new Counts(rows.getLong(2), rows.getLong(3), rows.getLong(4)));
            }
        }
        return new TableCensus(tables);
    }

    /** What happened between {@code before} and this census: only tables with a change. */
    public TableCensus since(TableCensus before) {
        Map<String, Counts> changed = new TreeMap<>();
        tables.forEach((table, now) -> {
            Counts then = before.tables.getOrDefault(table, Counts.NONE);
            Counts delta = new Counts(now.inserted - then.inserted, now.updated - then.updated,
                    now.deleted - then.deleted);
            if (delta.total() > 0) {
                changed.put(table, delta);
            }
        });
        return new TableCensus(changed);
    }

    public Counts of(String table) {
        return tables.getOrDefault(table, Counts.NONE);
    }

    /** Heap operations; an update of the same row twice counts twice. */
    public record Counts(long inserted, long updated, long deleted) {

        static final Counts NONE = new Counts(0, 0, 0);

        public long total() {
            return inserted + updated + deleted;
        }
    }
}
