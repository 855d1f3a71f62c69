package io.pgwarden.impact.dryrun;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * This transaction's row operations per table, from pg_stat_xact_user_tables. The view also shows operations of
 * earlier transactions on the same connection that the server has not yet flushed to the statistics system, so
 * only the difference between two readings inside one transaction means anything.
 */
record TupleCounters(Map<Long, Reading> readings) {

    // relid::regclass::text is the table's name as SQL may write it (quoted where needed)
    private static final String READ = """
            SELECT relid, schemaname || '.' || relname, relid::regclass::text, n_tup_ins, n_tup_upd, n_tup_del
              FROM pg_catalog.pg_stat_xact_user_tables
            """;

    static TupleCounters read(Connection connection) throws SQLException {
        Map<Long, Reading> readings = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(READ);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                Reading reading = new Reading(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getLong(4),
                        rows.getLong(5), rows.getLong(6));
                readings.put(reading.relid(), reading);
            }
        }
        return new TupleCounters(readings);
    }

    /** Operations counted since {@code before}, for tables with any. */
    Map<Long, Reading> since(TupleCounters before) {
        Map<Long, Reading> changed = new HashMap<>();
        for (Reading now : readings.values()) {
            Reading then = before.readings.get(now.relid());
            Reading delta = then == null ? now : new Reading(now.relid(), now.table(), now.sqlName(),
                    now.inserted() - then.inserted(), now.updated() - then.updated(), now.deleted() - then.deleted());
            if (delta.inserted() + delta.updated() + delta.deleted() > 0) {
                changed.put(delta.relid(), delta);
            }
        }
        return changed;
    }

    /**
     * @param table   {@code schema.table} as shown to people
     * @param sqlName the name to write in SQL
     */
    record Reading(long relid, String table, String sqlName, long inserted, long updated, long deleted) {
    }
}
