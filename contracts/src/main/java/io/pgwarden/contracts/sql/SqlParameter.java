package io.pgwarden.contracts.sql;

/**
 * A value bound to a {@code ?} placeholder. Values are never spliced into SQL text.
 *
 * @param type  the PostgreSQL type the value is bound as, for example {@code text}, {@code int8}, {@code numeric},
 *              {@code date}, {@code timestamptz} or {@code bool}
 * @param value the value as JSON: a string, number or boolean
 */
public record SqlParameter(String type, Object value) {
}
