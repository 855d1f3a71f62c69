package io.pgwarden.contracts.intent;

/**
 * @param column     the column to order by, in the intent's main table
 * @param descending true for largest first
 */
public record Ordering(String column, boolean descending) {
}
