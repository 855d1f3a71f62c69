package io.pgwarden.intent.domain.write;

import io.pgwarden.contracts.event.ClarificationNeeded.ClarificationOption;
import io.pgwarden.intent.domain.Understanding.NeedsClarification;
import io.pgwarden.intent.domain.lexicon.Meaning;
import io.pgwarden.intent.domain.lexicon.Term;
import io.pgwarden.intent.domain.reading.Piece;
import io.pgwarden.intent.domain.reading.Piece.Literal;
import io.pgwarden.intent.domain.reading.Piece.LiteralKind;
import io.pgwarden.intent.domain.reading.Piece.Mention;
import io.pgwarden.intent.domain.reading.Reading;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The pieces of a write question after its verb, with a mark on each piece a part of the write has taken (the
 * column to change, the new value, the table). What no part takes must be a filter or filler, or the write is not
 * understood: the same every-word-counts rule as for reads.
 */
final class WriteBody {

    private final Reading reading;
    private final int from;
    private final boolean[] used;

    WriteBody(Reading reading, int from) {
        this.reading = reading;
        this.from = from;
        this.used = new boolean[reading.pieces().size()];
    }

    /** A copy with the same marks, to try a reading without committing to it. */
    WriteBody copy() {
        WriteBody copy = new WriteBody(reading, from);
        System.arraycopy(used, 0, copy.used, 0, used.length);
        return copy;
    }

    Reading reading() {
        return reading;
    }

    List<Piece> pieces() {
        return reading.pieces();
    }

    Piece piece(int index) {
        return reading.pieces().get(index);
    }

    int from() {
        return from;
    }

    int end() {
        return reading.pieces().size();
    }

    boolean used(int index) {
        return used[index];
    }

    void use(int index) {
        used[index] = true;
    }

    void use(int fromIndex, int toIndex) {
        for (int i = fromIndex; i < toIndex; i++) {
            used[i] = true;
        }
    }

    /** The piece's words in lower case, whatever role the reader gave it. */
    static String words(Piece piece) {
        return piece.text().toLowerCase(Locale.ROOT);
    }

    static boolean isWord(Piece piece, Set<String> words) {
        return !(piece instanceof Literal) && words.contains(words(piece));
    }

    static boolean isNumber(Piece piece) {
        return piece instanceof Literal literal && literal.kind() == LiteralKind.NUMBER;
    }

    /** The index of the first piece at or after {@code start} whose words are one of {@code words}, or -1. */
    int find(Set<String> words, int start) {
        for (int i = Math.max(start, from); i < end(); i++) {
            if (!used[i] && isWord(piece(i), words)) {
                return i;
            }
        }
        return -1;
    }

    static List<Term> terms(Piece piece, Class<? extends Meaning> kind) {
        if (!(piece instanceof Mention mention)) {
            return List.of();
        }
        return mention.terms().stream().filter(t -> kind.isInstance(t.meaning())).toList();
    }

    /** The text of pieces {@code [fromIndex, toIndex)} as typed; quoted text without its quotes. */
    String text(int fromIndex, int toIndex) {
        if (toIndex - fromIndex == 1 && piece(fromIndex) instanceof Literal literal
                && literal.kind() == LiteralKind.QUOTED) {
            return literal.value();
        }
        int start = reading.tokens().get(piece(fromIndex).span().from()).start();
        int stop = reading.tokens().get(piece(toIndex - 1).span().to() - 1).end();
        return reading.question().substring(start, stop).strip();
    }

    /** The question with the pieces {@code [fromIndex, toIndex)} replaced, for a clarification option. */
    String replace(int fromIndex, int toIndex, String replacement) {
        int start = reading.tokens().get(piece(fromIndex).span().from()).start();
        int stop = reading.tokens().get(piece(toIndex - 1).span().to() - 1).end();
        String question = reading.question();
        return question.substring(0, start) + replacement + question.substring(stop);
    }

    /** The question with {@code words} added at its end, before closing punctuation. */
    String append(String words) {
        String question = reading.question().strip();
        int stop = question.length();
        while (stop > 0 && "?.!".indexOf(question.charAt(stop - 1)) >= 0) {
            stop--;
        }
        return question.substring(0, stop) + " " + words + question.substring(stop);
    }

    /** Pieces no part of the write took and that are not filler: each must still be understood. */
    List<Integer> unused() {
        List<Integer> left = new ArrayList<>();
        for (int i = from; i < end(); i++) {
            if (!used[i] && !(piece(i) instanceof Piece.Filler)) {
                left.add(i);
            }
        }
        return left;
    }

    static String quoted(String value) {
        return value.contains("\"") ? "'" + value + "'" : "\"" + value + "\"";
    }

    static NeedsClarification clarification(String reason, List<ClarificationOption> options) {
        return new NeedsClarification(reason, options.subList(0, Math.min(8, options.size())));
    }
}
