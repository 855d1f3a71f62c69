package io.pgwarden.query.domain;

import io.pgwarden.contracts.intent.Aggregate;
import io.pgwarden.contracts.intent.Having;
import io.pgwarden.contracts.intent.Operator;
import io.pgwarden.contracts.intent.QuerySpec;
import io.pgwarden.contracts.schema.ColumnInfo;
import io.pgwarden.contracts.schema.JoinPath;
import io.pgwarden.contracts.schema.SchemaContext;
import io.pgwarden.contracts.schema.TableInfo;
import io.pgwarden.contracts.sql.SqlParameter;
import io.pgwarden.query.domain.ResolvedSpec.Filters;
import io.pgwarden.query.domain.ResolvedSpec.RelatedConditions;
import io.pgwarden.query.domain.ResolvedSpec.ResolvedCondition;
import io.pgwarden.query.domain.ResolvedSpec.ResolvedGroupKey;
import io.pgwarden.query.domain.ResolvedSpec.ResolvedOrdering;
import io.pgwarden.query.domain.describe.Prose;
import io.pgwarden.query.domain.sql.ColumnTypes;
import io.pgwarden.query.domain.sql.ConditionWriter;
import io.pgwarden.query.domain.sql.Identifiers;
import io.pgwarden.query.domain.sql.SqlType;
import io.pgwarden.query.domain.sql.ValueBinder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds one parameterised SELECT from a read spec. A statement over one table reads as before, with bare column
 * names. Conditions on other tables become {@code EXISTS} over the foreign-key path, so a main row is counted or
 * listed once however many linked rows match; group keys on other tables join along many-to-one paths. Then every
 * table gets an alias and every column is written with it.
 */
final class ReadSqlBuilder {

    private static final String MAIN = "t0";
    private static final Map<Operator, String> HAVING_SYMBOLS = Map.of(Operator.EQ, "=", Operator.NE, "<>",
            Operator.GT, ">", Operator.GE, ">=", Operator.LT, "<", Operator.LE, "<=");
    private static final Map<Operator, String> HAVING_WORDS = Map.of(Operator.EQ, "is", Operator.NE, "is not",
            Operator.GT, "is greater than", Operator.GE, "is at least", Operator.LT, "is less than", Operator.LE,
            "is at most");

    private final ConditionWriter conditions = new ConditionWriter();
    private final QueryDescriber describer = new QueryDescriber();

    BuiltQuery build(QuerySpec spec, SchemaContext context) {
        ResolvedSpec resolved = ResolvedSpec.resolve(spec, context);
        Statement statement = new Statement(resolved);
        String select = statement.selectList();
        List<String> predicates = statement.predicates(new Filters(resolved.conditions(), resolved.related()));
        List<String> having = statement.having();
        StringBuilder sql = new StringBuilder(describer.comment(resolved, statement.comments, statement.shareComments)).append('\n');
        sql.append("SELECT ").append(resolved.distinct() ? "DISTINCT " : "").append(select).append('\n');
        sql.append("FROM ").append(Identifiers.quote(resolved.table().schema(), resolved.table().name()));
        if (statement.aliased) {
            sql.append(" AS ").append(MAIN);
        }
        statement.joins.forEach(join -> sql.append('\n').append(join));
        if (!predicates.isEmpty()) {
            sql.append("\nWHERE ").append(String.join("\n  AND ", predicates));
        }
        if (resolved.grouped()) {
            sql.append("\nGROUP BY ").append(String.join(", ", statement.groupExpressions()));
        }
        if (!having.isEmpty()) {
            sql.append("\nHAVING ").append(String.join("\n  AND ", having));
        }
        if (!resolved.orderBy().isEmpty()) {
            sql.append("\nORDER BY ").append(resolved.orderBy().stream().map(statement::orderItem)
                    .collect(Collectors.joining(", ")));
        }
        if (resolved.limit() != null) {
            // A validated Integer, not text from the question: written as a literal so the SQL reads naturally.
            sql.append("\nLIMIT ").append(resolved.limit().intValue());
        }
        return new BuiltQuery(sql.toString(), statement.parameters,
                describer.explanation(resolved, statement.explanations, statement.shareExplanations));
    }

    /** The parts of one statement as they are written, with parameters numbered in the order they appear. */
    private final class Statement {

        private final ResolvedSpec spec;
        private final boolean aliased;
        private final List<SqlParameter> parameters = new ArrayList<>();
        private final List<String> comments = new ArrayList<>();
        private final List<String> explanations = new ArrayList<>();
        private final List<String> shareComments = new ArrayList<>();
        private final List<String> shareExplanations = new ArrayList<>();
        private final List<String> joins = new ArrayList<>();
        /** Alias of each joined table, by its path from the main table. */
        private final Map<String, String> joinedAliases = new LinkedHashMap<>();
        private int nextAlias = 1;

