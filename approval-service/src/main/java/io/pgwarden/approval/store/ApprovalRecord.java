package io.pgwarden.approval.store;

import io.pgwarden.contracts.approval.ApprovalLevel;
import io.pgwarden.contracts.approval.ApprovalState;
import io.pgwarden.contracts.event.RollbackTarget;
import io.pgwarden.contracts.impact.ImpactReport;
import io.pgwarden.contracts.intent.RiskLevel;
import io.pgwarden.contracts.plan.WorkflowPlan;
import io.pgwarden.contracts.sql.SqlParameter;
import io.pgwarden.contracts.sql.StatementKind;
import java.time.Instant;
import java.util.List;

/**
 * One row of {@code approval.approval_request}: the write exactly as it will run, what it was measured to do, and
 * where its approval stands. Immutable; a state change is a new record written back under the row's lock.
 */
public record ApprovalRecord(
        String approvalId,
        String requestId,
        String sessionId,
        String requester,
        ApprovalState state,
        ApprovalLevel requiredLevel,
        RiskLevel risk,
        long totalRows,
        String bindingHash,
        String sql,
        List<SqlParameter> parameters,
        StatementKind kind,
        String engine,
        String database,
        ImpactReport impact,
        WorkflowPlan plan,
        RollbackTarget rollback,
        Instant createdAt,
        Instant escalatesAt,
        Instant expiresAt,
        Instant decidedAt,
        List<String> decidedBy,
        String comment,
        boolean autoApproved,
        boolean emergency,
        String explanation,
        String cachecontrol) {

    public ApprovalRecord {
        parameters = List.copyOf(parameters);
        decidedBy = List.copyOf(decidedBy);
    }

    /** This request moved up to {@code level}, escalating again at {@code nextEscalation} (null: never). */
    public ApprovalRecord escalated(ApprovalLevel level, Instant nextEscalation) {
        return new ApprovalRecord(approvalId, requestId, sessionId, requester, ApprovalState.ESCALATED, level, risk,
                totalRows, bindingHash, sql, parameters, kind, engine, database, impact, plan, rollback, createdAt,
                nextEscalation, expiresAt, decidedAt, decidedBy, comment, autoApproved, emergency, explanation,
                cachecontrol);
    }

    /** This request ended in {@code finalState}; timers stop. */
    public ApprovalRecord decided(ApprovalState finalState, Instant at, List<String> by, String decisionComment,
            boolean auto, boolean override) {
        return new ApprovalRecord(approvalId, requestId, sessionId, requester, finalState, requiredLevel, risk,
                totalRows, bindingHash, sql, parameters, kind, engine, database, impact, plan, rollback, createdAt,
                escalatesAt, expiresAt, at, by, decisionComment, auto, override, explanation, cachecontrol);
    }

    /** One line for notifications: "DELETE on public.orders: 120 rows in 2 tables, MEDIUM risk". */
    public String summary() {
        String target = impact.tables().isEmpty() ? "the target table" : impact.tables().get(0).table();
        int tables = impact.tables().size();
        return (rollback != null ? "Rollback " : "") + kind + " on " + target + ": " + totalRows + " row"
                + (totalRows == 1 ? "" : "s") + " in " + tables + " table" + (tables == 1 ? "" : "s") + ", " + risk
                + " risk";
    }
}
