package io.pgwarden.query.domain;

import io.pgwarden.contracts.intent.Aggregate;
import io.pgwarden.contracts.intent.Condition;
import io.pgwarden.contracts.intent.GroupKey;
import io.pgwarden.contracts.intent.Having;
import io.pgwarden.contracts.intent.Operator;
import io.pgwarden.contracts.intent.Ordering;
import io.pgwarden.contracts.intent.QuerySpec;
import io.pgwarden.contracts.schema.ColumnInfo;
import io.pgwarden.contracts.schema.ForeignKeyInfo;
import io.pgwarden.contracts.schema.JoinPath;
import io.pgwarden.contracts.schema.SchemaContext;
import io.pgwarden.contracts.schema.TableInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A query spec with every name checked against the schema context: the table, the columns to show, the aggregate's
 * column, each condition's column and table, each group key and each ordering. Nothing the context does not hold
 * reaches the SQL text; conditions and group keys on other tables carry the foreign-key path that links them.
 */
record ResolvedSpec(TableInfo table, List<ColumnInfo> columns, Aggregate aggregate, ColumnInfo aggregateColumn,
        List<ResolvedCondition> conditions, List<RelatedConditions> related, List<ResolvedOrdering> orderBy,
        Integer limit, boolean distinct, List<ResolvedGroupKey> groupKeys, Filters shareFilter, List<Having> having) {

    static final Set<String> DATE_PARTS = Set.of("year", "quarter", "month", "week", "day");

    record ResolvedCondition(Condition condition, ColumnInfo column) {
    }

    /**
     * Conditions on one row of another table, reached from the main table through {@code path}; {@code negated}
     * when no such row may exist (NOT_EXISTS, which has no conditions of its own).
     */
    record RelatedConditions(TableInfo table, List<JoinPath.Hop> path, List<ResolvedCondition> conditions,
            boolean negated) {
    }

    /** Conditions split by where their columns live. */
    record Filters(List<ResolvedCondition> main, List<RelatedConditions> related) {

        boolean isEmpty() {
            return main.isEmpty() && related.isEmpty();
        }
    }

    /** A grouping value beyond the main table's plain columns; {@code path} is empty on the main table. */
    record ResolvedGroupKey(TableInfo table, ColumnInfo column, String part, List<JoinPath.Hop> path) {

        String outputName(TableInfo main) {
            String base = table.qualifiedName().equals(main.qualifiedName()) ? column.name()
                    : table.name() + "_" + column.name();
            return part == null ? base : base + "_" + part;
        }
    }

    /**
     * @param column    the column ordered by, or null for the aggregate's value
     * @param groupKey  the group key ordered by (a tie-breaker of grouped rows), or null
     * @param requested false for the key columns added so that rows come back in a stable order
     */
    record ResolvedOrdering(ColumnInfo column, ResolvedGroupKey groupKey, boolean descending, boolean requested) {

        ResolvedOrdering(ColumnInfo column, boolean descending, boolean requested) {
            this(column, null, descending, requested);
        }

        String name(TableInfo main) {
            if (groupKey != null) {
                return groupKey.outputName(main);
            }
            return column == null ? "the computed value" : column.name();
        }
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
        Filters filters = filters(spec.conditions(), table, context);
        Filters share = aggregate == null ? new Filters(List.of(), List.of())
                : filters(aggregate.filter(), table, context);
        if (aggregate != null && aggregate.function() == Aggregate.Function.PERCENT && share.isEmpty()) {
            throw QueryBuildException.invalid("A percentage needs a condition that picks the share's rows.");
        }
        if (spec.limit() != null && spec.limit() < 1) {
            throw QueryBuildException.invalid("A row limit must be at least 1, not " + spec.limit() + ".");
        }
        List<ResolvedGroupKey> groupKeys = new ArrayList<>();
        for (GroupKey key : spec.groupBy()) {
            groupKeys.add(groupKey(key, table, context));
        }
        if (!groupKeys.isEmpty() && aggregate == null) {
            throw QueryBuildException.invalid("Grouping needs something to compute for each group.");
        }
        if (spec.distinct() && aggregate != null) {
            throw QueryBuildException.invalid("Distinct rows are for lists; an aggregate has its own DISTINCT.");
        }
        boolean grouped = aggregate != null && (!columns.isEmpty() || !groupKeys.isEmpty());
        checkHaving(spec.having(), grouped, aggregate);
        return new ResolvedSpec(table, columns, aggregate, aggregateColumn, filters.main(), filters.related(),
                orderings(spec, table, columns, aggregate, groupKeys), spec.limit(), spec.distinct(), groupKeys,
                share, spec.having());
    }

    private static final Set<Operator> HAVING_OPERATORS = Set.of(Operator.EQ, Operator.NE, Operator.GT,
            Operator.GE, Operator.LT, Operator.LE, Operator.BETWEEN);

    /** A HAVING compares the value computed for each group with numbers, so it needs groups and a number. */
    private static void checkHaving(List<Having> having, boolean grouped, Aggregate aggregate) {
        if (having.isEmpty()) {
            return;
        }
        if (!grouped) {
            throw QueryBuildException.invalid("A condition on a computed value needs groups to compute it for.");
        }
        if (aggregate.function() == Aggregate.Function.PERCENT) {
            throw QueryBuildException.invalid("A percentage cannot be filtered by its value.");
        }
        for (Having test : having) {
            int wanted = test.operator() == Operator.BETWEEN ? 2 : 1;
            if (!HAVING_OPERATORS.contains(test.operator()) || test.values().size() != wanted
                    || test.values().stream().anyMatch(v -> !(v instanceof Number))) {
                throw QueryBuildException.invalid("A condition on a computed value compares it with a number (GT,"
                        + " GE, LT, LE, EQ, NE or BETWEEN), not " + test.operator() + " " + test.values() + ".");
            }
        }
    }

    boolean grouped() {
        return aggregate != null && (!columns.isEmpty() || !groupKeys.isEmpty());
    }

    /** True when the statement names more than one table, so every column is written with its table's alias. */
    boolean needsAliases() {
        return !related.isEmpty() || groupKeys.stream().anyMatch(k -> !k.path().isEmpty())
                || !shareFilter.related().isEmpty();
    }

    private static ColumnInfo column(TableInfo table, String name) {
        return table.column(name).orElseThrow(() -> QueryBuildException.unknown(
                "The table " + table.qualifiedName() + " has no column " + name + "."));
    }

    private static ColumnInfo aggregateColumn(TableInfo table, Aggregate aggregate) {
        if (aggregate.column() == null) {
            if (aggregate.function() != Aggregate.Function.COUNT
                    && aggregate.function() != Aggregate.Function.PERCENT) {
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

    /** Main-table conditions as they are; the others grouped per linked row (same table and path). */
    private static Filters filters(List<Condition> conditions, TableInfo main, SchemaContext context) {
        List<ResolvedCondition> own = new ArrayList<>();
        Map<String, RelatedConditions> related = new LinkedHashMap<>();
        for (Condition condition : conditions) {
            boolean onMain = main.qualifiedName().equals(condition.table());
            boolean absent = condition.operator() == Operator.NOT_EXISTS;
            if (absent && (onMain && condition.via() == null || !condition.values().isEmpty())) {
                throw QueryBuildException.invalid("NOT_EXISTS needs another table (or a foreign key to follow)"
                        + " and no values.");
            }
            if (onMain && condition.via() == null) {
                own.add(new ResolvedCondition(condition, column(main, condition.column())));
                continue;
            }
            TableInfo other = context.table(condition.table()).orElseThrow(() -> QueryBuildException.unknown(
                    "The table " + condition.table() + " is not in this request's schema context."));
            List<JoinPath.Hop> path = condition.via() != null ? viaPath(main, condition.via(), other)
                    : path(main, other, context);
            if (absent) {
                // Each absence is its own NOT EXISTS: it cannot share a row with conditions that must hold.
                related.put("absent|" + related.size(), new RelatedConditions(other, path, List.of(), true));
                continue;
            }
            String key = other.qualifiedName() + "|" + condition.via();
            related.computeIfAbsent(key, k -> new RelatedConditions(other, path, new ArrayList<>(), false))
                    .conditions().add(new ResolvedCondition(condition, column(other, condition.column())));
        }
        return new Filters(own, List.copyOf(related.values()));
    }

    /** One hop along the main table's foreign key on column {@code via}, which must lead to {@code target}. */
    private static List<JoinPath.Hop> viaPath(TableInfo main, String via, TableInfo target) {
        for (ForeignKeyInfo key : main.foreignKeys()) {
            if (key.columns().equals(List.of(via)) && key.referencedTable().equals(target.qualifiedName())) {
                return List.of(new JoinPath.Hop(main.qualifiedName(), key.columns(), target.qualifiedName(),
                        key.referencedColumns()));
            }
        }
        throw QueryBuildException.invalid("The column " + main.name() + "." + via + " is not a foreign key to "
                + target.qualifiedName() + ".");
    }

    private static List<JoinPath.Hop> path(TableInfo main, TableInfo other, SchemaContext context) {
        return context.joins().stream()
                .filter(j -> j.from().equals(main.qualifiedName()) && j.to().equals(other.qualifiedName()))
                .findFirst().map(JoinPath::steps)
                .filter(steps -> !steps.isEmpty())
                .orElseThrow(() -> QueryBuildException.invalid("The tables " + main.qualifiedName() + " and "
                        + other.qualifiedName() + " are not linked by foreign keys in this request's context."));
    }

    private static ResolvedGroupKey groupKey(GroupKey key, TableInfo main, SchemaContext context) {
        TableInfo table = context.table(key.table()).orElseThrow(() -> QueryBuildException.unknown(
                "The table " + key.table() + " is not in this request's schema context."));
        ColumnInfo column = column(table, key.column());
        String part = key.part();
        if (part != null && (!DATE_PARTS.contains(part) || !column.isTemporal())) {
            throw QueryBuildException.invalid("'" + part + "' of " + table.name() + "." + column.name()
                    + " is not a part of a date this can group by.");
        }
        List<JoinPath.Hop> path = table.qualifiedName().equals(main.qualifiedName()) ? List.of()
                : path(main, table, context);
        return new ResolvedGroupKey(table, column, part, path);
    }

    /**
     * The requested orderings, then tie-breakers so that the same question always lists rows in the same order:
     * the primary key for a list, the selected columns for a distinct list, the grouping keys for a grouped
     * aggregate.
     */
    private static List<ResolvedOrdering> orderings(QuerySpec spec, TableInfo table, List<ColumnInfo> columns,
            Aggregate aggregate, List<ResolvedGroupKey> groupKeys) {
        boolean grouped = aggregate != null && (!columns.isEmpty() || !groupKeys.isEmpty());
        if (aggregate != null && !grouped) {
            if (!spec.orderBy().isEmpty()) {
                throw QueryBuildException.invalid("A single aggregate value cannot be ordered.");
            }
            return List.of();
        }
        List<ResolvedOrdering> orderings = new ArrayList<>();
        for (Ordering ordering : spec.orderBy()) {
            if (ordering.aggregate()) {
                if (!grouped) {
                    throw QueryBuildException.invalid("Only grouped results can be ordered by their computed value.");
                }
                orderings.add(new ResolvedOrdering(null, ordering.descending(), true));
                continue;
            }
            ColumnInfo column = column(table, ordering.column());
            if (aggregate != null && !columns.contains(column)) {
                throw QueryBuildException.invalid("Grouped results can only be ordered by their grouping columns,"
                        + " and " + column.name() + " is not one.");
            }
            if (spec.distinct() && !columns.isEmpty() && !columns.contains(column)) {
                throw QueryBuildException.invalid("Distinct rows can only be ordered by the columns they show, and "
                        + column.name() + " is not one.");
            }
            if (orderings.stream().noneMatch(o -> column.equals(o.column()))) {
                orderings.add(new ResolvedOrdering(column, ordering.descending(), true));
            }
        }
        List<ColumnInfo> tieBreakers = aggregate != null || spec.distinct()
                ? (columns.isEmpty() && spec.distinct() ? table.columns() : columns)
                : table.primaryKey().stream().map(name -> column(table, name)).toList();
        for (ColumnInfo column : tieBreakers) {
            if (orderings.stream().noneMatch(o -> column.equals(o.column()))) {
                orderings.add(new ResolvedOrdering(column, false, false));
            }
        }
        if (aggregate != null) {
            for (ResolvedGroupKey key : groupKeys) {
                orderings.add(new ResolvedOrdering(null, key, false, false));
            }
        }
        return orderings;
    }
}
