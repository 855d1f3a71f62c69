package io.pgwarden.impact.analysis;

import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.contracts.error.UserFacingError;

/**
 * The analysis cannot go on for a reason the user should read (an unknown table, a protected schema, a bad
 * parameter). The step handler turns it into a {@code request.failed} event with this code, message and hint; it is
 * the contracts' {@link UserFacingError} rather than the service kit's exception so the analysis runs outside
 * Quarkus too.
 */
public class AnalysisError extends RuntimeException implements UserFacingError {

    private final ErrorCode code;
    private final String hint;

    public AnalysisError(ErrorCode code, String message, String hint) {
        super(message);
        this.code = code;
        this.hint = hint;
    }

    public AnalysisError(ErrorCode code, String message, String hint, Throwable cause) {
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
