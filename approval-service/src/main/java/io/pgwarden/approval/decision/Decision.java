package io.pgwarden.approval.decision;

/** What an approver says. */
public enum Decision {
    APPROVE, DENY
}
