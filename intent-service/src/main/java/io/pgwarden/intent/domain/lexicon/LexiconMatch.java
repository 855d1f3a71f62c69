package io.pgwarden.intent.domain.lexicon;

import java.util.List;

/**
 * The longest phrase of the lexicon found at one place of a question, with every meaning it has there.
 *
 * @param from  first token, inclusive
 * @param to    last token, exclusive
 * @param terms the matching terms; for each kind of meaning and table, only the strongest
 */
public record LexiconMatch(int from, int to, List<Term> terms) {

    public LexiconMatch {
        terms = List.copyOf(terms);
    }

    public int length() {
        return to - from;
    }
}
