package io.pgwarden.intent.llm.validate;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** "Did you mean": the known names closest to an unknown one by edit distance, closest first, at most three. */
final class Suggestions {

    private Suggestions() {
    }

    static List<String> closest(String unknown, List<String> known) {
        String target = unknown.toLowerCase(Locale.ROOT);
        int allowed = Math.max(2, target.length() / 3);
        return known.stream().distinct()
                .filter(name -> distance(target, bare(name)) <= allowed)
                .sorted(Comparator.comparingInt((String name) -> distance(target, bare(name)))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(3).toList();
    }

    static String phrase(List<String> suggestions) {
        return suggestions.isEmpty() ? "" : " Did you mean " + String.join(" or ", suggestions) + "?";
    }

    /** Compares "public.customers" by "customers", so a missing or extra schema costs nothing. */
    private static String bare(String name) {
        int dot = name.lastIndexOf('.');
        return (dot < 0 ? name : name.substring(dot + 1)).toLowerCase(Locale.ROOT);
    }

    private static int distance(String a, String b) {
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
