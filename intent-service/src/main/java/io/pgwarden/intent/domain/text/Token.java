package io.pgwarden.intent.domain.text;

import java.math.BigDecimal;

/**
 * One token of a question.
 *
 * @param kind  what the token is
 * @param text  the token as typed (for quoted text, the text between the quotes)
 * @param key   the form words are compared by: lower case for words and quoted text, the plain digits for numbers
 * @param start where the token starts in the question (a character offset, inclusive)
 * @param end   where it ends (exclusive); for quoted text the quotes are included
 */
public record Token(TokenKind kind, String text, String key, int start, int end) {

    public boolean isWord() {
        return kind == TokenKind.WORD;
    }

    /** The value of a NUMBER token. */
    public BigDecimal number() {
        if (kind != TokenKind.NUMBER) {
            throw new IllegalStateException(kind + " token '" + text + "' has no numeric value");
        }
        return new BigDecimal(key);
    }
}
