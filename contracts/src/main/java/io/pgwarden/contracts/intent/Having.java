package io.pgwarden.contracts.intent;

import java.util.List;

/**
 * A comparison the spec's aggregate value must meet for a group to be kept (SQL's HAVING): "states with more than 10
 * customers" keeps the states whose count is greater than 10.
 *
 * @param operator one of GT, GE, LT, LE, EQ, NE, BETWEEN
 * @param values   the number(s) to compare with (two for BETWEEN)
 */
public record Having(Operator operator, List<Object> values) {

    public Having {
        values = values == null ? List.of() : List.copyOf(values);
    }
}
