package io.pgwarden.approval.notify;

/** A row of the notification outbox claimed for one delivery attempt. */
public record PendingNotification(long id, String approvalId, String topic, String channel, String recipient,
        String subject, String body, int attempt) {
}
