package io.pgwarden.gateway.problem;

import io.pgwarden.contracts.error.ErrorCode;
import java.util.Map;

/**
 * A failure the caller should read, raised anywhere in the gateway and turned into a problem response in one place
 * ({@link ProblemExceptionMappers}). The HTTP status is the code's, unless a status is given (429 has no code of
 * its own in the contracts, so rate limiting reports {@link ErrorCode#BUSY} with 429).
 */
public class ProblemException extends RuntimeException {

    private final ErrorCode code;
    private final int status;
    private final String hint;
    private final Map<String, String> headers;

    public ProblemException(ErrorCode code, String detail, String hint) {
        this(code, code.httpStatus(), detail, hint, Map.of());
    }

    public ProblemException(ErrorCode code, String detail, String hint, Throwable cause) {
        super(detail, cause);
        this.code = code;
        this.status = code.httpStatus();
        this.hint = hint;
        this.headers = Map.of();
    }

    public ProblemException(ErrorCode code, int status, String detail, String hint, Map<String, String> headers) {
        super(detail);
        this.code = code;
        this.status = status;
        this.hint = hint;
        this.headers = Map.copyOf(headers);
    }

    public ErrorCode code() {
        return code;
    }

    public int status() {
        return status;
    }

    public String hint() {
        return hint;
    }

    /** Extra response headers, such as {@code Retry-After} or {@code WWW-Authenticate}. */
    public Map<String, String> headers() {
        return headers;
    }

    public Problem toProblem() {
        return Problems.of(code, status, getMessage(), hint);
    }
}
