package io.pgwarden.intent.domain.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits identifiers into the words a person would type: {@code unit_price} and {@code UnitPrice} both become
 * {@code [unit, price]}. The tokenizer splits camel case in questions with the same rule, so the two sides always
 * agree.
 */
public final class NameWords {

    /** Boundaries inside a camel-case word: {@code firstName}, {@code HTTPStatus}. */
    static final Pattern CAMEL_BOUNDARY = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})");

    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private NameWords() {
    }

    public static List<String> split(String name) {
        List<String> words = new ArrayList<>();
        for (String part : SEPARATORS.split(name)) {
            for (String word : CAMEL_BOUNDARY.split(part)) {
                if (!word.isEmpty()) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        }
        return words;
    }

    /** The words of a name as one phrase: {@code unit_price} becomes {@code unit price}. */
    public static String phrase(String name) {
        return String.join(" ", split(name));
    }
}
