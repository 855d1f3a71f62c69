package io.pgwarden.query.messaging;

import io.pgwarden.contracts.event.EventType;
import io.pgwarden.contracts.event.QueryBuilt;
import io.pgwarden.contracts.event.SqlSubmitted;
import io.pgwarden.contracts.plan.Step;
import io.pgwarden.contracts.plan.WorkflowPlan;
import io.pgwarden.contracts.sql.StatementKind;
import io.pgwarden.kit.messaging.EventPublisher;
import io.pgwarden.kit.messaging.Outcome;
import io.pgwarden.kit.messaging.StepHandler;
import io.pgwarden.sqlguard.Inspection;
import io.pgwarden.sqlguard.SqlGuard;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * A power user's SQL enters the lifecycle here. The guard classifies it and the plan follows from its kind: a
 * read goes to execution, a write to impact analysis and approval; anything else is refused by the guard.
 */
@ApplicationScoped
public class SqlSubmittedHandler {

    private final StepHandler steps;
    private final SqlGuard guard;
    private final EventPublisher publisher;

    @Inject
    public SqlSubmittedHandler(StepHandler steps, SqlGuard guard, EventPublisher publisher) {
        this.steps = steps;
        this.guard = guard;
        this.publisher = publisher;
    }

    @Incoming("sql-submitted")
    @Blocking
    public void onSqlSubmitted(String json) {
        steps.<SqlSubmitted>handle(json, EventType.SQL_SUBMITTED, Step.QUERY, envelope -> {
            String sql = envelope.data().sql();
            Inspection inspection = guard.requireSingleStatement(sql);
            WorkflowPlan plan;
            String explanation;
            if (inspection.kind() == StatementKind.READ) {
                inspection = guard.requireSafeRead(sql);
                plan = WorkflowPlan.readFromSql();
                explanation = "Your read, run as submitted in a read-only transaction.";
            } else {
                plan = WorkflowPlan.writeFromSql();
                explanation = "Your " + inspection.kind() + " statement, held for impact analysis and approval.";
            }
            return Outcome.emit(EventType.QUERY_BUILT, envelope.next(EventType.QUERY_BUILT, publisher.source(),
                    new QueryBuilt(plan, sql, List.of(), inspection.kind(), explanation, "user")));
        });
    }
}
