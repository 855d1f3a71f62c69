package io.pgwarden.approval.intake;

import io.pgwarden.contracts.impact.ImpactReport;
import io.pgwarden.contracts.intent.RiskLevel;

/**
 * The optional policy that approves small LOW-risk writes without a person (off by default). Even when on, it
 * never approves a write without a WHERE clause, one that changes every row of its table, one that touches
 * sensitive columns, or a rollback: those always reach a human.
 */
public record AutoApprovalPolicy(boolean enabled, long maxRows) {

    public boolean approves(ImpactReport impact, boolean rollback) {
        return enabled && impact.risk() == RiskLevel.LOW && impact.totalRows() < maxRows && !rollback
                && !impact.whereMissing() && !impact.matchesAllRows() && impact.sensitiveColumns().isEmpty()
                && !impact.blocked();
    }
}
