package io.pgwarden.schema.domain;

import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.contracts.intent.Condition;
import io.pgwarden.contracts.intent.GroupKey;
import io.pgwarden.contracts.intent.Intent;
import io.pgwarden.contracts.intent.Operator;
import io.pgwarden.contracts.intent.Ordering;
import io.pgwarden.contracts.intent.QuerySpec;
import io.pgwarden.contracts.schema.JoinPath;
import io.pgwarden.contracts.schema.SchemaCatalog;
import io.pgwarden.contracts.schema.SchemaContext;
import io.pgwarden.contracts.schema.TableInfo;
import io.pgwarden.kit.error.PipelineException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cuts the part of the catalog one intent needs and checks every table and column it names exists. A name that
 * does not exist ends the request with suggestions rather than a query over something else.
 */
public final class ContextBuilder {

    public SchemaContext build(Intent intent, SchemaCatalog catalog) {
        QuerySpec spec = intent.spec();
        if (spec == null) {
            throw new PipelineException(ErrorCode.NOT_UNDERSTOOD,
                    "The question did not name anything in the database to read.",
                    "Mention a table, for example \"how many <things> are there?\".");
        }
        Map<String, TableInfo> tables = new LinkedHashMap<>();
        for (String name : spec.tables()) {
            tables.put(name, requireTable(catalog, name));
        }
        if (spec.meta() != null) {
            // A question about the schema reads the database's own catalog: it needs only the tables it names.
            return new SchemaContext(catalog.databaseId(), catalog.fingerprint(), List.copyOf(tables.values()),
                    List.of());
        }
        TableInfo main = tables.get(spec.table());
        spec.assignments().forEach(assignment -> requireColumn(main, assignment.column()));
        spec.insertValues().keySet().forEach(column -> requireColumn(main, column));
        spec.columns().forEach(column -> requireColumn(main, column));
        spec.orderBy().stream().filter(o -> !o.aggregate()).map(Ordering::column)
                .forEach(column -> requireColumn(main, column));
        if (spec.aggregate() != null && spec.aggregate().column() != null) {
            requireColumn(main, spec.aggregate().column());
        }
        List<Condition> conditions = new ArrayList<>(spec.conditions());
        if (spec.aggregate() != null) {
            conditions.addAll(spec.aggregate().filter());
        }
        for (Condition condition : conditions) {
            // NOT_EXISTS ("customers without orders") names a table and no column.
            if (condition.column() != null || condition.operator() != Operator.NOT_EXISTS) {
                requireColumn(tables.get(condition.table()), condition.column());
            }
            if (condition.via() != null) {
                requireColumn(main, condition.via());
            }
        }
        for (GroupKey key : spec.groupBy()) {
            requireColumn(tables.get(key.table()), key.column());
        }
        JoinPathFinder finder = new JoinPathFinder(catalog);
        List<JoinPath> joins = new ArrayList<>();
        for (String other : tables.keySet()) {
            if (other.equals(main.qualifiedName())) {
                continue;
            }
            joins.add(finder.shortest(main.qualifiedName(), other).orElseThrow(() -> new PipelineException(
                    ErrorCode.NOT_UNDERSTOOD,
                    "Tables " + main.qualifiedName() + " and " + other + " are not connected by foreign keys.",
                    "Ask about one of them at a time.")));
        }
        return new SchemaContext(catalog.databaseId(), catalog.fingerprint(), List.copyOf(tables.values()), joins);
    }

    private static TableInfo requireTable(SchemaCatalog catalog, String name) {
        return catalog.table(name).orElseThrow(() -> {
            List<String> names = catalog.tables().stream().map(TableInfo::qualifiedName).toList();
            return unknown("table " + name, Suggestions.closest(name, names));
        });
    }

    private static void requireColumn(TableInfo table, String column) {
        if (table.column(column).isEmpty()) {
            List<String> names = table.columns().stream().map(c -> c.name()).toList();
            throw unknown("column " + column + " in " + table.qualifiedName(), Suggestions.closest(column, names));
        }
    }

    private static PipelineException unknown(String what, List<String> suggestions) {
        String hint = suggestions.isEmpty()
                ? "Ask \"which tables are there?\" to see what the database holds."
                : "Did you mean " + String.join(" or ", suggestions) + "?";
        return new PipelineException(ErrorCode.UNKNOWN_SCHEMA_ELEMENT,
                "The database has no " + what + " (the schema may have changed).", hint);
    }
}
