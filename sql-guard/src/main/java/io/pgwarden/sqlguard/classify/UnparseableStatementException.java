package io.pgwarden.sqlguard.classify;

/** JSqlParser could not read the statement; the message says where, in words fit for the user. */
public final class UnparseableStatementException extends Exception {

    public UnparseableStatementException(String message) {
        super(message);
    }
}
