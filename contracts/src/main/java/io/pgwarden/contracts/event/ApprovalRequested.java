package io.pgwarden.contracts.event;

import io.pgwarden.contracts.approval.ApprovalLevel;
import io.pgwarden.contracts.intent.RiskLevel;
import java.time.Instant;

/**
 * A write waits for a human decision. Emitted by approval-service; consumed by the gateway (the request shows as
 * awaiting approval and is not timed out) and by audit and monitoring subscribers.
 * Topic {@code pgwarden.approval.requested.v1}.
 *
 * @param approvalId    the approval request's id; approvers decide on it through the gateway
 * @param requiredLevel the level that must approve, from the risk matrix
 * @param risk          the impact's risk level
 * @param totalRows     rows the write changes, all tables together
 * @param bindingHash   SHA-256 of the statement, parameters, database and impact snapshot the approval is bound to
 * @param escalatesAt   when the request moves to the next level if nobody decided
 * @param expiresAt     when the request expires if nobody decided
 * @param summary       one line for notifications, for example "DELETE on public.orders: 120 rows in 2 tables, MEDIUM"
 */
public record ApprovalRequested(String approvalId, ApprovalLevel requiredLevel, RiskLevel risk, long totalRows,
        String bindingHash, Instant escalatesAt, Instant expiresAt, String summary) {
}
