package io.pgwarden.contracts.event;

import java.util.List;

/**
 * A statement ran and produced its result. Emitted by execution-service; consumed by the gateway, which answers
 * the user. Topic {@code pgwarden.execution.completed.v1}.
 *
 * @param sql             the statement that ran
 * @param columns         the result's columns, in order
 * @param rows            the rows, each a list of JSON values in column order
 * @param rowCount        how many rows are in {@code rows}
 * @param truncated       true when the statement had more rows than {@code rowLimit}
 * @param rowLimit        the row limit in force
 * @param executionMillis time spent in the database, in milliseconds
 * @param engine          the engine that produced the SQL
 * @param cached          true when the result was served from the read cache (the same read by the same user, on
 *                        the same schema, within the cache's time to live) instead of running in the database;
 *                        {@code executionMillis} is then 0, since nothing ran in the database. Absent (false) in
 *                        events of producers that predate the cache.
 * @param plan            PostgreSQL's estimate of the statement (its EXPLAIN) and what would make it cheaper; for a
 *                        cached result, the plan of the run that was cached. Null in events of producers that
 *                        predate it.
 */
public record ExecutionCompleted(String sql, List<ResultColumn> columns, List<List<Object>> rows, int rowCount,
        boolean truncated, int rowLimit, long executionMillis, String engine, boolean cached, QueryPlan plan) {

    /** A result that ran in the database now. */
    public ExecutionCompleted(String sql, List<ResultColumn> columns, List<List<Object>> rows, int rowCount,
            boolean truncated, int rowLimit, long executionMillis, String engine) {
        this(sql, columns, rows, rowCount, truncated, rowLimit, executionMillis, engine, false, null);
    }

    /** A result without plan information. */
    public ExecutionCompleted(String sql, List<ResultColumn> columns, List<List<Object>> rows, int rowCount,
            boolean truncated, int rowLimit, long executionMillis, String engine, boolean cached) {
        this(sql, columns, rows, rowCount, truncated, rowLimit, executionMillis, engine, cached, null);
    }

    /**
     * @param name the column label
     * @param type the PostgreSQL type name, for example {@code int4} or {@code text}
     */
    public record ResultColumn(String name, String type) {
    }

    /**
     * The planner's view of the statement, from the EXPLAIN that runs before it.
     *
     * @param totalCost     the plan's total cost, in the planner's arbitrary units
     * @param estimatedRows the rows the planner expected the statement to return (before the row limit)
     * @param suggestions   what would make the statement cheaper, in plain words (for example an index on a column
     *                      a large table is scanned in full to filter on); empty when there is nothing to suggest
     */
    public record QueryPlan(double totalCost, long estimatedRows, List<String> suggestions) {

        public QueryPlan {
            suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
        }
    }
}
