package io.pgwarden.contracts.intent;

/**
 * Comparison operators a condition may use; query-service maps each to parameterised SQL.
 *
 * <p>The last three compare a date or time column with a moment relative to today, so the same question keeps its
 * meaning on any day: {@code WITHIN_LAST} and {@code OLDER_THAN} take {@code [amount, unit]} ("last 7 days": the
 * column is on or after today minus 7 days; "older than 6 months": before today minus 6 months), {@code IN_PERIOD}
 * takes {@code [unit, offset]} (a whole calendar period: "this year" is {@code ["year", 0]}, "last month"
 * {@code ["month", -1]}). Units are {@code day}, {@code week}, {@code month}, {@code quarter} and {@code year}.
 */
public enum Operator {
    EQ, NE, GT, GE, LT, LE, BETWEEN, IN, STARTS_WITH, CONTAINS, IS_NULL, IS_NOT_NULL,
    /** The text ends with the value (ignoring case). */
    ENDS_WITH,
    /** {@code [amount, unit]}: on or after today minus that much time. */
    WITHIN_LAST,
    /** {@code [amount, unit]}: before today minus that much time. */
    OLDER_THAN,
    /** {@code [unit, offset]}: inside the calendar period {@code offset} periods from the current one. */
    IN_PERIOD,
    /** The value is none of the values ("customers not in Texas or Ohio"); rows with no value do not match. */
    NOT_IN,
    /**
     * No row of the condition's table is linked to the main row through the foreign-key path ("customers without
     * orders"); the column is null and there are no values. Only for a table other than the main one.
     */
    NOT_EXISTS
}
