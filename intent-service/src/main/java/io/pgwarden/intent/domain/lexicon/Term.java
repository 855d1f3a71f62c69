package io.pgwarden.intent.domain.lexicon;

import java.util.List;

/**
 * One phrase of the lexicon and what it means.
 *
 * @param words    the phrase, as lower-case words
 * @param meaning  the table, column or value it refers to
 * @param strength how directly it names that element
 */
public record Term(List<String> words, Meaning meaning, Strength strength) {

    public Term {
        words = List.copyOf(words);
    }
}
