package io.pgwarden.contracts.error;

/**
 * The small set of error categories every service reports with, the same in failure events and in the gateway's
 * RFC 9457 problem responses.
 */
public enum ErrorCode {
    BAD_REQUEST(400, "Bad request"),
    UNAUTHENTICATED(401, "Authentication required"),
    FORBIDDEN(403, "Not allowed"),
    NOT_FOUND(404, "Not found"),
    NOT_UNDERSTOOD(422, "Question not understood"),
    UNKNOWN_SCHEMA_ELEMENT(422, "Unknown table or column"),
    SQL_REJECTED(422, "SQL refused by the safety guard"),
    REFUSED_BY_POLICY(403, "Refused by policy"),
    CONFLICT(409, "Conflict"),
    TIMEOUT(504, "Timed out"),
    BUSY(503, "Busy, retry later"),
    DEPENDENCY_DOWN(503, "A dependency is unavailable"),
    INTERNAL(500, "Internal error");

    private final int httpStatus;
    private final String title;

    ErrorCode(int httpStatus, String title) {
        this.httpStatus = httpStatus;
        this.title = title;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String title() {
        return title;
    }
}
