package io.pgwarden.intent.domain.text;

import java.util.Map;
import java.util.Set;

/**
 * The words that carry no schema meaning. Every other word of a question has to be understood, or the question is
 * refused: that rule is what keeps "customers not from Texas" from being answered as "customers from Texas".
 */
public final class Vocabulary {

    /** Words that never name anything in a schema: articles, pronouns, "to be", prepositions, question words. */
    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "the", "of", "to", "is", "are", "was", "were", "be", "been", "being", "and", "in", "at",
            "on", "from", "with", "for", "me", "my", "our", "us", "i", "we", "you", "your", "it", "its", "they",
            "them", "their", "there", "here", "please", "what", "which", "who", "whom", "whose", "where", "that",
            "all", "every", "any", "how", "=", "whats", "i'd", "i'm", "we'd");

    /**
     * Filler unless the schema gives them a meaning (a table may be called {@code shows} or {@code records}):
     * request verbs, politeness, words for "rows".
     */
    private static final Set<String> SOFT_FILLERS = Set.of(
            "show", "list", "display", "get", "give", "find", "fetch", "return", "retrieve", "print", "see", "view",
            "tell", "can", "could", "would", "will", "want", "need", "let", "lets", "do", "does", "kindly",
            "records", "record", "rows", "row", "entries", "entry", "data", "information", "info", "details",
            "table", "database", "db", "currently", "available", "existing", "stored", "everything", "exist",
            "exists", "just", "only", "also", "now", "some", "named", "called",
            // Verbs that say where or when without adding a condition of their own: "customers who live in
            // Texas", "orders placed in 2024", "employees hired before 2003-01-01".
            "live", "lives", "living", "come", "comes", "coming", "located", "based", "placed", "made", "created",
            "hired", "registered", "joined", "dated", "issued", "signed", "up", "sold", "purchased", "happened",
            "belong", "belongs", "listed", "filed");

    /**
     * Words that change what a filter means. They are never filler and never part of a typed value, so a question
     * using them is refused until the engine understands them. Comparison words ("over", "between"), aggregate
     * words ("average", "sum") and "per" are understood as cues and are no longer listed; "more", "less", "least"
     * and "than" stay because they are understood only inside a phrase ("more than", "at least").
     */
    private static final Set<String> OPERATOR_WORDS = Set.of(
            "not", "no", "never", "without", "except", "excluding", "than",
            "more", "less", "greater", "fewer", "least", "most", "before", "after", "since", "until",
            "like", "contains", "containing", "contain", "starting", "starts", "start", "ending", "ends", "begins",
            "beginning", "within", "older", "newer", "higher", "lower", "bigger", "smaller", "cheaper",
            "each", "or", "by", "but", "nor", "neither", "either", "other", "others", "different", "same",
            "null", "empty", "missing", "unknown", "blank", "last", "next", "this", "these", "those", "ago",
            "today", "yesterday", "tomorrow", "distinct",
            "unique", "group", "grouped", "total");

    /** Words that connect a column to its value: "state is Texas", "status = shipped", "a price of 5". */
    private static final Set<String> CONNECTORS = Set.of(
            "is", "are", "was", "were", "equals", "equal", "to", "of", "=", "being", "a", "an", "the", "as");

    /** Words after which a column must be given a value: "customers with state ...". */
    private static final Set<String> CONDITION_INTRODUCERS = Set.of("with", "where", "whose", "having");

    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("hundred", 100));

    private Vocabulary() {
    }

    public static boolean isStopWord(String key) {
        return STOP_WORDS.contains(key);
    }

    public static boolean isSoftFiller(String key) {
        return SOFT_FILLERS.contains(key);
    }

    public static boolean isFiller(String key) {
        return isStopWord(key) || isSoftFiller(key);
    }

    public static boolean isOperatorWord(String key) {
        return OPERATOR_WORDS.contains(key);
    }

    public static boolean isConnector(String key) {
        return CONNECTORS.contains(key);
    }

    public static boolean introducesCondition(String key) {
        return CONDITION_INTRODUCERS.contains(key);
    }

    /** The number a word spells ("five"), or null. */
    public static Integer numberWord(String key) {
        return NUMBER_WORDS.get(key);
    }
}
