package io.pgwarden.contracts.event;

/** A record on a pgwarden topic that is not a well-formed envelope of the topic's type. Goes to the dead-letter topic. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
