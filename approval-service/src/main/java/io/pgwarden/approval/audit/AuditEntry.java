package io.pgwarden.approval.audit;

import java.util.Map;

/**
 * What to append to the audit log.
 *
 * @param eventId   the id of the lifecycle event this row records (redeliveries are skipped), or null for a row the
 *                  service writes itself (a decision, an escalation, a notification delivery)
 * @param eventType the event type name ({@code pgwarden.approval.decided}) or a direct row's type
 *                  ({@code audit.decision}); docs/approvals.md lists them
 * @param details   what happened, as JSON; written once and hashed exactly as stored
 */
public record AuditEntry(String eventId, String eventType, String requestId, String approvalId, String actor,
        Map<String, ?> details) {
}
