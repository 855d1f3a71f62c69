package io.pgwarden.query.domain;

import io.pgwarden.contracts.intent.Aggregate;
import io.pgwarden.contracts.intent.Condition;
import io.pgwarden.contracts.intent.Ordering;
import io.pgwarden.contracts.intent.QuerySpec;
import io.pgwarden.contracts.schema.ColumnInfo;
import io.pgwarden.contracts.schema.SchemaContext;
import io.pgwarden.contracts.schema.TableInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * A query spec with every name checked against the schema context: the table, the columns to show, the aggregate's
 * column, each condition's column and each ordering. Nothing the context does not hold reaches the SQL text.
 */
record ResolvedSpec(TableInfo table, List<ColumnInfo> columns, Aggregate aggregate, ColumnInfo aggregateColumn,
        List<ResolvedCondition> conditions, List<ResolvedOrdering> orderBy, Integer limit) {

    record ResolvedCondition(Condition condition, ColumnInfo column) {
    }

    /** @param requested false for the key columns added so that rows come back in a stable order */
    record ResolvedOrdering(ColumnInfo column, boolean descending, boolean requested) {
    }

    static ResolvedSpec resolve(QuerySpec spec, SchemaContext context) {
        if (spec == null) {
            throw QueryBuildException.invalid("The intent has no query to build.");
        }
        TableInfo table = context.table(spec.table()).orElseThrow(() -> QueryBuildException.unknown(
                "The table " + spec.table() + " is not in this request's schema context."));
        List<ColumnInfo> columns = new ArrayList<>();
        for (String name : spec.columns()) {
            ColumnInfo column = column(table, name);
            if (!columns.contains(column)) {
                columns.add(column);
            }
        }
        Aggregate aggregate = spec.aggregate();
        ColumnInfo aggregateColumn = aggregate == null ? null : aggregateColumn(table, aggregate);
        List<ResolvedCondition> conditions = new ArrayList<>();
        for (Condition condition : spec.conditions()) {
            conditions.add(new ResolvedCondition(condition, conditionColumn(table, context, condition)));
        }
        if (spec.limit() != null && spec.limit() < 1) {
            throw QueryBuildException.invalid("A row limit must be at least 1, not " + spec.limit() + ".");
        }
        return new ResolvedSpec(table, columns, aggregate, aggregateColumn, conditions,
                orderings(spec, table, columns, aggregate), spec.limit());
    }

    boolean grouped() {
        return aggregate != null && !columns.isEmpty();
    }

    private static ColumnInfo column(TableInfo table, String name) {
        return table.column(name).orElseThrow(() -> QueryBuildException.unknown(
                "The table " + table.qualifiedName() + " has no column " + name + "."));
    }

    private static ColumnInfo aggregateColumn(TableInfo table, Aggregate aggregate) {
        if (aggregate.column() == null) {
            if (aggregate.function() != Aggregate.Function.COUNT) {
                throw QueryBuildException.invalid(aggregate.function() + " needs a column.");
            }
            return null;
        }
        ColumnInfo column = column(table, aggregate.column());
        boolean numeric = column.isNumber();
        boolean needsNumber = aggregate.function() == Aggregate.Function.SUM
                || aggregate.function() == Aggregate.Function.AVG;
        if (needsNumber && !numeric) {
            throw QueryBuildException.invalid(aggregate.function() + " needs a column of numbers, and "
                    + table.name() + "." + column.name() + " is " + column.dataType() + ".");
        }
        return column;
    }

    private static ColumnInfo conditionColumn(TableInfo table, SchemaContext context, Condition condition) {
        if (!table.qualifiedName().equals(condition.table())) {
            if (context.table(condition.table()).isEmpty()) {
                throw QueryBuildException.unknown("The table " + condition.table()
                        + " is not in this request's schema context.");
            }
            throw QueryBuildException.invalid("A condition on " + condition.table() + " needs a join from "
                    + table.qualifiedName() + "; combining tables is not supported yet.");
        }
        return column(table, condition.column());
    }

    /**
     * The requested orderings, then tie-breakers so that the same question always lists rows in the same order:
     * the primary key for a list, the grouping columns for a grouped aggregate.
     */
    private static List<ResolvedOrdering> orderings(QuerySpec spec, TableInfo table, List<ColumnInfo> columns,
            Aggregate aggregate) {
        if (aggregate != null && columns.isEmpty()) {
            if (!spec.orderBy().isEmpty()) {
                throw QueryBuildException.invalid("A single aggregate value cannot be ordered.");
            }
            return List.of();
        }
        List<ResolvedOrdering> orderings = new ArrayList<>();
        for (Ordering ordering : spec.orderBy()) {
            ColumnInfo column = column(table, ordering.column());
            if (aggregate != null && !columns.contains(column)) {
                throw QueryBuildException.invalid("Grouped results can only be ordered by their grouping columns,"
                        + " and " + column.name() + " is not one.");
            }
            if (orderings.stream().noneMatch(o -> o.column().equals(column))) {
                orderings.add(new ResolvedOrdering(column, ordering.descending(), true));
            }
        }
        List<ColumnInfo> tieBreakers = aggregate != null ? columns
                : table.primaryKey().stream().map(name -> column(table, name)).toList();
        for (ColumnInfo column : tieBreakers) {
            if (orderings.stream().noneMatch(o -> o.column().equals(column))) {
                orderings.add(new ResolvedOrdering(column, false, false));
            }
        }
        return orderings;
    }
}
