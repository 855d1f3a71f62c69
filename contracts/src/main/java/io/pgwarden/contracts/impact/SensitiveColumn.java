package io.pgwarden.contracts.impact;

/**
 * A column whose name or type suggests data that needs care.
 *
 * @param table    schema-qualified table name
 * @param column   the column name
 * @param category {@code personal}, {@code financial}, {@code security} or {@code configured}
 */
public record SensitiveColumn(String table, String column, String category) {
}
