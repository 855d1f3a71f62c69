package io.pgwarden.execution.read;

import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.kit.error.ErrorText;
import io.pgwarden.kit.error.PipelineException;
import java.sql.SQLException;

/** Maps PostgreSQL errors of a read to messages a user can act on, by SQLSTATE class. */
final class ReadFailures {

    private ReadFailures() {
    }

    /** The connection itself failed (closed by the server, network gone), not the statement. */
    static boolean isBrokenConnection(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return state.startsWith("08") || state.equals("57P01")
                || (e.getMessage() != null && e.getMessage().contains("connection has been closed"));
    }

    static PipelineException from(SQLException e, ReadLimits config) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String detail = ErrorText.firstLine(e.getMessage());
        if (state.equals("57014")) {
            return new PipelineException(ErrorCode.TIMEOUT,
                    "The query ran longer than the " + config.statementTimeout().toSeconds()
                            + " s limit and was cancelled.",
                    "Narrow the question (a filter, a shorter period) so less data is read.", e);
        }
        if (state.equals("55P03")) {
            return new PipelineException(ErrorCode.TIMEOUT,
                    "The query waited too long for a lock held by another session and was cancelled.",
                    "Retry in a moment.", e);
        }
        if (state.equals("25006")) {
            return new PipelineException(ErrorCode.SQL_REJECTED,
                    "The database refused a write inside a read-only query (" + detail + ").",
                    "Reads cannot change data; submit writes so they go through impact analysis and approval.", e);
        }
        if (isBrokenConnection(e) || state.equals("57P03") || state.equals("53300") || state.equals("3D000")
                || state.equals("55000")) {
            return new PipelineException(ErrorCode.DEPENDENCY_DOWN,
                    "The target database is unavailable (" + detail + ").",
                    "Check that it is running and reachable (PGWARDEN_TARGET_DB_URL), then ask again.", e);
        }
        if (state.equals("42P01") || state.equals("42703") || state.equals("42883")) {
            return new PipelineException(ErrorCode.UNKNOWN_SCHEMA_ELEMENT,
                    "The database does not know a name in the query (" + detail + ").",
                    "Check the table and column names; ask \"which tables are there?\".", e);
        }
        if (state.equals("42501")) {
            return new PipelineException(ErrorCode.FORBIDDEN,
                    "The read-only role may not read this (" + detail + ").",
                    "Ask an operator to grant SELECT on it to the reader role.", e);
        }
        if (state.startsWith("42") || state.startsWith("22")) {
            return new PipelineException(ErrorCode.BAD_REQUEST, "The database rejected the query (" + detail + ").",
                    "Correct the query or rephrase the question.", e);
        }
        if (e.getSQLState() == null && e.getCause() == null && detail.contains("acquisition timeout")) {
            return new PipelineException(ErrorCode.BUSY,
                    "All connections to the target database are in use.", "Retry in a few seconds.", e);
        }
        return new PipelineException(ErrorCode.DEPENDENCY_DOWN,
                "The target database failed the query (" + state + ": " + detail + ").",
                "Retry; if it keeps failing, tell an operator.", e);
    }
}
