package io.pgwarden.query.domain.write;

import io.pgwarden.contracts.intent.Assignment;
import io.pgwarden.contracts.intent.IntentType;
import io.pgwarden.contracts.intent.QuerySpec;
import io.pgwarden.contracts.schema.ColumnInfo;
import io.pgwarden.contracts.schema.SchemaContext;
import io.pgwarden.contracts.schema.TableInfo;
import io.pgwarden.contracts.sql.SqlParameter;
import io.pgwarden.query.domain.BuiltQuery;
import io.pgwarden.query.domain.QueryBuildException;
import io.pgwarden.query.domain.describe.CommentLine;
import io.pgwarden.query.domain.describe.Prose;
import io.pgwarden.query.domain.sql.ColumnTypes;
import io.pgwarden.query.domain.sql.Identifiers;
import io.pgwarden.query.domain.sql.SqlType;
import io.pgwarden.query.domain.sql.ValueBinder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds one parameterised UPDATE, DELETE or INSERT from a write spec, the same way reads are built: names checked
 * against the schema context and quoted, every value a typed {@code ?} parameter, a comment line that explains the
 * statement. It never runs anything: the statement goes to impact analysis and approval. A change without any
 * condition is built (impact analysis flags it) and its explanation says it touches every row.
 */
public final class WriteSqlBuilder {

    private final RowFilter filter = new RowFilter();

    public BuiltQuery build(IntentType type, QuerySpec spec, SchemaContext context) {
        if (spec == null || spec.table() == null) {
            throw QueryBuildException.invalid("The change names no table to change.");
        }
        TableInfo table = context.table(spec.table()).orElseThrow(() -> QueryBuildException.unknown(
                "The table " + spec.table() + " is not in this request's schema context."));
        return switch (type) {
            case UPDATE -> update(spec, table, context);
            case DELETE -> delete(spec, table, context);
            case INSERT -> insert(spec, table);
            default -> throw QueryBuildException.invalid(type + " is not a change of data.");
        };
    }

    private BuiltQuery update(QuerySpec spec, TableInfo table, SchemaContext context) {
        if (spec.assignments().isEmpty()) {
            throw QueryBuildException.invalid("The update of " + table.name() + " says no column to change.");
        }
        List<SqlParameter> parameters = new ArrayList<>();
        List<String> sets = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        List<String> explanations = new ArrayList<>();
        for (Assignment assignment : spec.assignments()) {
            ColumnInfo column = RowFilter.column(table, assignment.column());
            String quoted = Identifiers.quote(column.name());
            String label = table.name() + "." + column.name();
            int number = parameters.size() + 1;
            switch (assignment.operation()) {
                case SET -> {
                    if (assignment.value() == null) {
                        requireNullable(table, column);
                        sets.add(quoted + " = NULL");
                        comments.add("sets " + column.name() + " to null");
                        explanations.add("clears " + column.name());
                    } else {
                        SqlParameter parameter = ValueBinder.bind(assignment.value(), ColumnTypes.of(column), label);
                        parameters.add(parameter);
                        sets.add(quoted + " = ?");
                        comments.add("sets " + column.name() + " to parameter " + number);
                        explanations.add("sets " + column.name() + " to " + Prose.value(parameter.value()));
                    }
                }
                case ADD -> {
                    SqlParameter amount = ValueBinder.bind(assignment.value(), numeric(table, column), label);
                    parameters.add(amount);
                    sets.add(quoted + " = " + quoted + " + ?");
                    comments.add("adds parameter " + number + " to " + column.name());
                    BigDecimal value = new BigDecimal(String.valueOf(amount.value()));
                    explanations.add((value.signum() < 0 ? "subtracts " + Prose.value(value.negate()) + " from "
                            : "adds " + Prose.value(value) + " to ") + column.name());
                }
                case MULTIPLY -> {
                    numeric(table, column);
                    // A factor is a decimal even for a whole-number column (10% more of 7 is 7.7, stored rounded).
                    SqlParameter factor = ValueBinder.bind(assignment.value(), SqlType.NUMERIC, label);
                    parameters.add(factor);
                    sets.add(quoted + " = " + quoted + " * ?");
                    comments.add("multiplies " + column.name() + " by parameter " + number);
                    explanations.add("multiplies " + column.name() + " by " + Prose.value(factor.value())
                            + percent((BigDecimal) factor.value()));
                }
            }
        }
        RowFilter.Written where = filter.write(spec.conditions(), table, context, parameters.size() + 1);
        parameters.addAll(where.parameters());
        String comment = "Updates " + table.qualifiedName() + ": " + String.join(", ", comments)
                + rows(where.comment(), where.everyRow());
        StringBuilder sql = new StringBuilder(CommentLine.of(comment)).append('\n')
                .append("UPDATE ").append(Identifiers.quote(table.schema(), table.name())).append('\n')
                .append("SET ").append(String.join(", ", sets));
        if (!where.everyRow()) {
            sql.append("\nWHERE ").append(where.sql());
        }
        String explanation = capitalised(String.join(" and ", explanations)) + " in "
                + target(table, where.explanation(), where.everyRow()) + ".";
        return new BuiltQuery(sql.toString(), parameters, CommentLine.clean(explanation));
    }

