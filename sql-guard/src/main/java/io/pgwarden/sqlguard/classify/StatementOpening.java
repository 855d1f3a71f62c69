package io.pgwarden.sqlguard.classify;

import io.pgwarden.contracts.sql.StatementKind;
import io.pgwarden.sqlguard.lexical.Token;
import io.pgwarden.sqlguard.lexical.TokenKind;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The conservative keyword pre-check: classifies a statement by its first words.
 *
 * <p>Why it exists: JSqlParser cannot parse many PostgreSQL-only statements (DO, COPY, LISTEN, VACUUM, START
 * TRANSACTION, DISCARD, EXPLAIN ANALYZE of a write...). Those must still be refused with the right category rather
 * than as unparseable, and nothing that is not a query or a plain write may reach the parser at all. It runs on the
 * scanner's tokens, so comments, literals and case cannot disguise the first word.
 *
 * @param keyword the opening keyword(s) as shown in messages, for example {@code SET ROLE}
 * @param family  what kind of statement the keywords introduce
 */
public record StatementOpening(String keyword, StatementFamily family) {

    private static final Set<String> QUERY = Set.of("select", "with", "values", "table");
    private static final Set<String> WRITE = Set.of("insert", "update", "delete", "merge");
    private static final Map<String, StatementFamily> FIRST_WORD = Map.ofEntries(
            Map.entry("create", StatementFamily.DDL),
            Map.entry("alter", StatementFamily.DDL),
            Map.entry("drop", StatementFamily.DDL),
            Map.entry("truncate", StatementFamily.DDL),
            Map.entry("comment", StatementFamily.DDL),
            Map.entry("grant", StatementFamily.DDL),
            Map.entry("revoke", StatementFamily.DDL),
            Map.entry("security", StatementFamily.DDL),
            Map.entry("import", StatementFamily.DDL),
            Map.entry("reassign", StatementFamily.DDL),
            Map.entry("copy", StatementFamily.UTILITY),
            Map.entry("vacuum", StatementFamily.UTILITY),
            Map.entry("analyze", StatementFamily.UTILITY),
            Map.entry("analyse", StatementFamily.UTILITY),
            Map.entry("lock", StatementFamily.UTILITY),
            Map.entry("notify", StatementFamily.UTILITY),
            Map.entry("listen", StatementFamily.UTILITY),
            Map.entry("unlisten", StatementFamily.UTILITY),
            Map.entry("do", StatementFamily.UTILITY),
            Map.entry("call", StatementFamily.UTILITY),
            Map.entry("prepare", StatementFamily.UTILITY),
            Map.entry("execute", StatementFamily.UTILITY),
            Map.entry("deallocate", StatementFamily.UTILITY),
            Map.entry("explain", StatementFamily.UTILITY),
            Map.entry("refresh", StatementFamily.UTILITY),
            Map.entry("cluster", StatementFamily.UTILITY),
            Map.entry("reindex", StatementFamily.UTILITY),
            Map.entry("checkpoint", StatementFamily.UTILITY),
            Map.entry("load", StatementFamily.UTILITY),
            Map.entry("declare", StatementFamily.UTILITY),
            Map.entry("fetch", StatementFamily.UTILITY),
            Map.entry("move", StatementFamily.UTILITY),
            Map.entry("close", StatementFamily.UTILITY),
            Map.entry("begin", StatementFamily.TRANSACTION_CONTROL),
            Map.entry("start", StatementFamily.TRANSACTION_CONTROL),
            Map.entry("commit", StatementFamily.TRANSACTION_CONTROL),
            Map.entry("end", StatementFamily.TRANSACTION_CONTROL),
            Map.entry("rollback", StatementFamily.TRANSACTION_CONTROL),
            Map.entry("abort", StatementFamily.TRANSACTION_CONTROL),
            Map.entry("savepoint", StatementFamily.TRANSACTION_CONTROL),
            Map.entry("release", StatementFamily.TRANSACTION_CONTROL),
            Map.entry("set", StatementFamily.SESSION_CONTROL),
            Map.entry("reset", StatementFamily.SESSION_CONTROL),
            Map.entry("discard", StatementFamily.SESSION_CONTROL),
            Map.entry("show", StatementFamily.SESSION_CONTROL));
    /** Second words that change the family or belong in the message. */
    private static final Map<String, StatementFamily> TWO_WORDS = Map.of(
            "prepare transaction", StatementFamily.TRANSACTION_CONTROL,
            "set transaction", StatementFamily.TRANSACTION_CONTROL,
            "set constraints", StatementFamily.TRANSACTION_CONTROL,
            "set role", StatementFamily.SESSION_CONTROL,
            "set session", StatementFamily.SESSION_CONTROL,
            "set local", StatementFamily.SESSION_CONTROL,
            "start transaction", StatementFamily.TRANSACTION_CONTROL,
            "commit prepared", StatementFamily.TRANSACTION_CONTROL,
            "rollback prepared", StatementFamily.TRANSACTION_CONTROL,
            "explain analyze", StatementFamily.UTILITY);

    public static StatementOpening of(List<Token> tokens) {
        Token first = tokens.get(0);
        if (first.kind() == TokenKind.LEFT_PAREN) {
            return new StatementOpening("(", StatementFamily.QUERY);
        }
        if (first.kind() != TokenKind.WORD) {
            return new StatementOpening(first.value(), StatementFamily.UNRECOGNISED);
        }
        String word = first.value();
        if (QUERY.contains(word)) {
            return new StatementOpening(display(word), StatementFamily.QUERY);
        }
        if (WRITE.contains(word)) {
            return new StatementOpening(display(word), StatementFamily.WRITE);
        }
        if (tokens.size() > 1 && tokens.get(1).kind() == TokenKind.WORD) {
            String twoWords = word + " " + tokens.get(1).value();
            StatementFamily family = TWO_WORDS.get(twoWords);
            if (family != null) {
                return new StatementOpening(display(twoWords), family);
            }
        }
        return new StatementOpening(display(word), FIRST_WORD.getOrDefault(word, StatementFamily.UNRECOGNISED));
    }

    /** Whether the statement is a query whose parse decides READ versus a hidden write. */
    public boolean isQuery() {
        return family == StatementFamily.QUERY;
    }

    /** The kind the keywords alone imply; a query's parse may still reveal a write. Null when unrecognised. */
    public StatementKind impliedKind() {
        return switch (family) {
            case QUERY -> StatementKind.READ;
            case WRITE -> StatementKind.valueOf(keyword);
            case DDL -> StatementKind.DDL;
            case UTILITY -> StatementKind.UTILITY;
            case TRANSACTION_CONTROL -> StatementKind.TRANSACTION_CONTROL;
            case SESSION_CONTROL -> StatementKind.SESSION_CONTROL;
            case UNRECOGNISED -> null;
        };
    }

    private static String display(String words) {
        return words.toUpperCase(Locale.ROOT);
    }
}
