package io.pgwarden.contracts.event;

import io.pgwarden.contracts.approval.ApprovalLevel;
import io.pgwarden.contracts.approval.ApprovalOutcome;
import io.pgwarden.contracts.impact.ImpactReport;
import io.pgwarden.contracts.plan.WorkflowPlan;
import io.pgwarden.contracts.sql.SqlParameter;
import io.pgwarden.contracts.sql.StatementKind;
import java.util.List;

/**
 * An approval request ended: approved, denied or expired. Emitted by approval-service; consumed by execution-service
 * (which runs an approved write only after checking the decision against the approval store, never on this event's
 * word) and by the gateway (DENIED and EXPIRED end the request). Topic {@code pgwarden.approval.decided.v1}.
 *
 * @param approvalId   the approval request
 * @param outcome      APPROVED, DENIED or EXPIRED
 * @param level        the level that decided (the required level, or higher)
 * @param decidedBy    the approvers' user ids; two for an emergency override; {@code policy} for an auto-approval
 * @param comment      the approvers' comment, or the reason for expiry
 * @param autoApproved true when the configured policy approved a LOW-risk write without a person
 * @param emergency    true for an emergency override
 * @param bindingHash  the hash the approval is bound to (see {@link ImpactAssessed} and ApprovalBinding)
 * @param plan         the workflow plan, unchanged
 * @param sql          the approved statement
 * @param parameters   its parameters
 * @param kind         its statement kind
 * @param engine       the engine that produced it
 * @param database     the target database
 * @param impact       the impact snapshot that was approved
 * @param rollback     set when the approved write is a rollback; null otherwise
 */
public record ApprovalDecided(String approvalId, ApprovalOutcome outcome, ApprovalLevel level, List<String> decidedBy,
        String comment, boolean autoApproved, boolean emergency, String bindingHash, WorkflowPlan plan, String sql,
        List<SqlParameter> parameters, StatementKind kind, String engine, String database, ImpactReport impact,
        RollbackTarget rollback) {

    public ApprovalDecided {
        decidedBy = List.copyOf(decidedBy);
        parameters = List.copyOf(parameters);
    }
}
