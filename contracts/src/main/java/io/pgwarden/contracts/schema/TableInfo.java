package io.pgwarden.contracts.schema;

import java.util.List;
import java.util.Optional;

/**
 * One table or view.
 *
 * @param schema        the schema it lives in
 * @param name          its name
 * @param kind          {@code TABLE}, {@code VIEW}, {@code MATERIALIZED_VIEW} or {@code PARTITIONED_TABLE}
 * @param comment       its comment, or null
 * @param estimatedRows the planner's row estimate (pg_class.reltuples), -1 when never analysed
 * @param columns       its columns in ordinal order
 * @param primaryKey    primary key column names, empty when there is none
 * @param foreignKeys   foreign keys from this table to others
 */
public record TableInfo(String schema, String name, String kind, String comment, long estimatedRows,
        List<ColumnInfo> columns, List<String> primaryKey, List<ForeignKeyInfo> foreignKeys) {

    public TableInfo {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        foreignKeys = List.copyOf(foreignKeys);
    }

    public String qualifiedName() {
        return schema + "." + name;
    }

    public Optional<ColumnInfo> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }
}
