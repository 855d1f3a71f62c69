package io.pgwarden.kit.error;

import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.contracts.error.UserFacingError;

/**
 * A step cannot go on for a reason the user should read: the request ends with a failure event carrying this
 * code, message and hint. Throw it from domain code; {@link io.pgwarden.kit.messaging.StepHandler} turns it into
 * the event.
 */
public class PipelineException extends RuntimeException implements UserFacingError {

    private final ErrorCode code;
    private final String hint;

    public PipelineException(ErrorCode code, String message, String hint) {
        super(message);
        this.code = code;
        this.hint = hint;
    }

    public PipelineException(ErrorCode code, String message, String hint, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.hint = hint;
    }

    @Override
    public ErrorCode code() {
        return code;
    }

    @Override
    public String hint() {
        return hint;
    }
}
