package io.pgwarden.contracts.intent;

/**
 * @param column     the column to order by, in the intent's main table; null when ordering by the aggregate
 * @param descending true for largest first
 * @param aggregate  true to order grouped rows by the spec's aggregate value ("which state has the most customers")
 */
public record Ordering(String column, boolean descending, boolean aggregate) {

    public Ordering(String column, boolean descending) {
        this(column, descending, false);
    }

    /** Grouped rows by their aggregate value. */
    public static Ordering byAggregate(boolean descending) {
        return new Ordering(null, descending, true);
    }
}
