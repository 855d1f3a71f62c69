package io.pgwarden.gateway.problem;

import io.pgwarden.contracts.error.ErrorCode;
import java.util.Locale;

/** Builds problem documents so that every error response has the same type, title and code conventions. */
public final class Problems {

    private static final String TYPE_PREFIX = "urn:pgwarden:problem:";

    private Problems() {
    }

    public static Problem of(ErrorCode code, String detail, String hint) {
        return of(code, code.httpStatus(), detail, hint);
    }

    public static Problem of(ErrorCode code, int status, String detail, String hint) {
        return new Problem(type(code), title(code, status), status, detail, null, code.name(), hint);
    }

    /** The problem for an HTTP status raised by the framework (unknown path, wrong method, wrong media type). */
    public static Problem forStatus(int status, String detail) {
        ErrorCode code = codeFor(status);
        return switch (status) {
            case 404 -> new Problem(type(code), code.title(), status, detail, null, code.name(),
                    "Check the path; the API is described at /q/openapi and in docs/api.md.");
            case 405 -> new Problem(TYPE_PREFIX + "method-not-allowed", "Method not allowed", status, detail, null,
                    code.name(), "Check the HTTP method; the API is described at /q/openapi.");
            case 406 -> new Problem(TYPE_PREFIX + "not-acceptable", "Not acceptable", status, detail, null,
                    code.name(), "Accept application/json (or text/event-stream for event streams).");
            case 415 -> new Problem(TYPE_PREFIX + "unsupported-media-type", "Unsupported media type", status, detail,
                    null, code.name(), "Send the body as JSON with Content-Type: application/json.");
            default -> new Problem(type(code), title(code, status), status, detail, null, code.name(), null);
        };
    }

    /** The closest error code for a bare HTTP status. */
    public static ErrorCode codeFor(int status) {
        return switch (status) {
            case 401 -> ErrorCode.UNAUTHENTICATED;
            case 403 -> ErrorCode.FORBIDDEN;
            case 404 -> ErrorCode.NOT_FOUND;
            case 409 -> ErrorCode.CONFLICT;
            case 429 -> ErrorCode.BUSY;
            case 503 -> ErrorCode.DEPENDENCY_DOWN;
            case 504 -> ErrorCode.TIMEOUT;
            default -> status >= 500 ? ErrorCode.INTERNAL : ErrorCode.BAD_REQUEST;
        };
    }

    private static String type(ErrorCode code) {
        return TYPE_PREFIX + code.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String title(ErrorCode code, int status) {
        return status == 429 ? "Too many requests" : code.title();
    }
}
