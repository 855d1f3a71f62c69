package io.pgwarden.approval;

import io.pgwarden.approval.store.ApprovalRecord;
import io.pgwarden.contracts.approval.ApprovalLevel;
import io.pgwarden.contracts.approval.ApprovalState;
import io.pgwarden.contracts.event.EventEnvelope;
import io.pgwarden.contracts.event.EventType;
import io.pgwarden.contracts.event.ImpactAssessed;
import io.pgwarden.contracts.event.RequestRef;
import io.pgwarden.contracts.impact.ImpactMethod;
import io.pgwarden.contracts.impact.ImpactReport;
import io.pgwarden.contracts.impact.TableImpact;
import io.pgwarden.contracts.intent.RiskLevel;
import io.pgwarden.contracts.plan.WorkflowPlan;
import io.pgwarden.contracts.sql.SqlParameter;
import io.pgwarden.contracts.sql.StatementKind;
import java.time.Instant;
import java.util.List;

/** Requests and impact events as the service receives them. */
public final class Fixtures {

    public static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private Fixtures() {
    }

    public static ImpactReport impact(RiskLevel risk, long rows) {
        return new ImpactReport(ImpactMethod.DRY_RUN, null,
                List.of(new TableImpact("public.orders", 0, 0, rows, "statement")), rows, List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), false, false, risk, List.of("fixture"),
                "back up the deleted rows", List.of());
    }

    public static EventEnvelope<ImpactAssessed> impactEvent(String requester, String sql, RiskLevel risk, long rows) {
        ImpactAssessed data = new ImpactAssessed(WorkflowPlan.writeFromSql(), sql,
                List.of(new SqlParameter("int8", 42)), StatementKind.DELETE, "deletes an order", "user",
                "127.0.0.1:5432/sample", impact(risk, rows), null);
        return EventEnvelope.first(EventType.IMPACT_ASSESSED, "/pgwarden/impact-service",
                new RequestRef("req-" + sql.hashCode(), "session-1", requester), data);
    }

    /** An open request made by {@code requester} at {@link #NOW}, needing {@code level}, expiring in an hour. */
    public static ApprovalRecord pending(String requester, ApprovalLevel level) {
        return new ApprovalRecord("approval-1", "request-1", "session-1", requester, ApprovalState.PENDING, level,
                RiskLevel.HIGH, 5000, "hash", "DELETE FROM orders WHERE id = ?", List.of(new SqlParameter("int8", 1)),
                StatementKind.DELETE, "user", "127.0.0.1:5432/sample", impact(RiskLevel.HIGH, 5000),
                WorkflowPlan.writeFromSql(), null, NOW, NOW.plusSeconds(1800), NOW.plusSeconds(3600), null,
                List.of(), null, false, false, "deletes an order", null);
    }
}
