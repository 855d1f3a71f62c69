package io.pgwarden.contracts.intent;

import java.util.List;

/**
 * One filter of the intent (the PRD's {@code {"column", "operator", "value"}}), grounded in the schema.
 *
 * <p>A condition on another table than the spec's main table selects the main table's rows that are linked to a
 * row meeting it, through the shortest foreign-key path ("orders of customers in Texas"). {@code via} names the
 * foreign-key column to follow when the shortest path is not the one meant, which is always so for a table that
 * refers to itself ("employees who report to Andrew": the condition is on employees, reached through
 * {@code reports_to}).
 *
 * @param table    the table the column belongs to, as {@code schema.table}
 * @param column   the column name
 * @param operator the comparison
 * @param values   the operand values (none for IS_NULL, two for BETWEEN), as they appear in the data
 * @param via      a foreign-key column of the main table leading to {@code table}, or null for the shortest path
 */
public record Condition(String table, String column, Operator operator, List<Object> values, String via) {

    public Condition {
        values = values == null ? List.of() : List.copyOf(values);
    }

    /** A condition reached by the shortest path (or on the main table itself). */
    public Condition(String table, String column, Operator operator, List<Object> values) {
        this(table, column, operator, values, null);
    }
}
