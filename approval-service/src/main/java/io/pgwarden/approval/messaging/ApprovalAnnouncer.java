package io.pgwarden.approval.messaging;

import io.pgwarden.approval.notify.NotificationMessages;
import io.pgwarden.approval.notify.NotificationPlanner;
import io.pgwarden.approval.store.ApprovalRecord;
import io.pgwarden.contracts.approval.ApprovalLevel;
import io.pgwarden.contracts.approval.ApprovalOutcome;
import io.pgwarden.contracts.approval.ApprovalState;
import io.pgwarden.contracts.event.ApprovalDecided;
import io.pgwarden.contracts.event.ApprovalEscalated;
import io.pgwarden.contracts.event.ApprovalRequested;
import io.pgwarden.contracts.event.EventEnvelope;
import io.pgwarden.contracts.event.EventType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Announces a state change in the transaction that makes it: the lifecycle event into the event outbox and the
 * notifications into their queues. Nothing leaves the service before the change is committed.
 */
public final class ApprovalAnnouncer {

    private final EventOutbox events = new EventOutbox();
    private final NotificationPlanner notifications;
    private final NotificationMessages messages;
    private final String source;

    public ApprovalAnnouncer(NotificationPlanner notifications, NotificationMessages messages, String source) {
        this.notifications = notifications;
        this.messages = messages;
        this.source = source;
    }

    /** A new request waits for people; the event follows from the impact event that caused it. */
    public void requested(Connection connection, ApprovalRecord record, EventEnvelope<?> cause, Instant now)
            throws SQLException {
        ApprovalRequested data = new ApprovalRequested(record.approvalId(), record.requiredLevel(), record.risk(),
                record.totalRows(), record.bindingHash(), record.escalatesAt(), record.expiresAt(), record.summary());
        events.enqueue(connection, EventType.APPROVAL_REQUESTED,
                cause.next(EventType.APPROVAL_REQUESTED, source, data));
        notifications.plan(connection, record, messages.requested(record), now);
    }

    public void escalated(Connection connection, ApprovalLevel from, ApprovalRecord record, String reason,
            Instant now) throws SQLException {
        ApprovalEscalated data = new ApprovalEscalated(record.approvalId(), from, record.requiredLevel(), reason,
                record.expiresAt());
        events.enqueue(connection, EventType.APPROVAL_ESCALATED, ApprovalEnvelopes.of(record,
                EventType.APPROVAL_ESCALATED, record.requiredLevel().name(), source, data, now));
        notifications.plan(connection, record, messages.escalated(record, reason), now);
    }

    /** The request ended; {@code level} is the level that decided (the required one for expiry and policy). */
    public void decided(Connection connection, ApprovalRecord record, ApprovalLevel level, Instant now)
            throws SQLException {
        ApprovalDecided data = new ApprovalDecided(record.approvalId(), outcomeOf(record.state()), level,
                record.decidedBy(), record.comment(), record.autoApproved(), record.emergency(),
                record.bindingHash(), record.plan(), record.sql(), record.parameters(), record.kind(),
                record.engine(), record.database(), record.impact(), record.rollback());
        events.enqueue(connection, EventType.APPROVAL_DECIDED,
                ApprovalEnvelopes.of(record, EventType.APPROVAL_DECIDED, null, source, data, now));
        notifications.plan(connection, record, messages.decided(record), now);
    }

    private static ApprovalOutcome outcomeOf(ApprovalState state) {
        return switch (state) {
            case APPROVED -> ApprovalOutcome.APPROVED;
            case DENIED -> ApprovalOutcome.DENIED;
            case EXPIRED -> ApprovalOutcome.EXPIRED;
            default -> throw new IllegalStateException("an open request (" + state + ") has no outcome yet");
        };
    }
}
