package io.pgwarden.query.generated;

import io.pgwarden.contracts.event.QueryBuilt;
import io.pgwarden.contracts.intent.GeneratedSql;
import io.pgwarden.contracts.plan.WorkflowPlan;
import io.pgwarden.contracts.sql.StatementKind;
import io.pgwarden.query.domain.describe.CommentLine;
import io.pgwarden.sqlguard.Inspection;
import io.pgwarden.sqlguard.SqlGuard;

/**
 * A statement the LLM path wrote and intent-service validated. query-service trusts it no more than SQL a person
 * types: the guard checks it again, and the plan follows from the kind the guard gives it, so a write can only go
 * on through impact analysis and approval even if an earlier step had planned a read.
 */
public final class GeneratedQuery {

    private final SqlGuard guard;

    public GeneratedQuery(SqlGuard guard) {
        this.guard = guard;
    }

    /**
     * @throws io.pgwarden.sqlguard.SqlRefusedException when the guard refuses the statement
     */
    public QueryBuilt build(GeneratedSql generated, String engine) {
        Inspection inspection = guard.requireSingleStatement(generated.sql());
        WorkflowPlan plan;
        if (inspection.kind() == StatementKind.READ) {
            inspection = guard.requireSafeRead(generated.sql());
            plan = WorkflowPlan.readFromQuestion();
        } else {
            plan = WorkflowPlan.writeFromQuestion();
        }
        String explanation = generated.explanation() == null || generated.explanation().isBlank()
                ? "A statement written by the language model." : generated.explanation();
        String sql = CommentLine.of("llm: " + explanation) + "\n" + inspection.statement();
        return new QueryBuilt(plan, sql, generated.parameters(), inspection.kind(), explanation, engine);
    }
}