        Statement(ResolvedSpec spec) {
            this.spec = spec;
            this.aliased = spec.needsAliases();
            for (ResolvedGroupKey key : spec.groupKeys()) {
                aliasOf(key);
            }
        }

        String selectList() {
            Aggregate aggregate = spec.aggregate();
            List<String> items = new ArrayList<>();
            if (aggregate == null) {
                List<ColumnInfo> shown = spec.columns().isEmpty() ? spec.table().columns() : spec.columns();
                shown.forEach(c -> items.add(column(MAIN, c)));
                return String.join(", ", items);
            }
            spec.columns().forEach(c -> items.add(column(MAIN, c)));
            for (ResolvedGroupKey key : spec.groupKeys()) {
                items.add(groupExpression(key) + " AS " + Identifiers.quote(key.outputName(spec.table())));
            }
            items.add(aggregateItem(aggregate));
            return String.join(", ", items);
        }

        /**
         * HAVING predicates: the aggregate's expression (PostgreSQL does not accept the output name there) compared
         * with parameters typed like the value computed: a count as bigint, an average as numeric, the others as
         * their column.
         */
        List<String> having() {
            List<String> written = new ArrayList<>();
            Aggregate aggregate = spec.aggregate();
            for (Having test : spec.having()) {
                ColumnInfo column = spec.aggregateColumn();
                SqlType type = aggregate.function() == Aggregate.Function.COUNT ? SqlType.INT8
                        : aggregate.function() == Aggregate.Function.AVG ? SqlType.NUMERIC : ColumnTypes.of(column);
                String name = aggregateAlias().replace("\"", "");
                int first = parameters.size() + 1;
                List<SqlParameter> bound = new ArrayList<>();
                for (Object value : test.values()) {
                    bound.add(ValueBinder.bind(value, type, name));
                }
                parameters.addAll(bound);
                String expression = aggregateExpression(aggregate);
                if (test.operator() == Operator.BETWEEN) {
                    written.add(expression + " BETWEEN ? AND ?");
                    comments.add(name + " between parameters " + first + " and " + (first + 1));
                    explanations.add(name + " is between " + Prose.value(bound.get(0).value()) + " and "
                            + Prose.value(bound.get(1).value()));
                } else {
                    String symbol = HAVING_SYMBOLS.get(test.operator());
                    written.add(expression + " " + symbol + " ?");
                    comments.add(name + " " + symbol + " parameter " + first);
                    explanations.add(name + " " + HAVING_WORDS.get(test.operator()) + " "
                            + Prose.value(bound.get(0).value()));
                }
            }
            return written;
        }

        private String aggregateExpression(Aggregate aggregate) {
            ColumnInfo column = spec.aggregateColumn();
            if (column == null) {
                return aggregate.function().name() + "(*)";
            }
            return aggregate.function().name() + "(" + (aggregate.distinct() ? "DISTINCT " : "")
                    + column(MAIN, column) + ")";
        }

        private String aggregateItem(Aggregate aggregate) {
            String function = aggregate.function().name();
            ColumnInfo column = spec.aggregateColumn();
            if (aggregate.function() == Aggregate.Function.PERCENT) {
                int commentsBefore = comments.size();
                List<String> share = predicates(spec.shareFilter());
                List<String> shareComments = comments.subList(commentsBefore, comments.size());
                List<String> shareExplanations = explanations.subList(commentsBefore, explanations.size());
                this.shareComments.addAll(shareComments);
                this.shareExplanations.addAll(shareExplanations);
                shareComments.clear();
                shareExplanations.clear();
                return "ROUND(100.0 * COUNT(*) FILTER (WHERE " + String.join(" AND ", share)
                        + ") / NULLIF(COUNT(*), 0), 2) AS " + Identifiers.quote("percent");
            }
            if (column == null) {
                return function + "(*) AS " + Identifiers.quote("count");
            }
            String distinct = aggregate.distinct() ? "DISTINCT " : "";
            String name = function.toLowerCase(Locale.ROOT) + (aggregate.distinct() ? "_distinct_" : "_")
                    + column.name();
            return function + "(" + distinct + column(MAIN, column) + ") AS " + Identifiers.quote(name);
        }

        List<String> groupExpressions() {
            List<String> expressions = new ArrayList<>();
            spec.columns().forEach(c -> expressions.add(column(MAIN, c)));
            spec.groupKeys().forEach(key -> expressions.add(groupExpression(key)));
            return expressions;
        }

        /** Main-table predicates as written by ConditionWriter, then one EXISTS per linked row. */
        List<String> predicates(Filters filters) {
            List<String> written = new ArrayList<>();
            for (ResolvedCondition condition : filters.main()) {
                written.add(write(condition, spec.table(), aliased ? MAIN : null));
            }
            for (RelatedConditions related : filters.related()) {
                written.add(exists(related));
            }
            return written;
        }

