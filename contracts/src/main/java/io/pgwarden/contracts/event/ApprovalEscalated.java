package io.pgwarden.contracts.event;

import io.pgwarden.contracts.approval.ApprovalLevel;
import java.time.Instant;

/**
 * Nobody decided in time, so the request moved up one level. Emitted by approval-service; consumed by the gateway
 * and by audit subscribers. Topic {@code pgwarden.approval.escalated.v1}.
 *
 * @param approvalId the approval request
 * @param fromLevel  the level that did not decide
 * @param toLevel    the level that now must decide
 * @param reason     why, for example "no decision within 30 minutes"
 * @param expiresAt  when the request expires if nobody decides
 */
public record ApprovalEscalated(String approvalId, ApprovalLevel fromLevel, ApprovalLevel toLevel, String reason,
        Instant expiresAt) {
}
