package io.pgwarden.impact.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads triggers, rules, dependent views, keys, columns and sequences of the tables a write reaches. */
public final class TableCatalog {

    private static final String TABLES = """
            SELECT c.oid, n.nspname || '.' || c.relname, c.reltuples::bigint,
                   coalesce(s.last_analyze, s.last_autoanalyze) IS NOT NULL
              FROM pg_catalog.pg_class c
              JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
              LEFT JOIN pg_catalog.pg_stat_all_tables s ON s.relid = c.oid
             WHERE n.nspname || '.' || c.relname = ANY (?) AND c.relkind IN ('r', 'p', 'v', 'f', 'm')
            """;

    private static final String KEYS = """
            SELECT i.indrelid, a.attname
              FROM pg_catalog.pg_index i
              JOIN LATERAL unnest(i.indkey) WITH ORDINALITY k(attnum, n) ON true
              JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
             WHERE i.indisprimary AND i.indrelid = ANY (?)
             ORDER BY i.indrelid, k.n
            """;

    // tgtype bits: 1 row, 2 before, 4 insert, 8 delete, 16 update, 32 truncate, 64 instead of
    private static final String TRIGGERS = """
            SELECT t.tgrelid, t.tgname,
                   CASE WHEN t.tgtype & 2 <> 0 THEN 'BEFORE' WHEN t.tgtype & 64 <> 0 THEN 'INSTEAD OF'
                        ELSE 'AFTER' END
                   || ' ' || concat_ws(' OR ', CASE WHEN t.tgtype & 4 <> 0 THEN 'INSERT' END,
                                               CASE WHEN t.tgtype & 16 <> 0 THEN 'UPDATE' END,
                                               CASE WHEN t.tgtype & 8 <> 0 THEN 'DELETE' END,
                                               CASE WHEN t.tgtype & 32 <> 0 THEN 'TRUNCATE' END)
                   || CASE WHEN t.tgtype & 1 <> 0 THEN ' ROW' ELSE ' STATEMENT' END
                   || CASE WHEN t.tgenabled = 'D' THEN ', disabled' ELSE '' END
              FROM pg_catalog.pg_trigger t
             WHERE NOT t.tgisinternal AND t.tgrelid = ANY (?)
             ORDER BY t.tgrelid, t.tgname
            """;

    private static final String RULES = """
            SELECT r.ev_class, r.rulename,
                   CASE r.ev_type WHEN '2' THEN 'UPDATE' WHEN '3' THEN 'INSERT' WHEN '4' THEN 'DELETE'
                        ELSE 'SELECT' END
                   || CASE WHEN r.is_instead THEN ', INSTEAD' ELSE '' END
              FROM pg_catalog.pg_rewrite r
             WHERE r.rulename <> '_RETURN' AND r.ev_class = ANY (?)
             ORDER BY r.ev_class, r.rulename
            """;

    // a view's query is a rewrite rule that depends on every table it reads
    private static final String VIEWS = """
            SELECT DISTINCT d.refobjid, vn.nspname || '.' || v.relname,
                   CASE v.relkind WHEN 'm' THEN 'materialized view' ELSE 'view' END
              FROM pg_catalog.pg_depend d
              JOIN pg_catalog.pg_rewrite r ON r.oid = d.objid
              JOIN pg_catalog.pg_class v ON v.oid = r.ev_class
              JOIN pg_catalog.pg_namespace vn ON vn.oid = v.relnamespace
             WHERE d.classid = 'pg_catalog.pg_rewrite'::regclass AND d.refclassid = 'pg_catalog.pg_class'::regclass
               AND d.refobjid = ANY (?) AND v.oid <> d.refobjid
             ORDER BY 1, 2
            """;

    private static final String COLUMNS = """
            SELECT a.attrelid, a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod),
                   pg_catalog.pg_get_serial_sequence(a.attrelid::regclass::text, a.attname)
              FROM pg_catalog.pg_attribute a
             WHERE a.attrelid = ANY (?) AND a.attnum > 0 AND NOT a.attisdropped
             ORDER BY a.attrelid, a.attnum
            """;

    private TableCatalog() {
    }

    /** Facts for each named table ({@code schema.table}) that exists, keyed by name, in the order given. */
    public static Map<String, TableFacts> load(Connection connection, Collection<String> tables) throws SQLException {
        Map<Long, String> names = new LinkedHashMap<>();
        Map<Long, long[]> sizes = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(TABLES)) {
            statement.setArray(1, connection.createArrayOf("text", tables.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    names.put(rows.getLong(1), rows.getString(2));
                    sizes.put(rows.getLong(1), new long[] {rows.getLong(3), rows.getBoolean(4) ? 1 : 0});
                }
            }
        }
        Long[] oids = names.keySet().toArray(Long[]::new);
        Map<Long, List<String>> keys = pairs(connection, KEYS, names, (rows, name) -> rows.getString(2));
        Map<Long, List<String>> triggers = pairs(connection, TRIGGERS, names,
                (rows, name) -> name + ": " + rows.getString(2) + " (" + rows.getString(3) + ")");
        Map<Long, List<String>> rules = pairs(connection, RULES, names,
                (rows, name) -> name + ": " + rows.getString(2) + " (ON " + rows.getString(3) + ")");
        Map<Long, List<String>> views = pairs(connection, VIEWS, names,
                (rows, name) -> rows.getString(2) + " (" + rows.getString(3) + ")");
        Map<Long, List<TableFacts.Column>> columns = new HashMap<>();
        Map<Long, List<String>> sequences = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(COLUMNS)) {
            statement.setArray(1, connection.createArrayOf("oid", oids));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    long oid = rows.getLong(1);
                    columns.computeIfAbsent(oid, any -> new ArrayList<>())
                            .add(new TableFacts.Column(rows.getString(2), rows.getString(3)));
                    if (rows.getString(4) != null) {
                        sequences.computeIfAbsent(oid, any -> new ArrayList<>()).add(rows.getString(4));
                    }
                }
            }
        }
        Map<String, TableFacts> facts = new LinkedHashMap<>();
        for (String table : tables) {
            names.entrySet().stream().filter(entry -> entry.getValue().equals(table)).findFirst().ifPresent(entry -> {
                long oid = entry.getKey();
                long[] size = sizes.get(oid);
                facts.put(table, new TableFacts(table, keys.getOrDefault(oid, List.of()),
                        triggers.getOrDefault(oid, List.of()), rules.getOrDefault(oid, List.of()),
                        views.getOrDefault(oid, List.of()), columns.getOrDefault(oid, List.of()),
                        sequences.getOrDefault(oid, List.of()), size[1] == 1 ? size[0] : -1, size[1] == 1));
            });
        }
        return facts;
    }

    private interface RowText {
        String of(ResultSet rows, String tableName) throws SQLException;
    }

    /** Runs a query whose first column is a table's oid and collects one text per row for that table. */
    private static Map<Long, List<String>> pairs(Connection connection, String sql, Map<Long, String> names,
            RowText text) throws SQLException {
        Map<Long, List<String>> byTable = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("oid", names.keySet().toArray(Long[]::new)));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    long oid = rows.getLong(1);
                    byTable.computeIfAbsent(oid, any -> new ArrayList<>()).add(text.of(rows, names.get(oid)));
                }
            }
        }
        return byTable;
    }
}
