package io.pgwarden.sqlguard.lexical;

import java.util.List;

/**
 * One statement as PostgreSQL would see it.
 *
 * @param tokens        the statement's tokens, without comments and without the terminating semicolon
 * @param canonicalText the statement rewritten for JSqlParser: comments and line breaks become single spaces, every
 *                      string constant becomes a plain {@code '...'} constant, U&amp;"..." identifiers are decoded.
 *                      It is only ever parsed, never executed.
 * @param endOffset     where the statement ends in the original text: the offset of its terminating semicolon, or
 *                      the text's length when there is none
 */
public record StatementText(List<Token> tokens, String canonicalText, int endOffset) {

    public StatementText {
        tokens = List.copyOf(tokens);
    }

    public Token first() {
        return tokens.get(0);
    }
}
