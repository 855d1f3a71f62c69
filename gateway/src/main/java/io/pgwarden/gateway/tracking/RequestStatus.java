package io.pgwarden.gateway.tracking;

/** Where a request stands, as the API reports it. */
public enum RequestStatus {
    /** Submitted; no terminal event yet. */
    RUNNING,
    /** A write waits for a human decision; no watchdog times it out (approval-service's own expiry ends it). */
    AWAITING_APPROVAL,
    /** The statement ran; the result is available. */
    COMPLETED,
    /** A step failed and reported why. */
    FAILED,
    /** The question was ambiguous; the user picks one of the offered options and asks again. */
    NEEDS_CLARIFICATION,
    /** No step answered within the deadline; the gateway's watchdog ended the request. */
    TIMED_OUT,
    /** An approver denied the write; nothing ran. */
    DENIED,
    /** Nobody decided on the write before its approval expired; nothing ran. */
    EXPIRED;

    public boolean done() {
        return this != RUNNING && this != AWAITING_APPROVAL;
    }
}
