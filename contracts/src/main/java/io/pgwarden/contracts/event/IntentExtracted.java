package io.pgwarden.contracts.event;

import io.pgwarden.contracts.intent.Intent;
import io.pgwarden.contracts.plan.WorkflowPlan;

/**
 * intent-service understood the question and planned the workflow. Consumed by schema-service (when the plan
 * names the SCHEMA step) and by the gateway for status. Topic {@code pgwarden.intent.extracted.v1}.
 *
 * @param question the question the intent was extracted from
 * @param intent   the structured intent (the PRD's intent object)
 * @param plan     the steps this request goes through; each service acts only when the plan names its step
 * @param engine   which engine understood the question: {@code deterministic} or {@code llm}
 */
public record IntentExtracted(String question, Intent intent, WorkflowPlan plan, String engine) {
}
