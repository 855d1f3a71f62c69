package io.pgwarden.contracts.event;

import io.pgwarden.contracts.impact.ImpactReport;
import io.pgwarden.contracts.plan.WorkflowPlan;
import io.pgwarden.contracts.sql.SqlParameter;
import io.pgwarden.contracts.sql.StatementKind;
import java.util.List;

/**
 * The impact of a write was measured. Emitted by impact-service for writes (and by execution-service for a rollback,
 * which is a write too); consumed by approval-service, which routes it to a human, and by the gateway, which shows it.
 * Topic {@code pgwarden.impact.assessed.v1}.
 *
 * @param plan        the workflow plan, unchanged
 * @param sql         the statement that would run, exactly as it will be sent, with {@code ?} placeholders
 * @param parameters  the values for the placeholders, in order
 * @param kind        INSERT, UPDATE, DELETE or MERGE as the SQL guard classified it
 * @param explanation one sentence on what the statement does
 * @param engine      {@code deterministic}, {@code llm}, {@code user} or {@code rollback}
 * @param database    the target database the statement runs in, as {@code host:port/name}
 * @param impact      rows per table, foreign-key effects, triggers, risk and the rollback plan
 * @param rollback    set when this write restores a backup (a rollback); null for an ordinary write
 */
public record ImpactAssessed(WorkflowPlan plan, String sql, List<SqlParameter> parameters, StatementKind kind,
        String explanation, String engine, String database, ImpactReport impact, RollbackTarget rollback) {

    public ImpactAssessed {
        parameters = List.copyOf(parameters);
    }
}
