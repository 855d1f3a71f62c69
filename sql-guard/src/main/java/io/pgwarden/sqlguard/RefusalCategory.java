package io.pgwarden.sqlguard;

/**
 * Why a statement was refused. The SQL guard produces every category except {@link #TIMEOUT}, {@link #ROW_LIMIT}
 * and {@link #BUSY}, which the services that run statements report, so every refusal in pgwarden shares one
 * vocabulary.
 */
public enum RefusalCategory {
    /** The text could not be read as PostgreSQL SQL, or reads ambiguously. */
    UNPARSEABLE,
    /** More than one statement; pgwarden runs exactly one at a time. */
    MULTIPLE_STATEMENTS,
    /** An INSERT, UPDATE, DELETE or MERGE submitted where only a read may run. */
    WRITE_IN_READ,
    /** CREATE, ALTER, DROP, TRUNCATE, GRANT and other schema or privilege changes. */
    DDL_BLOCKED,
    /** A call to a function that is denied or not on the allow-list. */
    FORBIDDEN_FUNCTION,
    /** FOR UPDATE, FOR NO KEY UPDATE, FOR SHARE or FOR KEY SHARE. */
    LOCKING_CLAUSE,
    /** SELECT ... INTO, which creates a table. */
    SELECT_INTO,
    /** A WITH item whose body is an INSERT, UPDATE, DELETE or MERGE. */
    DATA_MODIFYING_CTE,
    /** COPY, VACUUM, EXPLAIN, DO, CALL, PREPARE, LOCK, NOTIFY and other utility statements. */
    UTILITY_STATEMENT,
    /** BEGIN, COMMIT, ROLLBACK, SAVEPOINT and friends; pgwarden manages transactions itself. */
    TRANSACTION_CONTROL,
    /** SET, RESET, SET ROLE, SET SESSION AUTHORIZATION, DISCARD, SHOW. */
    SESSION_CONTROL,
    /** The statement ran longer than allowed (reported by the executing service). */
    TIMEOUT,
    /** The statement returned more rows than allowed (reported by the executing service). */
    ROW_LIMIT,
    /** No capacity to run the statement now (reported by the executing service). */
    BUSY,
    /** No statement at all: empty text, only white space, comments or semicolons. */
    EMPTY
}
