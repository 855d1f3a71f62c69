package io.pgwarden.query.domain.meta;

import io.pgwarden.contracts.intent.MetaRequest;
import io.pgwarden.contracts.schema.SchemaContext;
import io.pgwarden.contracts.schema.TableInfo;
import io.pgwarden.contracts.sql.SqlParameter;
import io.pgwarden.query.domain.BuiltQuery;
import io.pgwarden.query.domain.QueryBuildException;
import io.pgwarden.query.domain.describe.CommentLine;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Answers a question about the schema with a read of the database's own catalog, run like any other read by the
 * reading role. information_schema shows only the tables and columns that role holds a privilege on, so the answer
 * never names what the user could not query; foreign keys come from pg_catalog and are kept only when both of
 * their tables are visible that way. Table names are parameters, never SQL text.
 */
public final class MetaSqlBuilder {

    private static final String USER_SCHEMAS = "t.table_schema NOT IN ('pg_catalog', 'information_schema')"
            + " AND t.table_schema NOT LIKE 'pg\\_%'";

    public BuiltQuery build(MetaRequest meta, SchemaContext context) {
        List<TableInfo> tables = new ArrayList<>();
        for (String name : meta.tables()) {
            tables.add(context.table(name).orElseThrow(() -> QueryBuildException.unknown(
                    "The table " + name + " is not in this request's schema context.")));
        }
        return switch (meta.kind()) {
            case TABLES -> tables();
            case COLUMNS -> columns(one(tables, "columns"));
            case RELATIONSHIPS -> relationships(tables);
        };
    }

    private static BuiltQuery tables() {
        String sql = CommentLine.of("Lists the tables and views the reading role may query, from information_schema")
                + "\nSELECT CAST(t.table_schema AS text) AS \"schema\", CAST(t.table_name AS text) AS \"table\","
                + "\n       CASE WHEN t.table_type = 'VIEW' THEN 'view' ELSE 'table' END AS \"kind\""
                + "\nFROM information_schema.tables t"
                + "\nWHERE " + USER_SCHEMAS
                + "\nORDER BY 1, 2";
        return new BuiltQuery(sql, List.of(), "Lists the tables and views you can ask about.");
    }

    private static BuiltQuery columns(TableInfo table) {
        String sql = CommentLine.of("Lists the columns of the table in parameters 1 and 2 (schema, name), with"
                + " their types, whether they may be empty, their defaults and keys")
                + "\nSELECT CAST(c.column_name AS text) AS \"column\", CAST(c.data_type AS text) AS \"type\","
                + "\n       c.is_nullable = 'YES' AS \"nullable\", CAST(c.column_default AS text) AS \"default\","
                + "\n       (SELECT string_agg(CASE WHEN k.contype = 'p' THEN 'primary key'"
                + "\n                               ELSE 'references ' || rn.nspname || '.' || rt.relname END, ', ')"
                + "\n        FROM pg_catalog.pg_constraint k"
                + "\n        JOIN pg_catalog.pg_class r ON r.oid = k.conrelid"
                + "\n        JOIN pg_catalog.pg_namespace n ON n.oid = r.relnamespace"
                + "\n        JOIN pg_catalog.pg_attribute a ON a.attrelid = r.oid AND a.attnum = ANY (k.conkey)"
                + "\n        LEFT JOIN pg_catalog.pg_class rt ON rt.oid = k.confrelid"
                + "\n        LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = rt.relnamespace"
                + "\n        WHERE k.contype IN ('p', 'f') AND n.nspname = c.table_schema AND r.relname = c.table_name"
                + "\n          AND a.attname = c.column_name) AS \"key\""
                + "\nFROM information_schema.columns c"
                + "\nWHERE c.table_schema = ? AND c.table_name = ?"
                + "\nORDER BY c.ordinal_position";
        return new BuiltQuery(sql, List.of(text(table.schema()), text(table.name())),
                "Lists the columns of " + table.name() + " with their types, whether they may be empty, their"
                        + " defaults and keys.");
    }

