package io.pgwarden.contracts.event;

import io.pgwarden.contracts.intent.Intent;
import io.pgwarden.contracts.plan.WorkflowPlan;
import io.pgwarden.contracts.schema.SchemaContext;

/**
 * schema-service checked the intent's tables and columns against the live catalog and attached the part of the
 * schema the query step needs. Consumed by query-service. Topic {@code pgwarden.schema.context-ready.v1}.
 *
 * @param question the question being answered
 * @param intent   the intent, unchanged from {@link IntentExtracted}
 * @param plan     the workflow plan, unchanged
 * @param engine   the engine that produced the intent
 * @param context  the tables the intent touches, with columns, keys and the join paths between them
 */
public record SchemaContextReady(String question, Intent intent, WorkflowPlan plan, String engine,
        SchemaContext context) {
}
