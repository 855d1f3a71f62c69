package io.pgwarden.contracts.intent;

/**
 * An aggregate over the rows the intent selects.
 *
 * @param function the aggregate function
 * @param column   the column it applies to, or null for COUNT(*)
 */
public record Aggregate(Function function, String column) {

    public enum Function {
        COUNT, SUM, AVG, MIN, MAX
    }
}
