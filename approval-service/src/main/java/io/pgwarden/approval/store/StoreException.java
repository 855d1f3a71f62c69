package io.pgwarden.approval.store;

/** The system database failed underneath the approval store (not a rule refusing something). */
public class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
