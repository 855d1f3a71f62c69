package io.pgwarden.intent.domain.plan;

import io.pgwarden.contracts.intent.Intent;
import io.pgwarden.contracts.plan.WorkflowPlan;

/**
 * The orchestrator's planning decision (PRD "Decision Matrix"): reads go schema, query, execution; every write
 * also goes through impact analysis and approval; schema changes are refused outright.
 */
public final class WorkflowPlanner {

    public static final String DDL_REFUSAL = "Schema changes (DDL) are not supported; ask a DBA.";
    public static final String DDL_HINT = "pgwarden reads and changes data, never the structure of the database: a"
            + " database administrator can make this change.";

    public Route plan(Intent intent) {
        return switch (intent.intentType()) {
            case SELECT, META -> new Route.Planned(WorkflowPlan.readFromQuestion());
            case INSERT, UPDATE, DELETE -> new Route.Planned(WorkflowPlan.writeFromQuestion());
            case DDL -> new Route.Refused(DDL_REFUSAL, DDL_HINT);
        };
    }
}
