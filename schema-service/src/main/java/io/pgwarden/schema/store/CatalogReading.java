package io.pgwarden.schema.store;

import io.pgwarden.contracts.schema.CheckConstraintInfo;
import io.pgwarden.contracts.schema.ColumnInfo;
import io.pgwarden.contracts.schema.ForeignKeyInfo;
import io.pgwarden.contracts.schema.IndexInfo;
import io.pgwarden.contracts.schema.SchemaCatalog;
import io.pgwarden.contracts.schema.TableInfo;
import io.pgwarden.contracts.schema.UniqueConstraintInfo;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a catalog over one JDBC connection: relations, columns and their defaults, keys, unique and check
 * constraints, indexes, statistics (distinct counts and most common values) and the value lexicon, in one
 * read-only transaction. Plain JDBC, so tests and tools can read a catalog without the service around it.
 */
public final class CatalogReading {

    /**
     * @param statementTimeout    per catalog or lexicon query
     * @param excludedSchemas     schemas never shown, besides the system ones
     * @param maxLexiconValues    a text column with at most this many distinct values has them in the lexicon
     * @param lexiconMaxTableRows tables with more estimated rows are not scanned for values
     */
    public record Settings(Duration statementTimeout, List<String> excludedSchemas, int maxLexiconValues,
            long lexiconMaxTableRows) {

        /** The service's defaults. */
        public static Settings defaults() {
            return new Settings(Duration.ofSeconds(5), List.of("pgwarden"), 200, 2_000_000);
        }
    }

    /** Most common values kept per column: enough to show what a column holds, small enough for every event. */
    static final int MOST_COMMON_VALUES = 10;
    /** A common value longer than this (a description, a document) says nothing useful and is left out. */
    private static final int MAX_COMMON_VALUE_LENGTH = 100;

    private CatalogReading() {
    }

