package io.pgwarden.intent.llm.validate;

import io.pgwarden.contracts.schema.ColumnInfo;
import io.pgwarden.contracts.schema.SchemaCatalog;
import io.pgwarden.contracts.schema.TableInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.sf.jsqlparser.schema.Column;

/**
 * Checks that every table and column a statement names exists in the catalog, with "did you mean" suggestions for
 * the model's correction. It is strict where the answer is certain (a name qualified by a real table or alias, an
 * unqualified name when only real tables are read) and leaves the rest (names from subqueries, WITH items,
 * functions) to EXPLAIN, which has the last word anyway.
 */
final class CatalogCheck {

    /** Words PostgreSQL reads as values, which JSqlParser may hand over as column names. */
    private static final Set<String> NOT_COLUMNS = Set.of("true", "false", "null", "default", "current_date",
            "current_time", "current_timestamp", "localtime", "localtimestamp", "current_user", "session_user",
            "user", "current_role", "current_schema", "current_catalog");

    /**
     * The outcome: the catalog tables the statement reads or writes, in the order it names them, or the problem.
     */
    record Result(List<TableInfo> tables, Optional<String> problem) {
    }

    Result check(StatementNames names, SchemaCatalog catalog) {
        Map<String, TableInfo> byName = new LinkedHashMap<>();
        Map<String, TableInfo> byAlias = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (StatementNames.TableRef ref : names.tables) {
            if (ref.schema() == null && names.withNames.contains(ref.name())) {
                continue;
            }
            Optional<TableInfo> table = resolve(ref, catalog);
            if (table.isEmpty()) {
                String written = ref.schema() == null ? ref.name() : ref.schema() + "." + ref.name();
                problems.add("table " + written + " does not exist." + Suggestions.phrase(Suggestions.closest(
                        ref.name(), catalog.tables().stream().map(TableInfo::qualifiedName).toList())));
                continue;
            }
            byName.putIfAbsent(table.get().qualifiedName(), table.get());
            byAlias.put(ref.alias() != null ? ref.alias() : ref.name(), table.get());
            byAlias.putIfAbsent(table.get().qualifiedName(), table.get());
        }
        if (problems.isEmpty()) {
            boolean onlyRealTables = names.derivedAliases.isEmpty() && names.withNames.isEmpty();
            for (Column column : names.columns) {
                checkColumn(column, byAlias, List.copyOf(byName.values()), onlyRealTables, names, problems);
            }
        }
        return new Result(List.copyOf(byName.values()),
                problems.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", problems.stream()
                        .distinct().toList())));
    }

    private static void checkColumn(Column column, Map<String, TableInfo> byAlias, List<TableInfo> tables,
            boolean onlyRealTables, StatementNames names, List<String> problems) {
        String name = StatementNames.fold(column.getColumnName());
        if (name == null) {
            return;
        }
        String qualifier = column.getTable() == null ? null : StatementNames.fold(column.getTable().getName());
        if (qualifier != null) {
            String schema = StatementNames.fold(column.getTable().getSchemaName());
            TableInfo table = byAlias.get(schema == null ? qualifier : schema + "." + qualifier);
            if (table != null && table.column(name).isEmpty()) {
                problems.add("column " + name + " does not exist in table " + table.qualifiedName() + "."
                        + Suggestions.phrase(Suggestions.closest(name, columnNames(table))));
            }
            return;
        }
        if (!onlyRealTables || tables.isEmpty() || NOT_COLUMNS.contains(name) || names.outputAliases.contains(name)) {
            return;
        }
        if (tables.stream().noneMatch(t -> t.column(name).isPresent())) {
            List<String> known = tables.size() == 1 ? columnNames(tables.get(0)) : tables.stream()
                    .flatMap(t -> t.columns().stream().map(c -> t.name() + "." + c.name())).toList();
            problems.add("column " + name + " does not exist in " + (tables.size() == 1 ? "table " : "tables ")
                    + String.join(", ", tables.stream().map(TableInfo::qualifiedName).toList()) + "."
                    + Suggestions.phrase(Suggestions.closest(name, known)));
        }
    }

    private static Optional<TableInfo> resolve(StatementNames.TableRef ref, SchemaCatalog catalog) {
        if (ref.schema() != null) {
            return catalog.table(ref.schema() + "." + ref.name());
        }
        // Unqualified names resolve through the search path, which starts with public.
        Optional<TableInfo> inPublic = catalog.table("public." + ref.name());
        return inPublic.isPresent() ? inPublic : catalog.table(ref.name());
    }

    private static List<String> columnNames(TableInfo table) {
        return table.columns().stream().map(ColumnInfo::name).toList();
    }
}
