package io.pgwarden.intent.domain.resolve;

import io.pgwarden.contracts.event.ClarificationNeeded.ClarificationOption;
import io.pgwarden.contracts.schema.ColumnInfo;
import io.pgwarden.contracts.schema.TableInfo;
import io.pgwarden.intent.domain.Understanding.NeedsClarification;
import io.pgwarden.intent.domain.lexicon.Lexicon;
import io.pgwarden.intent.domain.reading.Piece;
import io.pgwarden.intent.domain.reading.Reading;
import io.pgwarden.intent.domain.text.NameWords;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "Did you mean": table and column names close to a word the engine did not understand, by edit distance. When
 * every such word has a close name, the user is asked to confirm the corrected question; otherwise the names go
 * into the hint. A misspelt word is never silently corrected.
 */
final class Spelling {

    private static final int SHORTEST_WORD = 4;
    private static final int MAX_SUGGESTIONS = 3;

    private final Lexicon lexicon;

    Spelling(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Close names for one word, nearest first. */
    List<String> closest(String word) {
        String typed = word.toLowerCase(Locale.ROOT);
        if (typed.length() < SHORTEST_WORD || !typed.chars().allMatch(Character::isLetter)) {
            return List.of();
        }
        int budget = typed.length() <= 5 ? 1 : 2;
        record Scored(String name, int distance, int exact) {
        }
        List<Scored> scored = new ArrayList<>();
        for (String name : names()) {
            int distance = Math.min(distance(typed, name), Math.min(distance(typed, name + "s"),
                    name.endsWith("s") ? distance(typed, name.substring(0, name.length() - 1)) : Integer.MAX_VALUE));
            if (distance > 0 && distance <= budget) {
                scored.add(new Scored(name, distance, distance(typed, name)));
            }
        }
        return scored.stream().sorted(java.util.Comparator.comparingInt(Scored::distance)
                .thenComparingInt(Scored::exact).thenComparing(Scored::name)).map(Scored::name).distinct().limit(MAX_SUGGESTIONS).toList();
    }

    /** Asks to confirm the question with every unknown word replaced by its nearest name, when each has one. */
    Optional<NeedsClarification> confirm(Reading reading, List<? extends Piece> unknown) {
        if (unknown.isEmpty()) {
            return Optional.empty();
        }
        String corrected = reading.question();
        List<String> changes = new ArrayList<>();
        List<Piece> byPosition = new ArrayList<>(unknown);
        byPosition.sort((a, b) -> Integer.compare(b.span().from(), a.span().from()));
        for (Piece piece : byPosition) {
            List<String> close = closest(piece.text());
            if (close.isEmpty()) {
                return Optional.empty();
            }
            int start = reading.tokens().get(piece.span().from()).start();
            int end = reading.tokens().get(piece.span().to() - 1).end();
            corrected = corrected.substring(0, start) + close.get(0) + corrected.substring(end);
            changes.add(0, "'" + piece.text() + "' as " + close.get(0));
        }
        return Optional.of(new NeedsClarification("Some words are not in the database; did you mean "
                + String.join(", ", changes) + "?", List.of(new ClarificationOption(String.join(", ", changes),
                        corrected))));
    }

    /** "Did you mean customers?" for the words that have close names, or "". */
    String hint(List<String> words) {
        Set<String> suggestions = new LinkedHashSet<>();
        for (String word : words) {
            suggestions.addAll(closest(word));
        }
        return suggestions.isEmpty() ? "" : " Did you mean " + String.join(" or ", suggestions) + "?";
    }

    private Set<String> names() {
        Set<String> names = new LinkedHashSet<>();
        for (TableInfo table : lexicon.catalog().tables()) {
            names.add(NameWords.phrase(table.name()));
            names.addAll(NameWords.split(table.name()));
            for (ColumnInfo column : table.columns()) {
                names.add(NameWords.phrase(column.name()));
                names.addAll(NameWords.split(column.name()));
            }
        }
        names.removeIf(name -> name.length() < SHORTEST_WORD - 1);
        return names;
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
