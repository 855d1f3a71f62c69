package io.pgwarden.approval.notify;

/** The moments people are told about. */
public enum NotificationTopic {
    REQUESTED, ESCALATED, DECIDED
}
