package io.pgwarden.sqlguard.lexical;

/** The kinds of PostgreSQL tokens the guard's own checks need to tell apart. */
public enum TokenKind {
    /** An unquoted identifier or keyword; its value is folded to lower case the way PostgreSQL folds it. */
    WORD,
    /** A double-quoted (or U&amp;-quoted) identifier; its value is decoded and case-sensitive. */
    QUOTED_IDENTIFIER,
    /** Any string constant: standard, E'', U&amp;'', B'', X'', N'' or dollar-quoted. */
    STRING,
    NUMBER,
    /** A JDBC {@code ?} or positional {@code $n} parameter. */
    PARAMETER,
    LEFT_PAREN,
    RIGHT_PAREN,
    COMMA,
    DOT,
    /** An operator or other punctuation ({@code ::}, {@code [}, {@code ->>}, ...). */
    OPERATOR
}
