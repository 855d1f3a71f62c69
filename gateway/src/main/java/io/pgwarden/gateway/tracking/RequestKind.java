package io.pgwarden.gateway.tracking;

/** What the user submitted: a plain-language question or their own SQL. */
public enum RequestKind {
    QUESTION, SQL
}
