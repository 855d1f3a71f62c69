package io.pgwarden.intent.domain.resolve;

import io.pgwarden.contracts.schema.ColumnInfo;
import io.pgwarden.contracts.schema.TableInfo;
import io.pgwarden.intent.domain.text.NameWords;
import io.pgwarden.intent.domain.text.WordForms;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which date column a time expression is about when the question names none: the only one; the one a verb just
 * before it names ("hired" for hire_date); the one named after the table ("order_date" of orders, "InvoiceDate"
 * of Invoice); else one named like a creation time. A tie is put to the user.
 */
final class TemporalColumns {

    private static final Set<String> CREATION_WORDS = Set.of("created", "date", "placed", "time", "timestamp",
            "registered", "added", "at", "on");

    private TemporalColumns() {
    }

    /** The columns that fit best, one when the choice is clear. */
    static List<ColumnInfo> best(TableInfo table, String wordBefore) {
        List<ColumnInfo> temporal = table.columns().stream().filter(ColumnInfo::isTemporal).toList();
        if (temporal.size() <= 1) {
            return temporal;
        }
        List<ColumnInfo> byVerb = temporal.stream().filter(c -> namedByVerb(c, wordBefore)).toList();
        if (byVerb.size() == 1) {
            return byVerb;
        }
        List<String> tableWords = NameWords.split(table.name());
        int best = Integer.MIN_VALUE;
        List<ColumnInfo> winners = new ArrayList<>();
        for (ColumnInfo column : temporal) {
            List<String> words = NameWords.split(column.name());
            int score = 0;
            if (words.stream().anyMatch(w -> tableWords.stream().anyMatch(t -> WordForms.sameWord(w, t)))) {
                score += 4;
            }
            if (words.stream().anyMatch(CREATION_WORDS::contains)) {
                score += 2;
            }
            if (!column.nullable()) {
                score += 1;
            }
            if (score > best) {
                best = score;
                winners.clear();
            }
            if (score == best) {
                winners.add(column);
            }
        }
        return winners;
    }

    /** "hired" names HireDate, "registered" registered_at: the verb starts like a word of the column. */
    private static boolean namedByVerb(ColumnInfo column, String verb) {
        if (verb == null || verb.length() < 4) {
            return false;
        }
        String stem = verb.endsWith("ed") ? verb.substring(0, verb.length() - 1) : verb;
        for (String word : NameWords.split(column.name())) {
            if (word.length() >= 3 && (verb.startsWith(word) || word.startsWith(stem)
                    || stem.startsWith(word))) {
                return true;
            }
        }
        return false;
    }
}
