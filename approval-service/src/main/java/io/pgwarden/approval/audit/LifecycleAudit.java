package io.pgwarden.approval.audit;

import io.pgwarden.contracts.event.ApprovalDecided;
import io.pgwarden.contracts.event.ApprovalEscalated;
import io.pgwarden.contracts.event.ApprovalRequested;
import io.pgwarden.contracts.event.EventEnvelope;
import io.pgwarden.contracts.event.EventType;
import io.pgwarden.contracts.event.QueryBuilt;
import io.pgwarden.contracts.event.RequestFailed;
import io.pgwarden.contracts.event.WriteExecuted;
import io.pgwarden.contracts.plan.Step;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which lifecycle events the audit log records, and how. Writes and approvals only: a query.built for a write, every
 * impact.assessed, approval.*, execution.write-executed and request.rollback-requested, and request.failed when it
 * ends a write (failed at impact or approval, or for a request the log already follows). Reads are not audited
 * here. The row's details are the envelope's source and time and the whole payload, so the impact snapshot and
 * every decision are kept as they travelled.
 */
public final class LifecycleAudit {

    /** The topics the audit consumer subscribes to (application.properties lists the same). */
    public static final List<EventType> AUDITED = List.of(EventType.QUERY_BUILT, EventType.IMPACT_ASSESSED,
            EventType.APPROVAL_REQUESTED, EventType.APPROVAL_ESCALATED, EventType.APPROVAL_DECIDED,
            EventType.WRITE_EXECUTED, EventType.ROLLBACK_REQUESTED, EventType.REQUEST_FAILED);

    /** Whether the log already has rows for a request. */
    @FunctionalInterface
    public interface FollowedRequests {
        boolean follows(String requestId) throws SQLException;
    }

    private LifecycleAudit() {
    }

    public static Optional<AuditEntry> entryFor(EventEnvelope<?> event, FollowedRequests followed)
            throws SQLException {
        EventType type = EventType.byTypeName(event.type()).orElse(null);
        if (type == null || !AUDITED.contains(type)) {
            return Optional.empty();
        }
        if (event.data() instanceof QueryBuilt built && (built.kind() == null || !built.kind().isWrite())) {
            return Optional.empty();
        }
        if (event.data() instanceof RequestFailed failed && failed.step() != Step.IMPACT
                && failed.step() != Step.APPROVAL && !followed.follows(event.requestId())) {
            return Optional.empty();
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("source", event.source());
        details.put("time", event.time());
        details.put("sessionId", event.sessionId());
        details.put("data", event.data());
        return Optional.of(new AuditEntry(event.id(), event.type(), event.requestId(), approvalIdOf(event.data()),
                event.userId(), details));
    }

    /** A record on an audited topic that is not a readable event: kept, with why it could not be read. */
    public static AuditEntry unreadable(String json, String problem) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("problem", problem);
        details.put("record", json.length() <= 4000 ? json : json.substring(0, 4000) + "...");
        return new AuditEntry(null, "audit.unreadable-event", null, null, null, details);
    }

    private static String approvalIdOf(Object data) {
        if (data instanceof ApprovalRequested requested) {
            return requested.approvalId();
        }
        if (data instanceof ApprovalEscalated escalated) {
            return escalated.approvalId();
        }
        if (data instanceof ApprovalDecided decided) {
            return decided.approvalId();
        }
        if (data instanceof WriteExecuted executed) {
            return executed.approvalId();
        }
        return null;
    }
}
