package io.pgwarden.intent.domain.text;

/** What a piece of the question's text is, before any meaning is attached to it. */
public enum TokenKind {
    /** Letters and digits: {@code customers}, {@code 5th}, {@code o'brien}. */
    WORD,
    /** A number, possibly with a currency sign or thousands separators: {@code 99.99}, {@code $1,000}. */
    NUMBER,
    /** Text between quotes, taken literally: {@code "New York"}. */
    QUOTED,
    /** An ISO date: {@code 2024-01-31}. */
    DATE,
    /** A comparison symbol: {@code =}, {@code <}, {@code >=}, ... */
    SYMBOL
}
