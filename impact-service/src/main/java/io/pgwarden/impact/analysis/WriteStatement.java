package io.pgwarden.impact.analysis;

import io.pgwarden.contracts.sql.SqlParameter;
import io.pgwarden.contracts.sql.StatementKind;
import java.util.List;

/**
 * One write to analyse, as the SQL guard accepted it.
 *
 * @param sql            the guard's statement text (one statement, no trailing semicolon), {@code ?} placeholders
 * @param parameters     the values for the placeholders, in order
 * @param kind           INSERT, UPDATE, DELETE or MERGE
 * @param targetTable    the table the statement modifies, named as the guard reports it (exact name parts,
 *                       schema-qualified when written so)
 * @param hasWhereClause whether an UPDATE or DELETE has a WHERE clause
 */
public record WriteStatement(String sql, List<SqlParameter> parameters, StatementKind kind, String targetTable,
        boolean hasWhereClause) {

    public WriteStatement {
        parameters = List.copyOf(parameters);
        if (!kind.isWrite()) {
            throw new IllegalArgumentException("not a write: " + kind);
        }
    }

    /** An UPDATE or DELETE that names no rows changes them all. */
    public boolean whereMissing() {
        return (kind == StatementKind.UPDATE || kind == StatementKind.DELETE) && !hasWhereClause;
    }
}
