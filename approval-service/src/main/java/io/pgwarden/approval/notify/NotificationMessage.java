package io.pgwarden.approval.notify;

/** One notification's words, the same on every channel. */
public record NotificationMessage(NotificationTopic topic, String subject, String text) {
}
