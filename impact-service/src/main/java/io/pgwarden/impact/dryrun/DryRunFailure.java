package io.pgwarden.impact.dryrun;

import io.pgwarden.contracts.sql.StatementKind;
import java.sql.SQLException;
import java.util.Optional;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * What an error in the dry run means: the dry run could not finish (a time limit, a lock, a concurrent change), so
 * the estimate is used instead; or the statement itself cannot succeed (a constraint, a bad value, a trigger
 * raising an error), so there is nothing to approve; or anything else, which the user must fix.
 */
public record DryRunFailure(Meaning meaning, String sqlState, String reason, String hint) {

    public enum Meaning {
        /** The dry run could not finish; fall back to the estimate and say why. */
        FALLBACK,
        /** The statement would fail when executed. */
        BLOCKER,
        /** The statement is wrong in another way (unknown column, no privilege). */
        ERROR
    }

    public static DryRunFailure of(SQLException e, StatementKind kind) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        ServerErrorMessage server = e instanceof PSQLException psql ? psql.getServerErrorMessage() : null;
        String message = firstLine(server != null && server.getMessage() != null ? server.getMessage()
                : e.getMessage());
        String detail = server == null || server.getDetail() == null ? "" : " " + server.getDetail();
        String constraint = server == null ? null : server.getConstraint();
        return switch (state) {
            case "57014" -> new DryRunFailure(Meaning.FALLBACK, state,
                    "the dry run took longer than its statement timeout", null);
            case "55P03" -> new DryRunFailure(Meaning.FALLBACK, state,
                    "the dry run had to wait for a lock held by another session", null);
            case "40001", "40P01" -> new DryRunFailure(Meaning.FALLBACK, state,
                    "another session changed the same rows during the dry run", null);
            case "23503" -> new DryRunFailure(Meaning.BLOCKER, state, foreignKey(message, detail, constraint, kind),
                    foreignKeyHint(detail, kind));
            case "23505" -> new DryRunFailure(Meaning.BLOCKER, state, message + "." + detail,
                    "A row with that key already exists: use another value, or change the existing row instead.");
            case "23502" -> new DryRunFailure(Meaning.BLOCKER, state, message + "." + detail,
                    "Give the column a value; it does not accept NULL.");
            case "23514" -> new DryRunFailure(Meaning.BLOCKER, state, message + "." + detail,
                    "Use values the check constraint " + Optional.ofNullable(constraint).orElse("") + " allows.");
            case "23P01" -> new DryRunFailure(Meaning.BLOCKER, state, message + "." + detail,
                    "The new row overlaps an existing one under an exclusion constraint; change the values.");
            default -> classByPrefix(state, message + "." + detail);
        };
    }

    private static DryRunFailure classByPrefix(String state, String reason) {
        if (state.startsWith("22")) {
            return new DryRunFailure(Meaning.BLOCKER, state, reason,
                    "A value does not fit its column (type, range or format); correct the value.");
        }
        if (state.startsWith("23") || state.startsWith("P0") || state.startsWith("27")) {
            return new DryRunFailure(Meaning.BLOCKER, state, reason,
                    "A constraint, trigger or rule of the database refuses this change; change the statement or"
                            + " the rows it touches so the database accepts it.");
        }
        return new DryRunFailure(Meaning.ERROR, state, reason, null);
    }

    private static String foreignKey(String message, String detail, String constraint, StatementKind kind) {
        if (detail.contains("still referenced")) {
            return kind + " blocked by foreign key " + constraint + " (RESTRICT or NO ACTION):" + detail
                    + " Referencing rows must be removed or re-pointed first.";
        }
        return message + "." + detail;
    }

    private static String foreignKeyHint(String detail, StatementKind kind) {
        if (detail.contains("still referenced")) {
            return "Delete or re-point the referencing rows first, narrow the WHERE clause to rows nothing refers"
                    + " to, or ask a DBA whether the foreign key should cascade. The " + kind
                    + " was not run and there is nothing to approve.";
        }
        return "Use a value that exists in the referenced table.";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
