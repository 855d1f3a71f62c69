package io.pgwarden.gateway.tracking;

/** What the user submitted: a plain-language question, their own SQL, or a rollback of an earlier write. */
public enum RequestKind {
    QUESTION, SQL, ROLLBACK
}
