package io.pgwarden.contracts.event;

/**
 * A power user submitted their own SQL. Emitted by the gateway; consumed by query-service, where it enters the
 * lifecycle at the query step and passes the same SQL guard as generated SQL.
 * Topic {@code pgwarden.request.sql-submitted.v1}.
 *
 * @param sql the statement text as submitted, at most 100,000 characters
 */
public record SqlSubmitted(String sql) {
}
