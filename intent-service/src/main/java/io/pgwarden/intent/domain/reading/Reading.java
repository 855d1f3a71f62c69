package io.pgwarden.intent.domain.reading;

import io.pgwarden.intent.domain.text.Token;
import java.util.List;

/**
 * A question cut into pieces.
 *
 * @param question the question as asked
 * @param tokens   its tokens
 * @param pieces   its pieces, in order, covering every token once
 */
public record Reading(String question, List<Token> tokens, List<Piece> pieces) {

    public Reading {
        tokens = List.copyOf(tokens);
        pieces = List.copyOf(pieces);
    }

    /** The index of the next piece after {@code index} that is not a filler, or -1. */
    public int nextNonFiller(int index) {
        for (int i = index + 1; i < pieces.size(); i++) {
            if (!(pieces.get(i) instanceof Piece.Filler)) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the last piece before {@code index} that is not a filler, or -1. */
    public int previousNonFiller(int index) {
        for (int i = index - 1; i >= 0; i--) {
            if (!(pieces.get(i) instanceof Piece.Filler)) {
                return i;
            }
        }
        return -1;
    }
}
