package io.pgwarden.contracts.intent;

import java.util.List;

/**
 * The structure of the statement the intent asks for, grounded in the schema, from which query-service builds SQL.
 *
 * @param table      the main table, as {@code schema.table}
 * @param columns    the columns to show; empty means the table's own columns
 * @param aggregate  an aggregate to compute instead of listing rows, or null
 * @param conditions filters, joined with AND
 * @param orderBy    ordering, in priority order
 * @param limit      at most this many rows, or null for the execution step's row limit
 */
public record QuerySpec(String table, List<String> columns, Aggregate aggregate, List<Condition> conditions,
        List<Ordering> orderBy, Integer limit) {

    public QuerySpec {
        columns = columns == null ? List.of() : List.copyOf(columns);
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        orderBy = orderBy == null ? List.of() : List.copyOf(orderBy);
    }

    /** The tables the spec reads: the main table and the tables of its conditions. */
    public List<String> tables() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(table),
                conditions.stream().map(Condition::table)).distinct().toList();
    }
}
