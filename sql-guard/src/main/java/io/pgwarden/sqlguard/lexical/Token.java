package io.pgwarden.sqlguard.lexical;

/**
 * One PostgreSQL token of a statement.
 *
 * @param kind   what the token is
 * @param value  for words the ASCII-lower-cased text, for quoted identifiers the decoded name, for operators the
 *               characters; for strings an approximation of the content (never used for decisions)
 * @param offset where the token starts in the original SQL text
 */
public record Token(TokenKind kind, String value, int offset) {

    public boolean isWord(String lowerCaseWord) {
        return kind == TokenKind.WORD && value.equals(lowerCaseWord);
    }

    public boolean isIdentifier() {
        return kind == TokenKind.WORD || kind == TokenKind.QUOTED_IDENTIFIER;
    }
}
