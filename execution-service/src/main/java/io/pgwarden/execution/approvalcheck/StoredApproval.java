package io.pgwarden.execution.approvalcheck;

import io.pgwarden.contracts.approval.ApprovalState;
import io.pgwarden.contracts.event.RollbackTarget;
import io.pgwarden.contracts.impact.ImpactReport;
import io.pgwarden.contracts.intent.RiskLevel;
import io.pgwarden.contracts.plan.WorkflowPlan;
import io.pgwarden.contracts.sql.SqlParameter;
import java.util.List;

/**
 * One row of approval-service's store ({@code approval.approval_request} in the system database), as far as
 * execution needs it. This, not the decision event, is what a write runs from.
 */
public record StoredApproval(String approvalId, String requestId, String requester, ApprovalState state,
        RiskLevel risk, String bindingHash, String sql, List<SqlParameter> parameters, String engine,
        String targetDatabase, ImpactReport impact, WorkflowPlan plan, RollbackTarget rollbackTarget,
        boolean autoApproved, List<String> decidedBy) {

    public StoredApproval {
        parameters = List.copyOf(parameters);
        decidedBy = List.copyOf(decidedBy);
    }
}
