package io.pgwarden.approval.notify;

import io.pgwarden.approval.audit.AuditEntry;
import io.pgwarden.approval.audit.AuditLog;
import io.pgwarden.approval.config.ApprovalConfig;
import io.pgwarden.approval.store.Sql;
import io.pgwarden.approval.store.Transactions;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Delivers the notification outbox. Each run claims due rows (SKIP LOCKED, pushed a lease into the future so no
 * other run takes them), delivers them outside any transaction, then records the result: DELIVERED, or the error
 * and the next attempt after a doubling backoff, or FAILED once the attempts are used up. Every attempt's result
 * is an audit row. Decisions never wait for this: they only wrote the outbox rows.
 */
@ApplicationScoped
public class NotificationSender {

    private static final Logger LOG = Logger.getLogger(NotificationSender.class);
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final String CLAIM = """
            UPDATE notification_outbox SET attempts = attempts + 1, next_attempt_at = ?
            WHERE id IN (SELECT id FROM notification_outbox WHERE status = 'PENDING' AND next_attempt_at <= ?
                         ORDER BY id LIMIT 20 FOR UPDATE SKIP LOCKED)
            RETURNING id, approval_id, topic, channel, recipient, subject, body, attempts
            """;
    private static final String DELIVERED = """
            UPDATE notification_outbox SET status = 'DELIVERED', delivered_at = ? WHERE id = ?
            """;
    private static final String FAILED = """
            UPDATE notification_outbox SET status = ?, last_error = ?, next_attempt_at = ? WHERE id = ?
            """;

    private final Transactions transactions;
    private final AuditLog audit = new AuditLog();
    private final Map<String, NotificationChannel> channels = new LinkedHashMap<>();
    private final int maxAttempts;
    private final Backoff backoff;

    @Inject
    public NotificationSender(DataSource dataSource, Instance<NotificationChannel> channels, ApprovalConfig config) {
        this.transactions = new Transactions(dataSource);
        channels.forEach(channel -> this.channels.put(channel.name(), channel));
        this.maxAttempts = config.notifications().maxAttempts();
        this.backoff = new Backoff(config.notifications().backoff(), config.notifications().maxBackoff());
    }

    @Scheduled(every = "${pgwarden.approval.notify.poll}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onTimer() {
        try {
            List<PendingNotification> due;
            do {
                due = claim(Instant.now());
                due.forEach(this::deliver);
            } while (due.size() == 20);
        } catch (RuntimeException e) {
            LOG.warnf("notifications wait for the next run: %s", e.getMessage());
        }
    }

    private List<PendingNotification> claim(Instant now) {
        return transactions.inTransaction(connection -> {
            List<PendingNotification> claimed = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(CLAIM)) {
                Sql.setInstant(statement, 1, now.plus(LEASE));
                Sql.setInstant(statement, 2, now);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        claimed.add(new PendingNotification(rows.getLong(1), rows.getString(2), rows.getString(3),
                                rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7),
                                rows.getInt(8)));
                    }
                }
            }
            return claimed;
        });
    }

    private void deliver(PendingNotification notification) {
        NotificationChannel channel = channels.get(notification.channel());
        String error = null;
        try {
            if (channel == null) {
                throw new NotificationChannel.DeliveryFailed("no channel " + notification.channel(), null);
            }
            channel.deliver(notification);
        } catch (NotificationChannel.DeliveryFailed e) {
            error = e.getMessage();
        } catch (RuntimeException e) {
            error = notification.channel() + " failed unexpectedly: " + e;
        }
        record(notification, error, Instant.now());
    }

    private void record(PendingNotification notification, String error, Instant now) {
        boolean gaveUp = error != null && notification.attempt() >= maxAttempts;
        String status = error == null ? "DELIVERED" : gaveUp ? "FAILED" : "PENDING";
        if (error != null) {
            LOG.warnf("%s notification %d (approval %s) attempt %d of %d failed%s: %s", notification.channel(),
                    notification.id(), notification.approvalId(), notification.attempt(), maxAttempts,
                    gaveUp ? ", giving up" : ", will retry", error);
        }
        transactions.inTransaction(connection -> {
            if (error == null) {
                try (PreparedStatement statement = connection.prepareStatement(DELIVERED)) {
                    Sql.setInstant(statement, 1, Sql.micros(now));
                    statement.setLong(2, notification.id());
                    statement.executeUpdate();
                }
            } else {
                try (PreparedStatement statement = connection.prepareStatement(FAILED)) {
                    statement.setString(1, status);
                    statement.setString(2, error);
                    Sql.setInstant(statement, 3, now.plus(backoff.after(notification.attempt())));
                    statement.setLong(4, notification.id());
                    statement.executeUpdate();
                }
            }
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("notification", notification.id());
            details.put("topic", notification.topic());
            details.put("channel", notification.channel());
            details.put("recipient", notification.recipient());
            details.put("attempt", notification.attempt());
            details.put("status", status);
            if (error != null) {
                details.put("error", error);
            }
            audit.append(connection, new AuditEntry(null,
                    error == null ? "audit.notification-delivered" : "audit.notification-failed", null,
                    notification.approvalId(), null, details), now);
            return null;
        });
    }
}
