package io.pgwarden.sqlguard.classify;

/** What the opening keywords of a statement say about it, before any parsing. */
public enum StatementFamily {
    /** SELECT, WITH, VALUES, TABLE or a parenthesised query: parsed to learn whether it reads or writes. */
    QUERY,
    /** INSERT, UPDATE, DELETE or MERGE: parsed to learn its tables and clauses. */
    WRITE,
    DDL,
    UTILITY,
    TRANSACTION_CONTROL,
    SESSION_CONTROL,
    /** Anything else: refused, because an unknown statement cannot be judged safe. */
    UNRECOGNISED
}
