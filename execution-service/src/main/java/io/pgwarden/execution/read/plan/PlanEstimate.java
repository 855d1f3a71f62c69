package io.pgwarden.execution.read.plan;

import com.fasterxml.jackson.databind.JsonNode;
import io.pgwarden.contracts.event.ExecutionCompleted.QueryPlan;
import java.util.List;

/** The planner's total cost and row estimate of a statement, from the top node of its EXPLAIN (FORMAT JSON). */
public final class PlanEstimate {

    private PlanEstimate() {
    }

    /** {@code explain} is EXPLAIN's JSON array; the suggestions are the caller's. */
    public static QueryPlan of(JsonNode explain, List<String> suggestions) {
        JsonNode top = explain.path(0).path("Plan");
        return new QueryPlan(top.path("Total Cost").asDouble(), Math.round(top.path("Plan Rows").asDouble()),
                suggestions);
    }
}