        private String write(ResolvedCondition condition, TableInfo table, String alias) {
            ConditionWriter.Written written = conditions.write(condition.condition(), table, condition.column(),
                    parameters.size() + 1, alias);
            parameters.addAll(written.parameters());
            comments.add(alias == null || alias.equals(MAIN) ? written.comment()
                    : table.name() + "." + written.comment());
            explanations.add(alias == null || alias.equals(MAIN) ? written.explanation()
                    : table.name() + "." + written.explanation());
            return written.sql();
        }

        /** EXISTS over the path's tables, the first hop tied to the main row, the conditions on the last table. */
        private String exists(RelatedConditions related) {
            List<JoinPath.Hop> path = related.path();
            List<String> aliases = new ArrayList<>();
            for (int i = 0; i < path.size(); i++) {
                aliases.add("e" + nextAlias++);
            }
            StringBuilder sql = new StringBuilder(related.negated() ? "NOT EXISTS (SELECT 1 FROM "
                    : "EXISTS (SELECT 1 FROM ");
            if (related.negated()) {
                comments.add("no linked " + related.table().name() + " row");
                explanations.add("no " + related.table().name() + " row is linked");
            }
            for (int i = 0; i < path.size(); i++) {
                JoinPath.Hop hop = path.get(i);
                String table = table(hop.rightTable()) + " AS " + aliases.get(i);
                if (i == 0) {
                    sql.append(table);
                } else {
                    sql.append(" JOIN ").append(table).append(" ON ")
                            .append(equalities(aliases.get(i), hop.rightColumns(), aliases.get(i - 1),
                                    hop.leftColumns()));
                }
            }
            JoinPath.Hop first = path.get(0);
            List<String> inside = new ArrayList<>();
            inside.add(equalities(aliases.get(0), first.rightColumns(), MAIN, first.leftColumns()));
            String last = aliases.get(aliases.size() - 1);
            for (ResolvedCondition condition : related.conditions()) {
                inside.add(write(condition, related.table(), last));
            }
            return sql.append(" WHERE ").append(String.join(" AND ", inside)).append(')').toString();
        }

        private String aliasOf(ResolvedGroupKey key) {
            if (key.path().isEmpty()) {
                return MAIN;
            }
            String previous = MAIN;
            StringBuilder route = new StringBuilder();
            for (JoinPath.Hop hop : key.path()) {
                route.append('>').append(hop.rightTable()).append(hop.leftColumns());
                String known = joinedAliases.get(route.toString());
                if (known == null) {
                    known = "t" + nextAlias++;
                    joinedAliases.put(route.toString(), known);
                    joins.add("JOIN " + table(hop.rightTable()) + " AS " + known + " ON "
                            + equalities(known, hop.rightColumns(), previous, hop.leftColumns()));
                }
                previous = known;
            }
            return previous;
        }

        private String groupExpression(ResolvedGroupKey key) {
            String column = column(aliasOf(key), key.column());
            if (key.part() == null) {
                return column;
            }
            return key.part().equals("year") ? "CAST(EXTRACT(YEAR FROM " + column + ") AS integer)"
                    : "CAST(date_trunc('" + key.part() + "', " + column + ") AS date)";
        }

        String orderItem(ResolvedOrdering ordering) {
            String expression;
            if (ordering.groupKey() != null) {
                expression = groupExpression(ordering.groupKey());
            } else if (ordering.column() == null) {
                expression = aggregateAlias();
            } else {
                expression = column(MAIN, ordering.column());
            }
            // Descending puts NULLs last, so "top 5 by price" starts with the highest price, not unknown prices.
            return ordering.descending() ? expression + " DESC NULLS LAST" : expression + " ASC";
        }

        private String aggregateAlias() {
            Aggregate aggregate = spec.aggregate();
            ColumnInfo column = spec.aggregateColumn();
            if (aggregate.function() == Aggregate.Function.PERCENT) {
                return Identifiers.quote("percent");
            }
            if (column == null) {
                return Identifiers.quote("count");
            }
            return Identifiers.quote(aggregate.function().name().toLowerCase(Locale.ROOT)
                    + (aggregate.distinct() ? "_distinct_" : "_") + column.name());
        }

        private String column(String alias, ColumnInfo column) {
            String quoted = Identifiers.quote(column.name());
            return aliased ? alias + "." + quoted : quoted;
        }

        private String table(String qualifiedName) {
            int dot = qualifiedName.indexOf('.');
            return Identifiers.quote(qualifiedName.substring(0, dot), qualifiedName.substring(dot + 1));
        }

        private String equalities(String leftAlias, List<String> leftColumns, String rightAlias,
                List<String> rightColumns) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < leftColumns.size(); i++) {
                parts.add(leftAlias + "." + Identifiers.quote(leftColumns.get(i)) + " = " + rightAlias + "."
                        + Identifiers.quote(rightColumns.get(i)));
            }
            return String.join(" AND ", parts);
        }
    }
}
