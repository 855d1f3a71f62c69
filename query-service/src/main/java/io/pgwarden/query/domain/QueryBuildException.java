package io.pgwarden.query.domain;

import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.contracts.error.UserFacingError;

/**
 * The intent cannot be built into SQL: it names a table or column the schema context does not have, or its
 * structure is invalid. The message is written for the user; the step ends with a failure event.
 */
public class QueryBuildException extends RuntimeException implements UserFacingError {

    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final String hint;

    public QueryBuildException(ErrorCode code, String message, String hint) {
        super(message);
        this.code = code;
        this.hint = hint;
    }

    public static QueryBuildException unknown(String message) {
        return new QueryBuildException(ErrorCode.UNKNOWN_SCHEMA_ELEMENT, message,
                "The schema may have changed since the question was understood; ask again.");
    }

    public static QueryBuildException invalid(String message) {
        return new QueryBuildException(ErrorCode.BAD_REQUEST, message, "Rephrase the question and ask again.");
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
