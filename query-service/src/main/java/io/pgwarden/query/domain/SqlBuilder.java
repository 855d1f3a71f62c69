package io.pgwarden.query.domain;

import io.pgwarden.contracts.intent.Aggregate;
import io.pgwarden.contracts.intent.QuerySpec;
import io.pgwarden.contracts.schema.ColumnInfo;
import io.pgwarden.contracts.schema.SchemaContext;
import io.pgwarden.contracts.sql.SqlParameter;
import io.pgwarden.query.domain.ResolvedSpec.ResolvedCondition;
import io.pgwarden.query.domain.ResolvedSpec.ResolvedOrdering;
import io.pgwarden.query.domain.sql.ConditionWriter;
import io.pgwarden.query.domain.sql.Identifiers;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Builds one parameterised SELECT from a query spec. Every value becomes a {@code ?} placeholder with a typed
 * parameter; every name is checked against the schema context and quoted; the statement opens with a comment that
 * explains it. Lists without a requested order are ordered by the primary key, so the same question gives the same
 * rows in the same order. Stateless and thread-safe.
 */
public final class SqlBuilder {

    private final ConditionWriter conditions = new ConditionWriter();
    private final QueryDescriber describer = new QueryDescriber();

    /**
     * @throws QueryBuildException when the spec names something the context does not hold, or is invalid
     */
    public BuiltQuery build(QuerySpec spec, SchemaContext context) {
        ResolvedSpec resolved = ResolvedSpec.resolve(spec, context);
        List<SqlParameter> parameters = new ArrayList<>();
        List<String> predicates = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        List<String> explanations = new ArrayList<>();
        for (ResolvedCondition condition : resolved.conditions()) {
            ConditionWriter.Written written = conditions.write(condition.condition(), resolved.table(),
                    condition.column(), parameters.size() + 1);
            predicates.add(written.sql());
            parameters.addAll(written.parameters());
            comments.add(written.comment());
            explanations.add(written.explanation());
        }
        StringBuilder sql = new StringBuilder(describer.comment(resolved, comments)).append('\n');
        sql.append("SELECT ").append(selectList(resolved)).append('\n');
        sql.append("FROM ").append(Identifiers.quote(resolved.table().schema(), resolved.table().name()));
        if (!predicates.isEmpty()) {
            sql.append("\nWHERE ").append(String.join("\n  AND ", predicates));
        }
        if (resolved.grouped()) {
            sql.append("\nGROUP BY ").append(quoted(resolved.columns()));
        }
        if (!resolved.orderBy().isEmpty()) {
            sql.append("\nORDER BY ").append(resolved.orderBy().stream().map(SqlBuilder::orderItem)
                    .collect(Collectors.joining(", ")));
        }
        if (resolved.limit() != null) {
            // A validated Integer, not text from the question: written as a literal so the SQL reads naturally.
            sql.append("\nLIMIT ").append(resolved.limit().intValue());
        }
        return new BuiltQuery(sql.toString(), parameters, describer.explanation(resolved, explanations));
    }

    private static String selectList(ResolvedSpec spec) {
        Aggregate aggregate = spec.aggregate();
        if (aggregate == null) {
            return quoted(spec.columns().isEmpty() ? spec.table().columns() : spec.columns());
        }
        String function = aggregate.function().name();
        String aggregated = spec.aggregateColumn() == null
                ? function + "(*) AS " + Identifiers.quote("count")
                : function + "(" + Identifiers.quote(spec.aggregateColumn().name()) + ") AS "
                        + Identifiers.quote(function.toLowerCase(java.util.Locale.ROOT) + "_"
                                + spec.aggregateColumn().name());
        return spec.columns().isEmpty() ? aggregated : quoted(spec.columns()) + ", " + aggregated;
    }

    /** Descending puts NULLs last, so "top 5 by price" starts with the highest price, not with unknown prices. */
    private static String orderItem(ResolvedOrdering ordering) {
        String column = Identifiers.quote(ordering.column().name());
        return ordering.descending() ? column + " DESC NULLS LAST" : column + " ASC";
    }

    private static String quoted(List<ColumnInfo> columns) {
        return columns.stream().map(c -> Identifiers.quote(c.name())).collect(Collectors.joining(", "));
    }
}
