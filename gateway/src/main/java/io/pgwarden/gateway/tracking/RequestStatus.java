package io.pgwarden.gateway.tracking;

/** Where a request stands, as the API reports it. */
public enum RequestStatus {
    /** Submitted; no terminal event yet. */
    RUNNING,
    /** The statement ran; the result is available. */
    COMPLETED,
    /** A step failed and reported why. */
    FAILED,
    /** The question was ambiguous; the user picks one of the offered options and asks again. */
    NEEDS_CLARIFICATION,
    /** No step answered within the deadline; the gateway's watchdog ended the request. */
    TIMED_OUT;

    public boolean done() {
        return this != RUNNING;
    }
}
