package io.pgwarden.intent.domain.plan;

import io.pgwarden.contracts.plan.WorkflowPlan;

/** Where the planner sends an intent: through a workflow, or nowhere because policy refuses it. */
public sealed interface Route {

    record Planned(WorkflowPlan plan) implements Route {
    }

    /** No workflow runs this kind of request. */
    record Refused(String message, String hint) implements Route {
    }
}
