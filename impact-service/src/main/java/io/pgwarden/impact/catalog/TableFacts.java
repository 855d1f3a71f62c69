package io.pgwarden.impact.catalog;

import java.util.List;

/**
 * What the catalog says about one table the write reaches.
 *
 * @param table          {@code schema.table}
 * @param keyColumns     primary-key columns in key order; empty when the table has none
 * @param triggers       user triggers, as {@code schema.table: name (AFTER UPDATE ROW)}
 * @param rules          rewrite rules, as {@code schema.table: name (ON DELETE)}
 * @param dependentViews views and materialised views that read the table, as {@code schema.view (view)}
 * @param columns        every column with its type
 * @param sequences      sequences an insert into the table advances (serial and identity columns)
 * @param estimatedRows  the planner's row count of the table (pg_class.reltuples), -1 when never analysed
 * @param analysed       whether the table's statistics were ever gathered
 */
public record TableFacts(String table, List<String> keyColumns, List<String> triggers, List<String> rules,
        List<String> dependentViews, List<Column> columns, List<String> sequences, long estimatedRows,
        boolean analysed) {

    public TableFacts {
        keyColumns = List.copyOf(keyColumns);
        triggers = List.copyOf(triggers);
        rules = List.copyOf(rules);
        dependentViews = List.copyOf(dependentViews);
        columns = List.copyOf(columns);
        sequences = List.copyOf(sequences);
    }

    public record Column(String name, String type) {
    }
}