    public static SchemaCatalog read(Connection connection, String databaseId, Settings config,
            ColumnValueSampler sampler) throws SQLException {
        connection.setReadOnly(true);
        connection.setAutoCommit(false);
        try {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET LOCAL statement_timeout = " + config.statementTimeout().toMillis());
            }
            String fingerprint = fingerprint(connection);
            Array excluded = connection.createArrayOf("text", config.excludedSchemas().toArray());
            Map<String, TableBuilder> tables = readRelations(connection, excluded);
            Map<String, ColumnStatistics> statistics = readStatistics(connection, excluded);
            readColumns(connection, excluded, tables, statistics);
            readConstraints(connection, excluded, tables);
            readIndexes(connection, excluded, tables);
            List<TableInfo> result = new ArrayList<>();
            for (TableBuilder table : tables.values()) {
                result.add(table.build(connection, sampler, config));
            }
            return new SchemaCatalog(databaseId, fingerprint, Instant.now(), result);
        } finally {
            connection.rollback();
        }
    }

    private static String fingerprint(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(CatalogQueries.FINGERPRINT)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static Map<String, TableBuilder> readRelations(Connection connection, Array excluded)
            throws SQLException {
        Map<String, TableBuilder> tables = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(CatalogQueries.RELATIONS)) {
            statement.setArray(1, excluded);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    TableBuilder table = new TableBuilder(rows.getString("schema_name"), rows.getString("table_name"),
                            kindName(rows.getString("kind")), rows.getString("comment"),
                            rows.getLong("estimated_rows"));
                    tables.put(table.qualifiedName(), table);
                }
            }
        }
        return tables;
    }

    private static Map<String, ColumnStatistics> readStatistics(Connection connection, Array excluded)
            throws SQLException {
        Map<String, ColumnStatistics> statistics = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(CatalogQueries.DISTINCT_ESTIMATES)) {
            statement.setInt(1, MOST_COMMON_VALUES);
            statement.setArray(2, excluded);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    List<String> common = strings(rows.getArray("common_values")).stream()
                            .filter(v -> v != null && v.length() <= MAX_COMMON_VALUE_LENGTH).toList();
                    statistics.put(rows.getString(1) + "." + rows.getString(2) + "." + rows.getString(3),
                            new ColumnStatistics(rows.getDouble(4), common));
                }
            }
        }
        return statistics;
    }

    private static void readColumns(Connection connection, Array excluded, Map<String, TableBuilder> tables,
            Map<String, ColumnStatistics> statistics) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(CatalogQueries.COLUMNS)) {
            statement.setArray(1, excluded);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    TableBuilder table = tables.get(rows.getString("schema_name") + "." + rows.getString("table_name"));
                    if (table == null) {
                        continue;
                    }
                    String column = rows.getString("column_name");
                    ColumnStatistics stats = statistics.get(table.qualifiedName() + "." + column);
                    table.addColumn(new ColumnDraft(column, rows.getString("data_type"),
                            TypeCategories.of(rows.getString("category"), rows.getString("type_name")),
                            rows.getBoolean("nullable"), rows.getString("comment"),
                            stats == null ? null : stats.distinct(), rows.getBoolean("has_default"),
                            rows.getString("default_expression"),
                            stats == null ? List.of() : stats.mostCommonValues()));
                }
            }
        }
    }

    private static void readConstraints(Connection connection, Array excluded, Map<String, TableBuilder> tables)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(CatalogQueries.CONSTRAINTS)) {
            statement.setArray(1, excluded);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    TableBuilder table = tables.get(rows.getString("schema_name") + "." + rows.getString("table_name"));
                    if (table == null) {
                        continue;
                    }
                    List<String> columns = strings(rows.getArray("columns"));
                    String name = rows.getString("name");
                    switch (rows.getString("type")) {
                        case "p" -> table.primaryKey(columns);
                        case "u" -> table.uniqueKeys.add(new UniqueConstraintInfo(name, columns));
                        case "c" -> table.checks.add(new CheckConstraintInfo(name, rows.getString("definition")));
                        default -> table.foreignKeys.add(new ForeignKeyInfo(name, columns,
                                rows.getString("ref_schema") + "." + rows.getString("ref_table"),
                                strings(rows.getArray("ref_columns")),
                                referentialAction(rows.getString("on_delete")),
                                referentialAction(rows.getString("on_update"))));
                    }
                }
            }
        }
    }

    private static void readIndexes(Connection connection, Array excluded, Map<String, TableBuilder> tables)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(CatalogQueries.INDEXES)) {
            statement.setArray(1, excluded);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    TableBuilder table = tables.get(rows.getString("schema_name") + "." + rows.getString("table_name"));
                    if (table != null) {
                        table.indexes.add(new IndexInfo(rows.getString("index_name"),
                                strings(rows.getArray("columns")), rows.getBoolean("is_unique"),
                                rows.getString("method")));
                    }
                }
            }
        }
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static String kindName(String relkind) {
        return switch (relkind) {
            case "v" -> "VIEW";
            case "m" -> "MATERIALIZED_VIEW";
            case "p" -> "PARTITIONED_TABLE";
            default -> "TABLE";
        };
    }

    /** pg_constraint.confdeltype / confupdtype codes as SQL words. */
    static String referentialAction(String code) {
        return switch (code) {
            case "c" -> "CASCADE";
            case "n" -> "SET NULL";
            case "d" -> "SET DEFAULT";
            case "r" -> "RESTRICT";
            default -> "NO ACTION";
        };
    }

    record ColumnDraft(String name, String dataType, String category, boolean nullable, String comment,
            Double distinctEstimate, boolean hasDefault, String defaultExpression, List<String> mostCommonValues) {
    }

    /** What pg_stats says about one column. */
    private record ColumnStatistics(double distinct, List<String> mostCommonValues) {
    }

    /** Collects one relation's parts while the catalog queries stream in. */
    private static final class TableBuilder {
        private final String schema;
        private final String name;
        private final String kind;
        private final String comment;
        private final long estimatedRows;
        private final List<ColumnDraft> columns = new ArrayList<>();
        private final List<ForeignKeyInfo> foreignKeys = new ArrayList<>();
        private final List<UniqueConstraintInfo> uniqueKeys = new ArrayList<>();
        private final List<CheckConstraintInfo> checks = new ArrayList<>();
        private final List<IndexInfo> indexes = new ArrayList<>();
        private List<String> primaryKey = List.of();

        TableBuilder(String schema, String name, String kind, String comment, long estimatedRows) {
            this.schema = schema;
            this.name = name;
            this.kind = kind;
            this.comment = comment;
            this.estimatedRows = estimatedRows;
        }

        String qualifiedName() {
            return schema + "." + name;
        }

        void addColumn(ColumnDraft column) {
            columns.add(column);
        }

        void primaryKey(List<String> key) {
            primaryKey = key;
        }

        TableInfo build(Connection connection, ColumnValueSampler sampler, Settings config) throws SQLException {
            List<ColumnInfo> built = new ArrayList<>();
            for (ColumnDraft column : columns) {
                long distinct = distinctCount(column.distinctEstimate());
                List<String> values = List.of();
                boolean worthSampling = "text".equals(column.category())
                        && estimatedRows <= config.lexiconMaxTableRows()
                        && (distinct < 0 || distinct <= config.maxLexiconValues());
                if (worthSampling) {
                    values = sampler.distinctValues(connection, schema, name, column.name(),
                            config.maxLexiconValues());
                    if (!values.isEmpty()) {
                        distinct = values.size();
                    }
                }
                built.add(new ColumnInfo(column.name(), column.dataType(), column.category(), column.nullable(),
                        column.comment(), distinct, values, column.hasDefault(), column.defaultExpression(),
                        column.mostCommonValues()));
            }
            return new TableInfo(schema, name, kind, comment, estimatedRows, built, primaryKey, foreignKeys,
                    uniqueKeys, indexes, checks);
        }

        private long distinctCount(Double estimate) {
            if (estimate == null) {
                return -1;
            }
            if (estimate >= 0) {
                return Math.round(estimate);
            }
            return estimatedRows < 0 ? -1 : Math.round(-estimate * estimatedRows);
        }
    }
}
