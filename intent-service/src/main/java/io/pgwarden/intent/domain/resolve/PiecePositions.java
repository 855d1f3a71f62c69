package io.pgwarden.intent.domain.resolve;

import io.pgwarden.contracts.schema.TableInfo;
import io.pgwarden.intent.domain.reading.CueKind;
import io.pgwarden.intent.domain.reading.Piece;
import io.pgwarden.intent.domain.reading.Piece.Filler;
import io.pgwarden.intent.domain.reading.Piece.Literal;
import io.pgwarden.intent.domain.reading.Piece.Mention;
import io.pgwarden.intent.domain.reading.Piece.Unknown;
import io.pgwarden.intent.domain.reading.Reading;
import io.pgwarden.intent.domain.text.Token;
import io.pgwarden.intent.domain.text.Vocabulary;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Where things stand around a piece of a question: the value after a column, the word before a piece. */
final class PiecePositions {

    private static final Set<String> ARTICLES = Set.of("a", "an", "the");

    private final Reading reading;
    private final List<Piece> pieces;
    private final TableInfo table;

    PiecePositions(Reading reading, TableInfo table) {
        this.reading = reading;
        this.pieces = reading.pieces();
        this.table = table;
    }

    /**
     * The piece holding the value after the column at {@code index} ("state is Texas", "status = 'shipped'"), or
     * -1: a literal, a stored value (that is not also the table's own name), or an unknown word that is not an
     * operator.
     */
    int valueAfter(int index, boolean[] consumed) {
        int at = index + 1;
        // "category is not Books": a "not" already read as negating the value is passed over like "is".
        while (at < pieces.size() && (pieces.get(at) instanceof Filler filler && Vocabulary.isConnector(filler.word())
                || consumed[at] && pieces.get(at) instanceof Piece.Cue cue && cue.kind() == CueKind.NOT)) {
            at++;
        }
        if (at >= pieces.size() || consumed[at]) {
            return -1;
        }
        Piece piece = pieces.get(at);
        boolean value = piece instanceof Literal
                || piece instanceof Mention mention && Mentions.hasValues(mention)
                        && Mentions.subjects(mention, table).isEmpty()
                || piece instanceof Unknown unknownWord && isValueWord(unknownWord);
        return value ? at : -1;
    }

    /** The comparison cue after the column at {@code index} ("price over", "total is at least"), or -1. */
    int comparisonAfter(int index, boolean[] consumed) {
        int at = index + 1;
        while (at < pieces.size() && pieces.get(at) instanceof Filler filler && Vocabulary.isConnector(filler.word())) {
            at++;
        }
        boolean comparison = at < pieces.size() && !consumed[at]
                && pieces.get(at) instanceof Piece.Cue cue && cue.kind().isComparison();
        return comparison ? at : -1;
    }

    /** The text-match cue after the column at {@code index} ("name starts with", "title containing"), or -1. */
    int textMatchAfter(int index, boolean[] consumed) {
        int at = index + 1;
        while (at < pieces.size() && pieces.get(at) instanceof Filler filler && Vocabulary.isConnector(filler.word())) {
            at++;
        }
        boolean text = at < pieces.size() && !consumed[at]
                && pieces.get(at) instanceof Piece.Cue cue && cue.kind().isTextMatch();
        return text ? at : -1;
    }

    /** The time expression right after the column at {@code index} ("order date in 2024"), or -1. */
    int timeAfter(int index, boolean[] consumed) {
        int at = index + 1;
        while (at < pieces.size() && pieces.get(at) instanceof Filler filler && Vocabulary.isConnector(filler.word())) {
            at++;
        }
        return at < pieces.size() && !consumed[at] && pieces.get(at) instanceof Piece.Time ? at : -1;
    }

    /** True when an article comes right before the piece: "with a fax". */
    boolean articleBefore(Piece piece) {
        int at = piece.span().from() - 1;
        return at >= 0 && ARTICLES.contains(reading.tokens().get(at).key());
    }

    /** The last piece of a typed value: unknown words run on ("San Francisco"), anything else stands alone. */
    int valueEnd(int start, boolean[] consumed) {
        if (!(pieces.get(start) instanceof Unknown)) {
            return start;
        }
        int end = start;
        while (end + 1 < pieces.size() && !consumed[end + 1] && pieces.get(end + 1) instanceof Unknown next
                && isValueWord(next)) {
            end++;
        }
        return end;
    }

    /** The question's text from piece {@code from} to piece {@code to}, inclusive, as typed. */
    String textOf(int from, int to) {
        int start = reading.tokens().get(pieces.get(from).span().from()).start();
        int end = reading.tokens().get(pieces.get(to).span().to() - 1).end();
        return reading.question().substring(start, end);
    }

    /** The word before a piece, skipping articles, or "". */
    String wordBefore(Piece piece) {
        List<Token> tokens = reading.tokens();
        for (int i = piece.span().from() - 1; i >= 0; i--) {
            String key = tokens.get(i).key();
            if (!ARTICLES.contains(key)) {
                return key;
            }
        }
        return "";
    }

    static boolean isRowCount(BigDecimal number) {
        return number.signum() > 0 && number.stripTrailingZeros().scale() <= 0
                && number.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0;
    }

    private static boolean isValueWord(Unknown word) {
        return !Vocabulary.isOperatorWord(word.word().toLowerCase(Locale.ROOT));
    }
}
