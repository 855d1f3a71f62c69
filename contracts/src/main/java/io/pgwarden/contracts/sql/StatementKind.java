package io.pgwarden.contracts.sql;

/** What a SQL statement does, as the SQL guard classifies it. Only READ runs on the read path. */
public enum StatementKind {
    READ, INSERT, UPDATE, DELETE, MERGE, DDL, UTILITY, TRANSACTION_CONTROL, SESSION_CONTROL;

    public boolean isWrite() {
        return this == INSERT || this == UPDATE || this == DELETE || this == MERGE;
    }
}
