package io.pgwarden.approval.notify;

import io.pgwarden.approval.store.Sql;
import io.pgwarden.approval.store.Transactions;
import io.pgwarden.contracts.approval.ApprovalLevel;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What the API shows: a user's in-app queue and the delivery state of e-mail and webhook notifications. */
public final class NotificationQueries {

    /** One entry of the in-app queue. */
    public record InAppNotification(long id, String approvalId, String topic, String audienceLevel,
            String audienceUser, String subject, String text, Instant createdAt) {
    }

    /** One e-mail or webhook notification and how its delivery went. */
    public record Delivery(long id, String approvalId, String topic, String channel, String recipient, String status,
            int attempts, String lastError, Instant nextAttemptAt, Instant deliveredAt) {
    }

    private static final String IN_APP = """
            SELECT id, approval_id, topic, audience_level, audience_user, subject, body, created_at
            FROM inapp_notification
            WHERE audience_user = ? OR (audience_level = ANY (?) AND requester <> ?)
            ORDER BY id DESC LIMIT ?
            """;
    private static final String DELIVERIES = """
            SELECT id, approval_id, topic, channel, recipient, status, attempts, last_error, next_attempt_at,
              delivered_at
            FROM notification_outbox WHERE (?::text IS NULL OR approval_id = ?) ORDER BY id DESC LIMIT ?
            """;

    private final Transactions transactions;

    public NotificationQueries(Transactions transactions) {
        this.transactions = transactions;
    }

    /**
     * Newest first: what is addressed to the user, and requests and escalations for any level the user holds or
     * is above (they may decide those), except the user's own requests.
     */
    public List<InAppNotification> inApp(String user, ApprovalLevel highestLevel, int limit) {
        List<String> levels = new ArrayList<>();
        if (highestLevel != null) {
            for (ApprovalLevel level : ApprovalLevel.values()) {
                if (level.rank() <= highestLevel.rank()) {
                    levels.add(level.name());
                }
            }
        }
        return transactions.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(IN_APP)) {
                statement.setString(1, user);
                statement.setArray(2, connection.createArrayOf("text", levels.toArray()));
                statement.setString(3, user);
                statement.setInt(4, limit);
                List<InAppNotification> found = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        found.add(new InAppNotification(rows.getLong(1), rows.getString(2), rows.getString(3),
                                rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7),
                                Sql.instant(rows, 8)));
                    }
                }
                return found;
            }
        });
    }

    public List<Delivery> deliveries(String approvalId, int limit) {
        return transactions.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(DELIVERIES)) {
                statement.setString(1, approvalId);
                statement.setString(2, approvalId);
                statement.setInt(3, limit);
                List<Delivery> found = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        found.add(new Delivery(rows.getLong(1), rows.getString(2), rows.getString(3),
                                rows.getString(4), rows.getString(5), rows.getString(6), rows.getInt(7),
                                rows.getString(8), Sql.instant(rows, 9), Sql.instant(rows, 10)));
                    }
                }
                return found;
            }
        });
    }
}
