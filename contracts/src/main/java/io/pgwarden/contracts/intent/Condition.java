package io.pgwarden.contracts.intent;

import java.util.List;

/**
 * One filter of the intent (the PRD's {@code {"column", "operator", "value"}}), grounded in the schema.
 *
 * @param table    the table the column belongs to, as {@code schema.table}
 * @param column   the column name
 * @param operator the comparison
 * @param values   the operand values (none for IS_NULL, two for BETWEEN), as they appear in the data
 */
public record Condition(String table, String column, Operator operator, List<Object> values) {

    public Condition {
        values = values == null ? List.of() : List.copyOf(values);
    }
}
