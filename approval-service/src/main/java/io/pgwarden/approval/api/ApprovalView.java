package io.pgwarden.approval.api;

import io.pgwarden.approval.store.ApprovalRecord;
import io.pgwarden.approval.store.Vote;
import io.pgwarden.contracts.approval.ApprovalLevel;
import io.pgwarden.contracts.approval.ApprovalState;
import io.pgwarden.contracts.event.RollbackTarget;
import io.pgwarden.contracts.impact.ImpactReport;
import io.pgwarden.contracts.intent.RiskLevel;
import io.pgwarden.contracts.sql.SqlParameter;
import io.pgwarden.contracts.sql.StatementKind;
import java.time.Instant;
import java.util.List;

/** An approval request as the gateway shows it to approvers and requesters. */
public record ApprovalView(String approvalId, String requestId, String sessionId, String requester,
        ApprovalState state, ApprovalLevel requiredLevel, RiskLevel risk, long totalRows, String bindingHash,
        String sql, List<SqlParameter> parameters, StatementKind kind, String engine, String explanation,
        String database, ImpactReport impact, RollbackTarget rollback, Instant createdAt, Instant escalatesAt,
        Instant expiresAt, Instant decidedAt, List<String> decidedBy, String comment, boolean autoApproved,
        boolean emergency, String summary, List<Approval> approvals) {

    /** One person's recorded decision. */
    public record Approval(String user, ApprovalLevel level, Instant at, String comment, String decision,
            boolean emergency) {
    }

    public static ApprovalView of(ApprovalRecord r, List<Vote> votes) {
        return new ApprovalView(r.approvalId(), r.requestId(), r.sessionId(), r.requester(), r.state(),
                r.requiredLevel(), r.risk(), r.totalRows(), r.bindingHash(), r.sql(), r.parameters(), r.kind(),
                r.engine(), r.explanation(), r.database(), r.impact(), r.rollback(), r.createdAt(), r.escalatesAt(),
                r.expiresAt(), r.decidedAt(), r.decidedBy(), r.comment(), r.autoApproved(), r.emergency(),
                r.summary(), votes.stream().map(v -> new Approval(v.user(), v.level(), v.at(), v.comment(),
                        v.decision().name(), v.emergency())).toList());
    }
}
