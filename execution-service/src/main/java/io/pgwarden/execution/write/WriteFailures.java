package io.pgwarden.execution.write;

import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.kit.error.ErrorText;
import io.pgwarden.kit.error.PipelineException;
import java.sql.SQLException;
import java.time.Duration;

/** Turns a database error that ended a write into what the user reads. Every one of them rolled the write back. */
public final class WriteFailures {

    private static final String NOTHING_CHANGED = " The transaction was rolled back; nothing was changed.";

    private WriteFailures() {
    }

    /** Serialization failure or deadlock: another session changed the same rows; the write may be tried again. */
    public static boolean concurrentChange(SQLException e) {
        return "40001".equals(e.getSQLState()) || "40P01".equals(e.getSQLState());
    }

    public static PipelineException of(SQLException e, Duration statementTimeout, Duration lockTimeout) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String detail = ErrorText.firstLine(e.getMessage());
        if ("57014".equals(state) && detail.contains("statement timeout")) {
            return new PipelineException(ErrorCode.TIMEOUT,
                    "The write ran longer than its limit of " + seconds(statementTimeout) + "." + NOTHING_CHANGED,
                    "Split the change into smaller ones, or ask an operator to raise the time limit for its risk"
                            + " level (pgwarden.execution.write.statement-timeout).", e);
        }
        if ("57014".equals(state)) {
            return new PipelineException(ErrorCode.CONFLICT, "The write was cancelled on request." + NOTHING_CHANGED,
                    "Submit the change again when it should run.", e);
        }
        if ("55P03".equals(state)) {
            return new PipelineException(ErrorCode.BUSY,
                    "The write waited longer than " + seconds(lockTimeout) + " for rows or tables another session"
                            + " holds locked." + NOTHING_CHANGED,
                    "Submit the change again when the other work has finished.", e);
        }
        if (concurrentChange(e)) {
            return new PipelineException(ErrorCode.BUSY,
                    "Other sessions kept changing the same rows while the write ran (" + detail + ")."
                            + NOTHING_CHANGED,
                    "Submit the change again; its impact is then measured on the current data.", e);
        }
        if (state.startsWith("23")) {
            return new PipelineException(ErrorCode.CONFLICT,
                    "The database refused the change: " + detail + "." + NOTHING_CHANGED,
                    "Check the rows the change refers to and submit a corrected change.", e);
        }
        if (state.startsWith("08")) {
            return new PipelineException(ErrorCode.DEPENDENCY_DOWN,
                    "The connection to the target database broke during the write." + NOTHING_CHANGED,
                    "Try again once the database is reachable.", e);
        }
        return new PipelineException(ErrorCode.CONFLICT,
                "The database stopped the write: " + detail + "." + NOTHING_CHANGED,
                "Check the statement and the data it refers to, then submit it again.", e);
    }

    private static String seconds(Duration duration) {
        return duration.toSeconds() + " s";
    }
}
