package io.pgwarden.intent.domain.text;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Singular and plural forms, so "customer" finds the table {@code customers}, "categories" finds {@code category}
 * and "people" finds {@code person}. Two words mean the same thing when their stem sets share an element; a stem set
 * holds the word and every singular it could be the plural of. Spurious stems ("movy" from "movies") are harmless:
 * they only ever meet other spurious stems.
 */
public final class WordForms {

    private static final Map<String, String> IRREGULAR_PLURALS = Map.ofEntries(
            Map.entry("people", "person"), Map.entry("men", "man"), Map.entry("women", "woman"),
            Map.entry("children", "child"), Map.entry("mice", "mouse"), Map.entry("geese", "goose"),
            Map.entry("feet", "foot"), Map.entry("teeth", "tooth"), Map.entry("criteria", "criterion"),
            Map.entry("indices", "index"), Map.entry("matrices", "matrix"), Map.entry("vertices", "vertex"),
            Map.entry("leaves", "leaf"), Map.entry("wives", "wife"), Map.entry("knives", "knife"),
            Map.entry("lives", "life"), Map.entry("halves", "half"), Map.entry("shelves", "shelf"),
            Map.entry("phenomena", "phenomenon"));

    private WordForms() {
    }

    public static Set<String> stems(String word) {
        Set<String> stems = new LinkedHashSet<>();
        stems.add(word);
        String irregular = IRREGULAR_PLURALS.get(word);
        if (irregular != null) {
            stems.add(irregular);
        }
        int length = word.length();
        if (length > 3 && word.endsWith("ies")) {
            stems.add(word.substring(0, length - 3) + "y");
        }
        if (length > 3 && word.endsWith("ses")) {
            stems.add(word.substring(0, length - 2) + "is");
        }
        if (length > 3 && word.endsWith("es") && takesEsPlural(word.substring(0, length - 2))) {
            stems.add(word.substring(0, length - 2));
        }
        if (length > 2 && word.endsWith("s") && !word.endsWith("ss")) {
            stems.add(word.substring(0, length - 1));
        }
        return stems;
    }

    public static boolean sameWord(String left, String right) {
        if (left.equals(right)) {
            return true;
        }
        Set<String> rightStems = stems(right);
        return stems(left).stream().anyMatch(rightStems::contains);
    }

    /** Singulars whose plural adds "es": address(es), box(es), church(es), dish(es), hero(es), status(es). */
    private static boolean takesEsPlural(String singular) {
        return singular.endsWith("s") || singular.endsWith("x") || singular.endsWith("z") || singular.endsWith("ch")
                || singular.endsWith("sh") || singular.endsWith("o");
    }
}
