package io.pgwarden.approval.notify;

import io.pgwarden.approval.config.ApprovalConfig;
import io.pgwarden.approval.store.ApprovalRecord;
import io.pgwarden.approval.store.Sql;
import io.pgwarden.contracts.approval.ApprovalLevel;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Decides who hears about a request, an escalation or a decision, and writes it down in the caller's transaction:
 * the in-app queue at once, e-mail and webhook into the notification outbox for the sender. A channel without
 * configuration (no recipients for the level, no webhook URL) is simply skipped.
 *
 * <ul>
 * <li>REQUESTED and ESCALATED: the level that must decide (e-mail to its addresses, in-app to its holders).</li>
 * <li>DECIDED: the requester in-app, and the level's addresses by e-mail.</li>
 * <li>The webhook gets every notification.</li>
 * </ul>
 */
public final class NotificationPlanner {

    private static final String OUTBOX = """
            INSERT INTO notification_outbox (approval_id, topic, channel, recipient, subject, body, next_attempt_at,
              created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """;
    private static final String IN_APP = """
            INSERT INTO inapp_notification (approval_id, topic, audience_level, audience_user, requester, subject,
              body, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """;

    private final Map<ApprovalLevel, String> emailRecipients = new EnumMap<>(ApprovalLevel.class);
    private final Optional<String> webhookUrl;

    public NotificationPlanner(Map<ApprovalLevel, Optional<String>> emailRecipients, Optional<String> webhookUrl) {
        emailRecipients.forEach((level, to) -> to.map(String::strip).filter(s -> !s.isEmpty())
                .ifPresent(addresses -> this.emailRecipients.put(level, addresses)));
        this.webhookUrl = webhookUrl.map(String::strip).filter(s -> !s.isEmpty());
    }

    public static NotificationPlanner from(ApprovalConfig config) {
        ApprovalConfig.Email email = config.notifications().email();
        return new NotificationPlanner(Map.of(ApprovalLevel.TEAM_LEAD, email.teamLead(), ApprovalLevel.MANAGER,
                email.manager(), ApprovalLevel.DIRECTOR, email.director()), config.notifications().webhook().url());
    }

    public void plan(Connection connection, ApprovalRecord record, NotificationMessage message, Instant now)
            throws SQLException {
        Instant at = Sql.micros(now);
        if (message.topic() == NotificationTopic.DECIDED) {
            inApp(connection, record, message, null, record.requester(), at);
        } else {
            inApp(connection, record, message, record.requiredLevel(), null, at);
            if (message.topic() == NotificationTopic.ESCALATED) {
                inApp(connection, record, message, null, record.requester(), at);
            }
        }
        String addresses = emailRecipients.get(record.requiredLevel());
        if (addresses != null) {
            outbox(connection, record, message, EmailChannel.NAME, addresses, message.text(), at);
        }
        if (webhookUrl.isPresent()) {
            outbox(connection, record, message, WebhookChannel.NAME, webhookUrl.get(),
                    WebhookPayload.of(message, record.approvalId()), at);
        }
    }

    private static void outbox(Connection connection, ApprovalRecord record, NotificationMessage message,
            String channel, String recipient, String body, Instant at) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(OUTBOX)) {
            statement.setString(1, record.approvalId());
            statement.setString(2, message.topic().name());
            statement.setString(3, channel);
            statement.setString(4, recipient);
            statement.setString(5, message.subject());
            statement.setString(6, body);
            Sql.setInstant(statement, 7, at);
            Sql.setInstant(statement, 8, at);
            statement.executeUpdate();
        }
    }

    private static void inApp(Connection connection, ApprovalRecord record, NotificationMessage message,
            ApprovalLevel level, String user, Instant at) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(IN_APP)) {
            statement.setString(1, record.approvalId());
            statement.setString(2, message.topic().name());
            statement.setString(3, level == null ? null : level.name());
            statement.setString(4, user);
            statement.setString(5, record.requester());
            statement.setString(6, message.subject());
            statement.setString(7, message.text());
            Sql.setInstant(statement, 8, at);
            statement.executeUpdate();
        }
    }
}
