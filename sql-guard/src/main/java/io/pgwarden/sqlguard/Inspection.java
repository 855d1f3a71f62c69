package io.pgwarden.sqlguard;

import io.pgwarden.contracts.sql.StatementKind;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything the guard learned about one piece of SQL text.
 *
 * @param sql            the text exactly as submitted
 * @param kind           what the statement does; {@code null} only when it could not be classified (refusal
 *                       EMPTY, MULTIPLE_STATEMENTS or UNPARSEABLE). A query with a data-modifying WITH item has the
 *                       kind of that write; SELECT ... INTO is DDL because it creates a table.
 * @param tables         every table referenced, as PostgreSQL names them (unquoted parts folded to lower case, quoted
 *                       parts exact), schema-qualified when written so, sorted, without WITH item names. Empty for
 *                       statements that were refused before parsing (DDL, utility, session and transaction control).
 * @param functions      every function called anywhere, named the same way and sorted, for example
 *                       {@code pg_catalog.pg_sleep}
 * @param refusal        why this statement may not run on any path; empty means a read may run on the read path and a
 *                       write may go on to impact analysis
 * @param hasWhereClause whether an UPDATE or DELETE has a WHERE clause (false for every other kind)
 * @param targetTable    the table an INSERT, UPDATE, DELETE or MERGE modifies
 * @param statement      the text to execute: the submitted text up to the end of its one statement, without the
 *                       terminating semicolon and whatever follows it. JDBC drivers split text at semicolons
 *                       themselves, so only this is ever sent. Equal to {@code sql} for a refused text.
 */
public record Inspection(String sql, StatementKind kind, List<String> tables, Set<String> functions,
        Optional<Refusal> refusal, boolean hasWhereClause, Optional<String> targetTable, String statement) {

    public Inspection {
        Objects.requireNonNull(refusal, "refusal");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(targetTable, "targetTable");
        tables = List.copyOf(tables);
        functions = Collections.unmodifiableSortedSet(new TreeSet<>(functions));
    }

    /** Whether this is exactly one read that may run on the read path. */
    public boolean isSafeRead() {
        return refusal.isEmpty() && kind == StatementKind.READ;
    }

    /** Why this statement may not run on the read path: its own refusal, or WRITE_IN_READ for an acceptable write. */
    public Optional<Refusal> readRefusal() {
        if (refusal.isPresent() || kind == StatementKind.READ) {
            return refusal;
        }
        return Optional.of(Refusals.writeInRead(kind));
    }
}
