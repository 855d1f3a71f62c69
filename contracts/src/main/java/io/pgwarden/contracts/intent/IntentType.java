package io.pgwarden.contracts.intent;

/** The PRD's query type classification, plus META for questions about the schema itself. */
public enum IntentType {
    SELECT, INSERT, UPDATE, DELETE, DDL, META;

    public boolean isWrite() {
        return this == INSERT || this == UPDATE || this == DELETE;
    }
}
