package io.pgwarden.query.domain.sql;

import io.pgwarden.contracts.intent.Condition;
import io.pgwarden.contracts.intent.Operator;
import io.pgwarden.contracts.schema.ColumnInfo;
import io.pgwarden.contracts.schema.TableInfo;
import io.pgwarden.contracts.sql.SqlParameter;
import io.pgwarden.query.domain.QueryBuildException;
import io.pgwarden.query.domain.describe.Prose;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes one condition as a parameterised SQL predicate, with its description for the statement's comment (by
 * parameter number) and for the explanation (with the values).
 */
public final class ConditionWriter {

    /**
     * @param sql         the predicate, with {@code ?} placeholders
     * @param parameters  its parameters, in order
     * @param comment     the predicate for the SQL comment: names and parameter numbers, no values
     * @param explanation the predicate in plain English, with values
     */
    public record Written(String sql, List<SqlParameter> parameters, String comment, String explanation) {
    }

    /**
     * @param firstParameter the 1-based number of the predicate's first parameter in the statement
     */
    public Written write(Condition condition, TableInfo table, ColumnInfo column, int firstParameter) {
        return write(condition, table, column, firstParameter, null);
    }

    /**
     * @param alias the alias the column's table has in the statement, or null when the statement reads one table
     */
    public Written write(Condition condition, TableInfo table, ColumnInfo column, int firstParameter, String alias) {
        SqlType type = ColumnTypes.of(column);
        String label = table.name() + "." + column.name();
        String quoted = alias == null ? Identifiers.quote(column.name()) : alias + "." + Identifiers.quote(column.name());
        String compared = type == SqlType.OTHER ? "CAST(" + quoted + " AS text)" : quoted;
        String name = column.name();
        Operator operator = condition.operator();
        List<Object> values = condition.values();
        switch (operator) {
            case EQ, NE, GT, GE, LT, LE -> {
                requireValues(condition, values.size() == 1, "one value");
                requireOrdered(operator, type, label);
                SqlParameter parameter = ValueBinder.bind(values.get(0), dateOrType(values.get(0), type), label);
                String symbol = symbol(operator);
                return new Written(compared + " " + symbol + " ?", List.of(parameter),
                        name + " " + symbol + " parameter " + firstParameter,
                        name + " " + words(operator) + " " + Prose.value(parameter.value()));
            }
            case BETWEEN -> {
                requireValues(condition, values.size() == 2, "two values");
                requireOrdered(operator, type, label);
                SqlParameter low = ValueBinder.bind(values.get(0), dateOrType(values.get(0), type), label);
                SqlParameter high = ValueBinder.bind(values.get(1), dateOrType(values.get(1), type), label);
                return new Written(compared + " BETWEEN ? AND ?", List.of(low, high),
                        name + " between parameters " + firstParameter + " and " + (firstParameter + 1),
                        name + " is between " + Prose.value(low.value()) + " and " + Prose.value(high.value()));
            }
            case IN, NOT_IN -> {
                requireValues(condition, !values.isEmpty(), "at least one value");
                boolean in = operator == Operator.IN;
                List<SqlParameter> parameters = new ArrayList<>();
                for (Object value : values) {
                    parameters.add(ValueBinder.bind(value, type, label));
                }
                int last = firstParameter + parameters.size() - 1;
                String placeholders = parameters.stream().map(p -> "?").collect(Collectors.joining(", "));
                return new Written(compared + (in ? " IN (" : " NOT IN (") + placeholders + ")", parameters,
                        name + (in ? " in " : " not in ") + (last == firstParameter ? "parameter " + firstParameter
                                : "parameters " + firstParameter + " to " + last),
                        name + (in ? " is one of " : " is none of ") + parameters.stream()
                                .map(p -> Prose.value(p.value()))
                                .collect(Collectors.joining(", ")));
            }
            case STARTS_WITH, CONTAINS, ENDS_WITH -> {
                requireValues(condition, values.size() == 1, "one value");
                String text = likeText(values.get(0), label);
                String pattern = switch (operator) {
                    case STARTS_WITH -> LikePatterns.startingWith(text);
                    case ENDS_WITH -> LikePatterns.endingWith(text);
                    default -> LikePatterns.containing(text);
                };
                String matched = type == SqlType.TEXT ? quoted : "CAST(" + quoted + " AS text)";
                String verb = switch (operator) {
                    case STARTS_WITH -> "starts with";
                    case ENDS_WITH -> "ends with";
                    default -> "contains";
                };
                return new Written(matched + " ILIKE ? ESCAPE '" + LikePatterns.ESCAPE + "'",
                        List.of(new SqlParameter(SqlType.TEXT.parameterType(), pattern)),
                        name + " " + verb + " parameter " + firstParameter + " (ignoring case)",
                        name + " " + verb + " " + Prose.value(text) + " (ignoring case)");
            }
            case IS_NULL, IS_NOT_NULL -> {
                requireValues(condition, values.isEmpty(), "no value");
                boolean isNull = operator == Operator.IS_NULL;
                return new Written(quoted + (isNull ? " IS NULL" : " IS NOT NULL"), List.of(),
                        name + (isNull ? " is null" : " is not null"),
                        name + (isNull ? " has no value" : " has a value"));
            }
            case WITHIN_LAST, OLDER_THAN, IN_PERIOD -> {
                return RelativeTimes.write(condition, column, quoted, label, firstParameter);
            }
            default -> throw QueryBuildException.invalid("The operator " + operator + " is not supported.");
        }
    }

    /**
     * A day compared with a point in time binds as a date: PostgreSQL then takes its midnight in the session's time
     * zone, the same reading as a date typed into SQL ("orders placed before 2024-01-01").
     */
    private static SqlType dateOrType(Object value, SqlType type) {
        boolean pointInTime = type == SqlType.TIMESTAMP || type == SqlType.TIMESTAMPTZ;
        return pointInTime && value instanceof String text && text.strip().length() == 10 ? SqlType.DATE : type;
    }

    private static void requireValues(Condition condition, boolean ok, String expected) {
        if (!ok) {
            throw QueryBuildException.invalid("The " + condition.operator() + " condition on " + condition.column()
                    + " needs " + expected + " but has " + condition.values().size() + ".");
        }
    }

    /** Types compared as text (enums, json, ...) have no meaningful order as text: refuse rather than mislead. */
    private static void requireOrdered(Operator operator, SqlType type, String label) {
        boolean ordering = operator != Operator.EQ && operator != Operator.NE;
        if (ordering && (type == SqlType.OTHER || type == SqlType.BOOL)) {
            throw QueryBuildException.invalid(label + " cannot be compared with " + operator
                    + ": its values have no order to compare by.");
        }
    }

    private static String likeText(Object value, String label) {
        String text = value instanceof BigDecimal decimal ? decimal.toPlainString() : String.valueOf(value);
        if (value == null || text.isEmpty()) {
            throw QueryBuildException.invalid("A text search on " + label + " needs some text to look for.");
        }
        return text;
    }

    private static String symbol(Operator operator) {
        return switch (operator) {
            case EQ -> "=";
            case NE -> "<>";
            case GT -> ">";
            case GE -> ">=";
            case LT -> "<";
            default -> "<=";
        };
    }

    private static String words(Operator operator) {
        return switch (operator) {
            case EQ -> "is";
            case NE -> "is not";
            case GT -> "is greater than";
            case GE -> "is at least";
            case LT -> "is less than";
            default -> "is at most";
        };
    }
}
