package io.pgwarden.schema.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** "Did you mean" candidates by edit distance. */
public final class Suggestions {

    private Suggestions() {
    }

    /** Up to three candidates within an edit distance of a third of the word's length (at least 2). */
    public static List<String> closest(String word, Collection<String> candidates) {
        int budget = Math.max(2, word.length() / 3);
        return candidates.stream()
                .map(candidate -> new Scored(candidate, distance(word.toLowerCase(), candidate.toLowerCase())))
                .filter(scored -> scored.distance() <= budget)
                .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::candidate))
                .limit(3)
                .map(Scored::candidate)
                .toList();
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

    private record Scored(String candidate, int distance) {
    }
}
