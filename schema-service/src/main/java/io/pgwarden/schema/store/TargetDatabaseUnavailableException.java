package io.pgwarden.schema.store;

import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.kit.error.ErrorText;
import io.pgwarden.kit.error.PipelineException;
import java.sql.SQLException;

/** The target database could not be reached or refused the catalog queries. */
public class TargetDatabaseUnavailableException extends PipelineException {

    public TargetDatabaseUnavailableException(SQLException cause) {
        super(ErrorCode.DEPENDENCY_DOWN,
                "The target database is unavailable, so the question could not be checked against its schema ("
                        + ErrorText.firstLine(cause.getMessage()) + ").",
                "Check that the database is running and reachable (PGWARDEN_TARGET_DB_URL), then ask again.", cause);
    }
}
