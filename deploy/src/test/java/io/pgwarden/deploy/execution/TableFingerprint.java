package io.pgwarden.deploy.execution;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Row count and checksum of every user table, as in the e2e DatabaseFingerprint's row facts, but without pgwarden's
 * own schema (the ledger and backups grow with every write and restore, by design) and without sequence positions
 * (an INSERT advances a sequence, which no rollback gives back: sequences are not transactional in PostgreSQL).
 */
record TableFingerprint(SortedMap<String, String> tables) {

    private static final String TABLES = """
            SELECT format('%I.%I', n.nspname, c.relname)
              FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE c.relkind IN ('r', 'p') AND c.relpersistence = 'p'
               AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pgwarden_recovery')
               AND n.nspname NOT LIKE 'pg\\_%'
            """;

    static TableFingerprint of(Connection superuser) throws SQLException {
        SortedMap<String, String> tables = new TreeMap<>();
        try (Statement statement = superuser.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(TABLES)) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            for (String table : names) {
                try (ResultSet rows = statement.executeQuery("SELECT count(*), md5(coalesce(string_agg(t::text, '|'"
                        + " ORDER BY t::text), '')) FROM " + table + " t")) {
                    rows.next();
                    tables.put(table, rows.getLong(1) + " rows, md5 " + rows.getString(2));
                }
            }
        }
        return new TableFingerprint(tables);
    }

    List<String> differencesFrom(TableFingerprint before) {
        List<String> differences = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>(before.tables.keySet());
        names.addAll(tables.keySet());
        for (String name : names) {
            String old = before.tables.get(name);
            String now = tables.get(name);
            if (old == null || !old.equals(now)) {
                differences.add(name + ": " + old + " -> " + now);
            }
        }
        return differences;
    }
}
