package io.pgwarden.execution.read;

import io.pgwarden.contracts.event.ExecutionCompleted.QueryPlan;
import io.pgwarden.contracts.event.ExecutionCompleted.ResultColumn;
import java.util.List;

/**
 * The outcome of one read: columns, at most the row limit of rows, and whether there were more.
 *
 * @param executionMillis time in the database; 0 for a result served from the cache
 * @param cached          true when the result came from the read cache instead of the database
 * @param plan            the planner's estimate and suggestions from the run that produced the rows (for a cached
 *                        result, the run that was cached); null when unknown, as in results cached before plans were
 */
public record ReadResult(List<ResultColumn> columns, List<List<Object>> rows, boolean truncated, int rowLimit,
        long executionMillis, boolean cached, QueryPlan plan) {

    public ReadResult(List<ResultColumn> columns, List<List<Object>> rows, boolean truncated, int rowLimit,
            long executionMillis) {
        this(columns, rows, truncated, rowLimit, executionMillis, false, null);
    }

    /** The same result with the plan it ran under. */
    public ReadResult withPlan(QueryPlan queryPlan) {
        return new ReadResult(columns, rows, truncated, rowLimit, executionMillis, cached, queryPlan);
    }

    /** The same result, as served from the cache: nothing ran in the database this time; the plan is the cached one. */
    public ReadResult fromCache() {
        return new ReadResult(columns, rows, truncated, rowLimit, 0, true, plan);
    }
}
