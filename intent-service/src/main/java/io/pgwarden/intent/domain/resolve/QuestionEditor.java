package io.pgwarden.intent.domain.resolve;

import io.pgwarden.intent.domain.reading.Piece;
import io.pgwarden.intent.domain.reading.Reading;

/**
 * Rephrases a question for a clarification option by replacing the ambiguous words with words that leave no
 * doubt, keeping everything else as the user typed it.
 */
final class QuestionEditor {

    private final Reading reading;

    QuestionEditor(Reading reading) {
        this.reading = reading;
    }

    /** The question with the text of {@code piece} replaced by {@code replacement}. */
    String replace(Piece piece, String replacement) {
        int start = reading.tokens().get(piece.span().from()).start();
        int end = reading.tokens().get(piece.span().to() - 1).end();
        String question = reading.question();
        return question.substring(0, start) + replacement + question.substring(end);
    }

    /** The question from the start of {@code piece} on. */
    String from(Piece piece) {
        return reading.question().substring(reading.tokens().get(piece.span().from()).start());
    }

    /** The question with {@code words} added at its end, before any closing punctuation. */
    String append(String words) {
        String question = reading.question().strip();
        int end = question.length();
        while (end > 0 && "?.!".indexOf(question.charAt(end - 1)) >= 0) {
            end--;
        }
        return question.substring(0, end) + " " + words + question.substring(end);
    }

    /** A value as it can be typed back: in quotes, so its words are taken literally. */
    static String quoted(String value) {
        return value.contains("\"") ? "'" + value + "'" : "\"" + value + "\"";
    }
}
