package io.pgwarden.approval.intake;

import io.pgwarden.approval.audit.AuditEntry;
import io.pgwarden.approval.audit.AuditLog;
import io.pgwarden.approval.messaging.ApprovalAnnouncer;
import io.pgwarden.approval.store.ApprovalRecord;
import io.pgwarden.approval.store.ApprovalStore;
import io.pgwarden.approval.store.Transactions;
import io.pgwarden.contracts.approval.ApprovalState;
import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.contracts.event.EventEnvelope;
import io.pgwarden.contracts.event.RequestFailed;
import io.pgwarden.contracts.plan.Step;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Requests that ended while their write was on its way to approval or waiting there (the gateway gave up on them, or
 * a step failed). Events travel on different topics and a service may be down for a while, so the end of a request
 * can arrive before or after its impact report: remembered first, a late report is refused; arriving second, it
 * expires the open approval. Either way no approval outlives the request it belongs to.
 */
public final class EndedRequests {

    private static final String REMEMBER = """
            INSERT INTO ended_request (request_id, reason, ended_at) VALUES (?, ?, ?)
            ON CONFLICT (request_id) DO NOTHING
            """;
    private static final String ENDED = "SELECT reason FROM ended_request WHERE request_id = ?";
    // Class id of the per-request advisory locks (the two-key form, apart from any single-key lock).
    private static final int REQUEST_LOCK_CLASS = 7_001;
    private static final String LOCK_REQUEST = "SELECT pg_advisory_xact_lock(?, hashtext(?))";

    private final Transactions transactions;
    private final ApprovalStore store;
    private final ApprovalAnnouncer announcer;
    private final AuditLog audit;

    public EndedRequests(Transactions transactions, ApprovalStore store, ApprovalAnnouncer announcer,
            AuditLog audit) {
        this.transactions = transactions;
        this.store = store;
        this.announcer = announcer;
        this.audit = audit;
    }

    /**
     * A request ended with {@code failure}: remember it and expire its approval if one is still open. Only ends that
     * can overtake a write on its way to approval are kept: the gateway's timeouts and failures at the approval step
     * (a read's failure, or a write stopped at impact analysis, never reaches approval).
     */
    public void ended(EventEnvelope<RequestFailed> failure, Instant now) {
        if (failure.data().code() != ErrorCode.TIMEOUT && failure.data().step() != Step.APPROVAL) {
            return;
        }
        String reason = "the request ended before a decision (" + failure.data().code() + ": "
                + failure.data().message() + ")";
        transactions.inTransaction(connection -> {
            lockRequest(connection, failure.requestId());
            try (PreparedStatement remember = connection.prepareStatement(REMEMBER)) {
                remember.setString(1, failure.requestId());
                remember.setString(2, reason);
                remember.setTimestamp(3, Timestamp.from(now));
                remember.executeUpdate();
            }
            Optional<ApprovalRecord> stored = store.findByRequest(connection, failure.requestId());
            if (stored.isEmpty() || !stored.get().state().open()) {
                return null;
            }
            ApprovalRecord open = store.lock(connection, stored.get().approvalId()).orElseThrow();
            if (!open.state().open()) {
                return null;
            }
            ApprovalRecord expired = open.decided(ApprovalState.EXPIRED, now, List.of(), reason, false, false);
            store.update(connection, expired);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("outcome", ApprovalState.EXPIRED.name());
            details.put("reason", reason);
            details.put("endedBy", failure.source());
            audit.append(connection, new AuditEntry(null, "audit.request-ended", open.requestId(),
                    open.approvalId(), failure.userId(), details), now);
            announcer.decided(connection, expired, open.requiredLevel(), now);
            return null;
        });
    }

    /**
     * Serialises, per request, the intake of its impact report and the news of its end: they arrive on different
     * topics, on different threads, and each must see what the other committed, or both could pass each other (the
     * intake finding no end, the end finding no approval) and leave an approval open for an ended request.
     */
    public static void lockRequest(Connection connection, String requestId) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(LOCK_REQUEST)) {
            lock.setInt(1, REQUEST_LOCK_CLASS);
            lock.setString(2, requestId);
            lock.execute();
        }
    }

    /** Why the request ended, when it did; empty for a request still alive. */
    public static Optional<String> endedReason(Connection connection, String requestId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(ENDED)) {
            statement.setString(1, requestId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }
}
