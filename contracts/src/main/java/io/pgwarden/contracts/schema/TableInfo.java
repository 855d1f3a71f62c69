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
 * @param uniqueKeys    UNIQUE constraints; empty in catalogs of producers that predate it
 * @param indexes       its indexes; empty in catalogs of producers that predate it
 * @param checks        CHECK constraints; empty in catalogs of producers that predate it
 */
public record TableInfo(String schema, String name, String kind, String comment, long estimatedRows,
        List<ColumnInfo> columns, List<String> primaryKey, List<ForeignKeyInfo> foreignKeys,
        List<UniqueConstraintInfo> uniqueKeys, List<IndexInfo> indexes, List<CheckConstraintInfo> checks) {

    public TableInfo {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        foreignKeys = List.copyOf(foreignKeys);
        uniqueKeys = uniqueKeys == null ? List.of() : List.copyOf(uniqueKeys);
        indexes = indexes == null ? List.of() : List.copyOf(indexes);
        checks = checks == null ? List.of() : List.copyOf(checks);
    }

    /** A table known only by its columns and keys. */
    public TableInfo(String schema, String name, String kind, String comment, long estimatedRows,
            List<ColumnInfo> columns, List<String> primaryKey, List<ForeignKeyInfo> foreignKeys) {
        this(schema, name, kind, comment, estimatedRows, columns, primaryKey, foreignKeys, List.of(), List.of(),
                List.of());
    }

    public String qualifiedName() {
        return schema + "." + name;
    }

    public Optional<ColumnInfo> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }
}
