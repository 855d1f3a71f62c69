package io.pgwarden.execution.read.plan;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Suggests an index when the plan reads a large table in full only to keep the few rows its filter matches, and no
 * index leads with a filtered column. "Large" is the table's row estimate in the catalog (pg_class.reltuples, kept by
 * ANALYZE and autovacuum); "few" means the planner expects the filter to keep at most a fifth of the rows, since for a
 * filter that keeps most of them a full scan is the right plan and an index would not help. A table never analyzed
 * (reltuples -1) is judged by the rows the filter is expected to keep, the only size the plan gives.
 */
public final class IndexAdvisor {

    /** The production default of the large-table threshold. */
    public static final long DEFAULT_LARGE_TABLE_ROWS = 10_000;

    private static final double MAX_SELECTED_FRACTION = 0.2;

    // Per filtered column of the table: the table's row estimate and whether a valid index has it as first key.
    private static final String CATALOG = """
            SELECT c.reltuples, a.attname,
                   EXISTS (SELECT 1 FROM pg_index i
                           WHERE i.indrelid = c.oid AND i.indisvalid AND i.indkey[0] = a.attnum) AS indexed
            FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
            WHERE n.nspname = ? AND c.relname = ? AND a.attname = ANY (?)
            ORDER BY array_position(?, a.attname::text)""";

    private final long largeTableRows;

    /** @param largeTableRows a table with at least this many (estimated) rows is large; 0 or less turns advice off */
    public IndexAdvisor(long largeTableRows) {
        this.largeTableRows = largeTableRows;
    }

    /** One suggestion per large table scanned in full to filter on columns no index leads with. */
    public List<String> suggestions(Connection connection, List<FilteredScan> scans) throws SQLException {
        List<String> suggestions = new ArrayList<>();
        if (largeTableRows <= 0) {
            return suggestions;
        }
        try (PreparedStatement catalog = connection.prepareStatement(CATALOG)) {
            for (FilteredScan scan : scans) {
                String suggestion = suggestion(catalog, scan);
                if (suggestion != null && !suggestions.contains(suggestion)) {
                    suggestions.add(suggestion);
                }
            }
        }
        return suggestions;
    }

    private String suggestion(PreparedStatement catalog, FilteredScan scan) throws SQLException {
        Array names = catalog.getConnection().createArrayOf("text", scan.columns().toArray());
        catalog.setString(1, scan.schema());
        catalog.setString(2, scan.table());
        catalog.setArray(3, names);
        catalog.setArray(4, names);
        double tableRows = -1;
        Map<String, Boolean> indexed = new LinkedHashMap<>();
        try (ResultSet rows = catalog.executeQuery()) {
            while (rows.next()) {
                tableRows = rows.getDouble(1);
                indexed.put(rows.getString(2), rows.getBoolean(3));
            }
        }
        if (indexed.isEmpty() || indexed.containsValue(true) || !large(tableRows, scan.estimatedRows())) {
            return null;
        }
        return advice(scan, tableRows < 0 ? scan.estimatedRows() : tableRows, List.copyOf(indexed.keySet()));
    }

    private boolean large(double tableRows, double selectedRows) {
        if (tableRows < 0) {
            return selectedRows >= largeTableRows;
        }
        return tableRows >= largeTableRows && selectedRows <= tableRows * MAX_SELECTED_FRACTION;
    }

    static String advice(FilteredScan scan, double tableRows, List<String> columns) {
        List<String> indexes = columns.stream().map(column -> scan.table() + "(" + column + ")").toList();
        return String.format(Locale.ROOT,
                "%s.%s is scanned in full (≈%,d rows) to filter on %s; an index on %s would avoid it",
                scan.schema(), scan.table(), Math.round(tableRows), String.join(", ", columns),
                String.join(" or ", indexes));
    }
}
