package io.pgwarden.contracts.intent;

/**
 * A value grouped rows are computed for, beyond the main table's plain columns: a column of a table the main table
 * refers to through foreign keys ("number of products per category": {@code categories.name}), or a part of a date
 * ("orders per month": {@code orders.order_date} truncated to the month).
 *
 * @param table  the column's table, {@code schema.table}: the main table or one it refers to (many-to-one)
 * @param column the column
 * @param part   for a date or time column, the calendar unit to group by ({@code year}, {@code quarter},
 *               {@code month}, {@code week}, {@code day}); null to group by the value itself
 */
public record GroupKey(String table, String column, String part) {
}