    /**
     * One table: every foreign key from or to it. Several: the foreign keys whose both ends are among them (the
     * engine passes every table on the path between the tables a question names).
     */
    private static BuiltQuery relationships(List<TableInfo> tables) {
        if (tables.isEmpty()) {
            throw QueryBuildException.invalid("A question about relationships needs at least one table.");
        }
        List<SqlParameter> parameters = new ArrayList<>();
        String where;
        String comment;
        String explanation;
        if (tables.size() == 1) {
            TableInfo table = tables.get(0);
            where = "(" + isTable("n", "r", List.of(table), parameters) + " OR "
                    + isTable("rn", "rt", List.of(table), parameters) + ")";
            comment = "Lists the foreign keys from or to the table in parameters 1 and 2 (schema, name)";
            explanation = "Lists the foreign keys that connect " + table.name() + " with other tables.";
        } else {
            where = "(" + isTable("n", "r", tables, parameters) + ")\n  AND ("
                    + isTable("rn", "rt", tables, parameters) + ")";
            comment = "Lists the foreign keys between the " + tables.size() + " tables in parameters 1 to "
                    + tables.size() * 2 + " (schema, name pairs), both ends among them";
            explanation = "Lists the foreign keys that connect " + tables.stream().map(TableInfo::name)
                    .collect(Collectors.joining(", ")) + ".";
        }
        String sql = CommentLine.of(comment)
                + "\nSELECT n.nspname || '.' || r.relname AS \"from_table\","
                + "\n       (SELECT string_agg(CAST(a.attname AS text), ', ' ORDER BY a.attnum) FROM pg_catalog.pg_attribute a"
                + "\n        WHERE a.attrelid = k.conrelid AND a.attnum = ANY (k.conkey)) AS \"from_columns\","
                + "\n       rn.nspname || '.' || rt.relname AS \"to_table\","
                + "\n       (SELECT string_agg(CAST(a.attname AS text), ', ' ORDER BY a.attnum) FROM pg_catalog.pg_attribute a"
                + "\n        WHERE a.attrelid = k.confrelid AND a.attnum = ANY (k.confkey)) AS \"to_columns\","
                + "\n       CASE k.confdeltype WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' WHEN 'd' THEN 'SET DEFAULT'"
                + "\n            WHEN 'r' THEN 'RESTRICT' ELSE 'NO ACTION' END AS \"on_delete\","
                + "\n       CAST(k.conname AS text) AS \"constraint\""
                + "\nFROM pg_catalog.pg_constraint k"
                + "\nJOIN pg_catalog.pg_class r ON r.oid = k.conrelid"
                + "\nJOIN pg_catalog.pg_namespace n ON n.oid = r.relnamespace"
                + "\nJOIN pg_catalog.pg_class rt ON rt.oid = k.confrelid"
                + "\nJOIN pg_catalog.pg_namespace rn ON rn.oid = rt.relnamespace"
                + "\nWHERE k.contype = 'f'"
                + "\n  AND " + where
                + "\n  AND EXISTS (SELECT 1 FROM information_schema.tables t"
                + "\n              WHERE t.table_schema = n.nspname AND t.table_name = r.relname)"
                + "\n  AND EXISTS (SELECT 1 FROM information_schema.tables t"
                + "\n              WHERE t.table_schema = rn.nspname AND t.table_name = rt.relname)"
                + "\nORDER BY 1, 3, 6";
        return new BuiltQuery(sql, parameters, explanation);
    }

    private static String isTable(String namespace, String relation, List<TableInfo> tables,
            List<SqlParameter> parameters) {
        List<String> alternatives = new ArrayList<>();
        for (TableInfo table : tables) {
            parameters.add(text(table.schema()));
            parameters.add(text(table.name()));
            alternatives.add("(" + namespace + ".nspname = ? AND " + relation + ".relname = ?)");
        }
        return String.join(" OR ", alternatives);
    }

    private static TableInfo one(List<TableInfo> tables, String what) {
        if (tables.size() != 1) {
            throw QueryBuildException.invalid("A question about " + what + " is about exactly one table, not "
                    + tables.size() + ".");
        }
        return tables.get(0);
    }

    private static SqlParameter text(String value) {
        return new SqlParameter("text", value);
    }
}
