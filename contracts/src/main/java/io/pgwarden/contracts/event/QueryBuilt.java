package io.pgwarden.contracts.event;

import io.pgwarden.contracts.plan.WorkflowPlan;
import io.pgwarden.contracts.sql.SqlParameter;
import io.pgwarden.contracts.sql.StatementKind;
import java.util.List;

/**
 * query-service produced one parameterised statement and the SQL guard classified it. Consumed by
 * execution-service for reads and by impact-service for writes (the plan says which).
 * Topic {@code pgwarden.query.built.v1}.
 *
 * @param plan        the workflow plan; for submitted SQL, the plan query-service derived from the statement kind
 * @param sql         the statement, with {@code ?} placeholders, starting with a comment that explains it
 * @param parameters  the values for the placeholders, in order, with their PostgreSQL types
 * @param kind        the statement kind as the guard classified it
 * @param explanation one sentence on what the statement does
 * @param engine      {@code deterministic}, {@code llm} or {@code user} (SQL the user submitted)
 */
public record QueryBuilt(WorkflowPlan plan, String sql, List<SqlParameter> parameters, StatementKind kind,
        String explanation, String engine) {
}
