package io.pgwarden.sqlguard.classify;

import io.pgwarden.contracts.sql.StatementKind;
import io.pgwarden.sqlguard.functions.FunctionName;
import io.pgwarden.sqlguard.lexical.Token;
import io.pgwarden.sqlguard.lexical.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Token patterns that make a statement unsafe whether or not JSqlParser can parse it.
 *
 * <p>Why: JSqlParser cannot parse some of the dangerous forms ({@code FOR UPDATE OF a, b}, {@code INTO TEMP t},
 * {@code MERGE} inside {@code WITH}), and the parse tree check cannot see a call the parser never understood. These
 * patterns are exact enough to have no false alarms on ordinary queries, and they give the precise refusal category
 * before parsing. The parse tree checks still run afterwards for everything the parser does understand.
 */
public final class LexicalSignals {

    private static final Map<String, StatementKind> DATA_MODIFYING = Map.of(
            "insert", StatementKind.INSERT,
            "update", StatementKind.UPDATE,
            "delete", StatementKind.DELETE,
            "merge", StatementKind.MERGE);
    /** Words before {@code name(} that make it a column list rather than a call: INSERT INTO t(...), AS t(...). */
    private static final Set<String> COLUMN_LIST_OWNERS = Set.of("into", "as", "with", "recursive", "table");

    private LexicalSignals() {
    }

    /** Finds a row-locking clause: FOR UPDATE, FOR NO KEY UPDATE, FOR SHARE or FOR KEY SHARE. */
    public static Optional<String> lockingClause(List<Token> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!tokens.get(i).isWord("for")) {
                continue;
            }
            if (wordsAt(tokens, i + 1, "update") || wordsAt(tokens, i + 1, "share")) {
                return Optional.of("FOR " + tokens.get(i + 1).value().toUpperCase(Locale.ROOT));
            }
            if (wordsAt(tokens, i + 1, "no", "key", "update")) {
                return Optional.of("FOR NO KEY UPDATE");
            }
            if (wordsAt(tokens, i + 1, "key", "share")) {
                return Optional.of("FOR KEY SHARE");
            }
        }
        return Optional.empty();
    }

    /** Finds SELECT ... INTO in a query: an INTO that does not follow INSERT or MERGE. */
    public static boolean selectInto(List<Token> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i).isWord("into") && !tokens.get(i - 1).isWord("insert")
                    && !tokens.get(i - 1).isWord("merge")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Finds a WITH item whose body is a data-modifying statement: {@code AS [NOT] [MATERIALIZED] ( INSERT|UPDATE|
     * DELETE|MERGE}, and returns what it modifies.
     */
    public static Optional<StatementKind> dataModifyingWithItem(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).isWord("as")) {
                continue;
            }
            int next = i + 1;
            if (wordsAt(tokens, next, "not")) {
                next++;
            }
            if (wordsAt(tokens, next, "materialized")) {
                next++;
            }
            if (next + 1 < tokens.size() && tokens.get(next).kind() == TokenKind.LEFT_PAREN
                    && tokens.get(next + 1).kind() == TokenKind.WORD) {
                StatementKind kind = DATA_MODIFYING.get(tokens.get(next + 1).value());
                if (kind != null) {
                    return Optional.of(kind);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Every {@code name(} and {@code schema.name(} that can be a function call, read from tokens alone. Used with the
     * deny-list only, so that a dangerous call is refused even where the parser would not see it.
     */
    public static List<FunctionName> possibleCalls(List<Token> tokens) {
        List<FunctionName> calls = new ArrayList<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token name = tokens.get(i);
            if (!name.isIdentifier() || tokens.get(i + 1).kind() != TokenKind.LEFT_PAREN) {
                continue;
            }
            boolean qualified = i >= 2 && tokens.get(i - 1).kind() == TokenKind.DOT && tokens.get(i - 2).isIdentifier();
            int before = qualified ? i - 3 : i - 1;
            if (before >= 0 && tokens.get(before).kind() == TokenKind.WORD
                    && COLUMN_LIST_OWNERS.contains(tokens.get(before).value())) {
                continue;
            }
            if (isWithItemColumnList(tokens, i + 1)) {
                continue;
            }
            calls.add(qualified ? FunctionName.of(tokens.get(i - 2).value(), name.value())
                    : FunctionName.unqualified(name.value()));
        }
        return calls;
    }

    /** {@code name(a, b) AS (} is a WITH item's column list, not a call. */
    private static boolean isWithItemColumnList(List<Token> tokens, int openParen) {
        int depth = 0;
        for (int i = openParen; i < tokens.size(); i++) {
            TokenKind kind = tokens.get(i).kind();
            if (kind == TokenKind.LEFT_PAREN) {
                depth++;
            } else if (kind == TokenKind.RIGHT_PAREN && --depth == 0) {
                int next = i + 1;
                if (!wordsAt(tokens, next, "as")) {
                    return false;
                }
                next++;
                if (wordsAt(tokens, next, "not")) {
                    next++;
                }
                if (wordsAt(tokens, next, "materialized")) {
                    next++;
                }
                return next < tokens.size() && tokens.get(next).kind() == TokenKind.LEFT_PAREN;
            }
        }
        return false;
    }

    private static boolean wordsAt(List<Token> tokens, int from, String... words) {
        if (from + words.length > tokens.size()) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            if (!tokens.get(from + i).isWord(words[i])) {
                return false;
            }
        }
        return true;
    }
}
