package io.pgwarden.contracts.intent;

import java.util.List;

/**
 * An aggregate over the rows the intent selects.
 *
 * @param function the aggregate function
 * @param column   the column it applies to, or null for COUNT(*) and PERCENT
 * @param distinct true to count or aggregate each distinct value once ({@code COUNT(DISTINCT state)})
 * @param filter   for PERCENT, the conditions that pick the share's rows among the rows the spec selects
 *                 ("what percentage of orders were shipped": {@code status = 'shipped'}); empty otherwise
 */
public record Aggregate(Function function, String column, boolean distinct, List<Condition> filter) {

    public enum Function {
        COUNT, SUM, AVG, MIN, MAX,
        /** 100 times the share of the selected rows that meet {@code filter}, from 0 to 100. */
        PERCENT
    }

    public Aggregate {
        filter = filter == null ? List.of() : List.copyOf(filter);
    }

    public Aggregate(Function function, String column) {
        this(function, column, false, List.of());
    }
}
