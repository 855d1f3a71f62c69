package io.pgwarden.sqlguard;

import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.contracts.error.UserFacingError;

/**
 * Thrown by {@link SqlGuard}'s require methods when a statement may not run on the path asked for. It is a
 * {@link UserFacingError}: the services end the request with its message rather than treat it as a crash.
 */
public class SqlRefusedException extends RuntimeException implements UserFacingError {

    private final transient Inspection inspection;
    private final Refusal refusal;

    public SqlRefusedException(Refusal refusal, Inspection inspection) {
        super(refusal.message());
        this.refusal = refusal;
        this.inspection = inspection;
    }

    public Refusal refusal() {
        return refusal;
    }

    /** What the guard learned about the statement, for logging and for callers that route on the kind. */
    public Inspection inspection() {
        return inspection;
    }

    @Override
    public ErrorCode code() {
        return switch (refusal.category()) {
            case TIMEOUT -> ErrorCode.TIMEOUT;
            case BUSY -> ErrorCode.BUSY;
            case EMPTY -> ErrorCode.BAD_REQUEST;
            default -> ErrorCode.SQL_REJECTED;
        };
    }

    @Override
    public String hint() {
        return "Refused as " + refusal.category() + ". Nothing was run. " + switch (refusal.category()) {
            case WRITE_IN_READ, DATA_MODIFYING_CTE -> "Submit changes on their own so they go through impact"
                    + " analysis and approval.";
            case DDL_BLOCKED -> "Schema changes are not run by pgwarden; ask a DBA.";
            case FORBIDDEN_FUNCTION -> "Use only side-effect-free functions; an operator can extend the allow-list.";
            default -> "Submit exactly one read-only statement.";
        };
    }
}
