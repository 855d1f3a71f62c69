package io.pgwarden.approval.timers;

import io.pgwarden.approval.audit.AuditEntry;
import io.pgwarden.approval.audit.AuditLog;
import io.pgwarden.approval.config.TimerPolicy;
import io.pgwarden.approval.messaging.ApprovalAnnouncer;
import io.pgwarden.approval.store.ApprovalRecord;
import io.pgwarden.approval.store.ApprovalStore;
import io.pgwarden.approval.store.Transactions;
import io.pgwarden.contracts.approval.ApprovalLevel;
import io.pgwarden.contracts.approval.ApprovalState;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Escalates and expires open requests whose time has come. The deadlines live in the request rows, so they
 * survive restarts: whichever instance polls next handles what fell due meanwhile. Due rows are locked with
 * SKIP LOCKED, so a decision in progress (which holds the row) wins and instances never handle a row twice.
 */
public final class TimerService {

    private static final int BATCH = 50;

    private final Transactions transactions;
    private final ApprovalStore store;
    private final TimerPolicy timers;
    private final ApprovalAnnouncer announcer;
    private final AuditLog audit;

    public TimerService(Transactions transactions, ApprovalStore store, TimerPolicy timers,
            ApprovalAnnouncer announcer, AuditLog audit) {
        this.transactions = transactions;
        this.store = store;
        this.timers = timers;
        this.announcer = announcer;
        this.audit = audit;
    }

    /** Handles one batch of due requests; returns how many it changed. */
    public int runDue(Instant now) {
        return transactions.inTransaction(connection -> {
            List<ApprovalRecord> due = store.lockDue(connection, now, BATCH);
            for (ApprovalRecord record : due) {
                if (!now.isBefore(record.expiresAt())) {
                    expire(connection, record, now);
                } else {
                    escalate(connection, record, now);
                }
            }
            return due.size();
        });
    }

    /** Runs batches until nothing is due. */
    public void runAllDue(Instant now) {
        while (runDue(now) == BATCH) {
            // more were due than one batch holds
        }
    }

    private void expire(Connection connection, ApprovalRecord record, Instant now)
            throws SQLException {
        String reason = "no decision before " + record.expiresAt();
        ApprovalRecord expired = record.decided(ApprovalState.EXPIRED, now, List.of(), reason, false, false);
        store.update(connection, expired);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("requiredLevel", record.requiredLevel());
        details.put("expiresAt", record.expiresAt());
        details.put("reason", reason);
        audit.append(connection, new AuditEntry(null, "audit.expiry", record.requestId(), record.approvalId(),
                null, details), now);
        announcer.decided(connection, expired, record.requiredLevel(), now);
    }

    private void escalate(Connection connection, ApprovalRecord record, Instant now)
            throws SQLException {
        ApprovalLevel from = record.requiredLevel();
        ApprovalLevel to = from.next();
        Duration waited = Duration.between(record.createdAt(), now);
        String reason = "no decision at level " + from + " within " + humanize(timers.escalateAfter(from))
                + " (waited " + humanize(waited) + ")";
        ApprovalRecord escalated = record.escalated(to, timers.escalatesAt(to, now, record.expiresAt()));
        store.update(connection, escalated);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("fromLevel", from);
        details.put("toLevel", to);
        details.put("reason", reason);
        details.put("nextEscalation", escalated.escalatesAt());
        details.put("expiresAt", escalated.expiresAt());
        audit.append(connection, new AuditEntry(null, "audit.escalation", record.requestId(), record.approvalId(),
                null, details), now);
        announcer.escalated(connection, from, escalated, reason, now);
    }

    static String humanize(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds < 120) {
            return seconds + " seconds";
        }
        if (seconds < 7200) {
            return seconds / 60 + " minutes";
        }
        return seconds / 3600 + " hours";
    }
}
