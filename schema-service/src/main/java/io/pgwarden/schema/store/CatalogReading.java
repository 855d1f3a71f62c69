package io.pgwarden.schema.store;

import io.pgwarden.contracts.schema.ColumnInfo;
import io.pgwarden.contracts.schema.ForeignKeyInfo;
import io.pgwarden.contracts.schema.SchemaCatalog;
import io.pgwarden.contracts.schema.TableInfo;
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
 * Reads a catalog over one JDBC connection: relations, columns, keys, statistics and the value lexicon, in one
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
            Map<String, Double> distinct = readDistinctEstimates(connection, excluded);
            readColumns(connection, excluded, tables, distinct);
            readConstraints(connection, excluded, tables);
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

    private static Map<String, Double> readDistinctEstimates(Connection connection, Array excluded)
            throws SQLException {
        Map<String, Double> estimates = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(CatalogQueries.DISTINCT_ESTIMATES)) {
            statement.setArray(1, excluded);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    estimates.put(rows.getString(1) + "." + rows.getString(2) + "." + rows.getString(3),
                            rows.getDouble(4));
                }
            }
        }
        return estimates;
    }

    private static void readColumns(Connection connection, Array excluded, Map<String, TableBuilder> tables,
            Map<String, Double> distinct) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(CatalogQueries.COLUMNS)) {
            statement.setArray(1, excluded);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    TableBuilder table = tables.get(rows.getString("schema_name") + "." + rows.getString("table_name"));
                    if (table == null) {
                        continue;
                    }
                    String column = rows.getString("column_name");
                    Double estimate = distinct.get(table.qualifiedName() + "." + column);
                    table.addColumn(new ColumnDraft(column, rows.getString("data_type"),
                            TypeCategories.of(rows.getString("category"), rows.getString("type_name")),
                            rows.getBoolean("nullable"), rows.getString("comment"), estimate,
                            rows.getBoolean("has_default")));
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
                    if ("p".equals(rows.getString("type"))) {
                        table.primaryKey(columns);
                    } else {
                        table.addForeignKey(new ForeignKeyInfo(rows.getString("name"), columns,
                                rows.getString("ref_schema") + "." + rows.getString("ref_table"),
                                strings(rows.getArray("ref_columns")),
                                referentialAction(rows.getString("on_delete")),
                                referentialAction(rows.getString("on_update"))));
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
            Double distinctEstimate, boolean hasDefault) {
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

        void addForeignKey(ForeignKeyInfo foreignKey) {
            foreignKeys.add(foreignKey);
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
                        column.comment(), distinct, values, column.hasDefault()));
            }
            return new TableInfo(schema, name, kind, comment, estimatedRows, built, primaryKey, foreignKeys);
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
