package io.pgwarden.approval.audit;

import java.time.Instant;

/** One stored row of the audit log, as the chain hashes it. */
public record AuditRow(long seq, String eventId, Instant recordedAt, String eventType, String requestId,
        String approvalId, String actor, String details, String prevHash, String hash) {
}
