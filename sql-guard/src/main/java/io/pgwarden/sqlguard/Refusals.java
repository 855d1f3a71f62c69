package io.pgwarden.sqlguard;

import io.pgwarden.contracts.sql.StatementKind;
import io.pgwarden.sqlguard.classify.StatementOpening;

/** Every refusal message the guard writes, in one place so they read alike: what was wrong, then what to do. */
final class Refusals {

    private Refusals() {
    }

    static Refusal empty() {
        return new Refusal(RefusalCategory.EMPTY,
                "The SQL text contains no statement (only white space, comments or semicolons); submit one SQL "
                        + "statement.");
    }

    static Refusal tooLong(int length, int maxLength) {
        return unparseable("The SQL text is " + length + " characters long, more than the " + maxLength
                + " accepted; submit a shorter statement.");
    }

    static Refusal unparseable(String problem) {
        return new Refusal(RefusalCategory.UNPARSEABLE, problem);
    }

    static Refusal parseFailure(String detail) {
        return unparseable("The statement could not be parsed (" + detail + "). Check the syntax; pgwarden accepts "
                + "one PostgreSQL SELECT, INSERT, UPDATE, DELETE or MERGE statement.");
    }

    static Refusal unrecognised(String keyword) {
        return unparseable("A statement starting with " + keyword + " is not one pgwarden recognises; submit a "
                + "PostgreSQL SELECT, INSERT, UPDATE, DELETE or MERGE statement.");
    }

    static Refusal inconsistentParse(String keyword) {
        return unparseable("The statement starts with " + keyword + " but parses as a different kind of statement; "
                + "rewrite it as one plain PostgreSQL statement.");
    }

    static Refusal multipleStatements(int count) {
        return new Refusal(RefusalCategory.MULTIPLE_STATEMENTS,
                "The SQL text contains " + count + " statements; submit exactly one statement.");
    }

    static Refusal writeInRead(StatementKind kind) {
        return new Refusal(RefusalCategory.WRITE_IN_READ,
                "This " + kind + " statement changes data, and the read path runs only queries. Submit it as a "
                        + "change request so its impact can be analysed and approved.");
    }

    static Refusal ddl(StatementOpening opening) {
        return new Refusal(RefusalCategory.DDL_BLOCKED,
                opening.keyword() + " changes the database schema or privileges, which pgwarden never does. Ask a "
                        + "database administrator to make the change.");
    }

    static Refusal utility(StatementOpening opening) {
        String why = opening.keyword().startsWith("EXPLAIN")
                ? "EXPLAIN is not run through pgwarden (EXPLAIN ANALYZE would execute the statement)"
                : opening.keyword() + " is a utility statement that pgwarden does not run";
        return new Refusal(RefusalCategory.UTILITY_STATEMENT,
                why + ". Ask the question as a SELECT query, or submit the change as an INSERT, UPDATE, DELETE or "
                        + "MERGE.");
    }

    static Refusal transactionControl(StatementOpening opening) {
        return new Refusal(RefusalCategory.TRANSACTION_CONTROL,
                opening.keyword() + " controls transactions, which pgwarden manages itself. Submit the statement "
                        + "without transaction control.");
    }

    static Refusal sessionControl(StatementOpening opening) {
        return new Refusal(RefusalCategory.SESSION_CONTROL,
                opening.keyword() + " reads or changes session settings or the session's role, which pgwarden "
                        + "controls itself. Remove it and submit only the query or change.");
    }

    static Refusal dataModifyingWithItem(StatementKind kind) {
        return new Refusal(RefusalCategory.DATA_MODIFYING_CTE,
                "A WITH item contains " + article(kind) + " " + kind + ", which would change data inside another "
                        + "statement. Submit the change as its own statement so its impact can be analysed and "
                        + "approved.");
    }

    private static String article(StatementKind kind) {
        return kind == StatementKind.INSERT || kind == StatementKind.UPDATE ? "an" : "a";
    }

    static Refusal selectInto() {
        return new Refusal(RefusalCategory.SELECT_INTO,
                "SELECT ... INTO creates a new table. Remove the INTO clause to read the rows instead.");
    }

    static Refusal lockingClause(String clause) {
        return new Refusal(RefusalCategory.LOCKING_CLAUSE,
                clause + " locks rows, which a query must not do. Remove the locking clause.");
    }

    static Refusal forbiddenFunction(String message) {
        return new Refusal(RefusalCategory.FORBIDDEN_FUNCTION, message);
    }
}
