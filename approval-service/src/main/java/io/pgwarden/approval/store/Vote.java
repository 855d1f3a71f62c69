package io.pgwarden.approval.store;

import io.pgwarden.approval.decision.Decision;
import io.pgwarden.contracts.approval.ApprovalLevel;
import java.time.Instant;

/**
 * One person's approval or denial, kept for the record and for emergency overrides (whose first approval waits
 * for a second approver).
 *
 * @param level     the approver's highest level when deciding
 * @param emergency true when given as half of an emergency override
 */
public record Vote(String approvalId, String user, ApprovalLevel level, Decision decision, boolean emergency,
        String comment, Instant at) {
}
