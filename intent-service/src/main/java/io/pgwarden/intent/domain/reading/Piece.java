package io.pgwarden.intent.domain.reading;

import io.pgwarden.intent.domain.lexicon.LexiconMatch;
import io.pgwarden.intent.domain.lexicon.Term;
import java.math.BigDecimal;
import java.util.List;

/** A run of tokens of the question with one role: a cue, a schema mention, a literal, a filler or an unknown word. */
public sealed interface Piece {

    /** Which tokens the piece covers and how they were typed. */
    Span span();

    default String text() {
        return span().text();
    }

    /**
     * @param from first token, inclusive
     * @param to   last token, exclusive
     * @param text the question's text over those tokens, as typed
     */
    record Span(int from, int to, String text) {
    }

    /** Words shaping the answer: "how many", "top 5", "sorted by". {@code number} is set for top, bottom, first. */
    record Cue(Span span, CueKind kind, Integer number) implements Piece {
    }

    /** A phrase of the lexicon: a table, column or stored value, often several at once until resolved. */
    record Mention(Span span, LexiconMatch match) implements Piece {

        public List<Term> terms() {
            return match.terms();
        }
    }

    /** A value typed in the question: a number, quoted text or a date. */
    record Literal(Span span, LiteralKind kind, String value, BigDecimal number) implements Piece {
    }

    /**
     * A time expression: "in 2024", "last month", "in the last 7 days", "before 2024-03-01", "older than 6 months".
     * Each test compares a date column with a bound; a range has two.
     */
    record Time(Span span, List<TimeTest> tests) implements Piece {

        public Time {
            tests = List.copyOf(tests);
        }
    }

    /** One comparison of a time expression, in the terms of a condition: an operator and its values. */
    record TimeTest(io.pgwarden.contracts.intent.Operator operator, List<Object> values) {

        public TimeTest {
            values = List.copyOf(values);
        }
    }

    /** A word that carries no meaning of its own here: "show", "the", "are". */
    record Filler(Span span, String word) implements Piece {
    }

    /** A word the engine does not know; unless it turns out to be a typed value, the question is refused. */
    record Unknown(Span span, String word) implements Piece {
    }

    enum LiteralKind {
        NUMBER, QUOTED, DATE
    }
}