    private BuiltQuery delete(QuerySpec spec, TableInfo table, SchemaContext context) {
        RowFilter.Written where = filter.write(spec.conditions(), table, context, 1);
        String comment = "Deletes rows of " + table.qualifiedName() + rows(where.comment(), where.everyRow());
        StringBuilder sql = new StringBuilder(CommentLine.of(comment)).append('\n')
                .append("DELETE FROM ").append(Identifiers.quote(table.schema(), table.name()));
        if (!where.everyRow()) {
            sql.append("\nWHERE ").append(where.sql());
        }
        String explanation = "Deletes " + target(table, where.explanation(), where.everyRow()) + ".";
        return new BuiltQuery(sql.toString(), where.parameters(), CommentLine.clean(explanation));
    }

    private static BuiltQuery insert(QuerySpec spec, TableInfo table) {
        Map<String, Object> values = spec.insertValues();
        if (values.isEmpty()) {
            throw QueryBuildException.invalid("The new row of " + table.name() + " has no values.");
        }
        List<String> missing = table.columns().stream().filter(ColumnInfo::requiredOnInsert)
                .map(ColumnInfo::name).filter(name -> !values.containsKey(name)).toList();
        if (!missing.isEmpty()) {
            throw new QueryBuildException(io.pgwarden.contracts.error.ErrorCode.BAD_REQUEST,
                    "A new row of " + table.name() + " needs a value for " + String.join(", ", missing) + ".",
                    "Say the values, for example: add a " + table.name() + " with " + missing.get(0) + " \"...\".");
        }
        List<SqlParameter> parameters = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        List<String> placeholders = new ArrayList<>();
        List<String> explanations = new ArrayList<>();
        for (Map.Entry<String, Object> entry : values.entrySet()) {
            ColumnInfo column = RowFilter.column(table, entry.getKey());
            columns.add(Identifiers.quote(column.name()));
            if (entry.getValue() == null) {
                requireNullable(table, column);
                placeholders.add("NULL");
                explanations.add(column.name() + " empty");
                continue;
            }
            SqlParameter parameter = ValueBinder.bind(entry.getValue(), ColumnTypes.of(column),
                    table.name() + "." + column.name());
            parameters.add(parameter);
            placeholders.add("?");
            explanations.add(column.name() + " " + Prose.value(parameter.value()));
        }
        String comment = "Inserts one row into " + table.qualifiedName() + ": "
                + values.keySet().stream().collect(Collectors.joining(", ")) + " from parameters 1 to "
                + parameters.size();
        String sql = CommentLine.of(parameters.size() == 1 ? comment.replace(" from parameters 1 to 1",
                " from parameter 1") : comment) + "\nINSERT INTO " + Identifiers.quote(table.schema(), table.name())
                + " (" + String.join(", ", columns) + ")\nVALUES (" + String.join(", ", placeholders) + ")";
        return new BuiltQuery(sql, parameters, CommentLine.clean("Adds one row to " + table.name() + " with "
                + String.join(", ", explanations) + "."));
    }

    private static SqlType numeric(TableInfo table, ColumnInfo column) {
        SqlType type = ColumnTypes.of(column);
        if (!type.isNumber()) {
            throw QueryBuildException.invalid("Only numbers can be increased or decreased, and " + table.name() + "."
                    + column.name() + " is " + column.dataType() + ".");
        }
        return type;
    }

    private static void requireNullable(TableInfo table, ColumnInfo column) {
        if (!column.nullable()) {
            throw QueryBuildException.invalid(table.name() + "." + column.name() + " cannot be empty.");
        }
    }

    /** "1.10" is "an increase of 10%": the factor a percentage became, said back the way it was asked. */
    private static String percent(BigDecimal factor) {
        BigDecimal change = factor.subtract(BigDecimal.ONE).movePointRight(2).stripTrailingZeros();
        if (change.signum() == 0) {
            return "";
        }
        return " (" + (change.signum() > 0 ? "an increase of " : "a decrease of ") + change.abs().toPlainString()
                + "%)";
    }

    private static String rows(String comment, boolean everyRow) {
        return everyRow ? ", every row" : " where " + comment;
    }

    private static String target(TableInfo table, String explanation, boolean everyRow) {
        return everyRow ? "every row of " + table.name() + " (no filter)"
                : "the rows of " + table.name() + " where " + explanation;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
