package io.pgwarden.contracts.error;

/**
 * An exception whose message is written for the user: the services end the request with a failure event carrying
 * its code, message and hint instead of treating it as a crash. Implemented by the kit's PipelineException and the
 * SQL guard's refusals, so neither has to know the other.
 */
public interface UserFacingError {

    ErrorCode code();

    /** What went wrong, in words a user understands. */
    String getMessage();

    /** What the user can do next. */
    String hint();
}
