package io.pgwarden.intent.domain.lexicon;

import io.pgwarden.intent.domain.lexicon.Meaning.ValueRef;
import io.pgwarden.intent.domain.text.Vocabulary;
import io.pgwarden.intent.domain.text.WordForms;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Common business words for the words schemas use: "clients" for a table called {@code customers}, "staff" for
 * {@code employees}, "cost" for {@code unit_price}. A synonym is only ever another way to say a word the schema
 * itself uses, so it can never invent a table or a column; and it is left out when the schema uses the synonym
 * itself anywhere (a name, a comment or a stored value), so a schema with both {@code items} and {@code products}
 * keeps the two apart.
 */
final class Synonyms {

    /** A word a schema may use, and the words people say for it. */
    private static final Map<String, List<String>> SAID_FOR = Map.ofEntries(
            Map.entry("customer", List.of("client", "buyer", "shopper", "purchaser", "patron")),
            Map.entry("client", List.of("customer", "buyer")),
            Map.entry("order", List.of("purchase")),
            Map.entry("product", List.of("item", "article", "merchandise")),
            Map.entry("item", List.of("product", "article")),
            Map.entry("employee", List.of("staff", "worker", "personnel", "colleague")),
            Map.entry("staff", List.of("employee", "worker", "personnel")),
            Map.entry("price", List.of("cost")),
            Map.entry("cost", List.of("price")),
            Map.entry("city", List.of("town")),
            Map.entry("supplier", List.of("vendor")),
            Map.entry("vendor", List.of("supplier")),
            Map.entry("country", List.of("nation")),
            Map.entry("track", List.of("song")),
            Map.entry("song", List.of("track")),
            Map.entry("artist", List.of("musician", "performer", "band")),
            Map.entry("salary", List.of("wage", "pay")),
            Map.entry("phone", List.of("telephone")),
            Map.entry("company", List.of("firm")),
            Map.entry("manager", List.of("boss", "supervisor")),
            Map.entry("department", List.of("division")));

    private Synonyms() {
    }

    /**
     * Terms that say what {@code terms} say with a synonym in place of one word, each with the meaning and strength
     * of the term it copies: "client id" for the column {@code customer_id}.
     */
    static List<Term> of(List<Term> terms) {
        Set<String> schemaStems = new HashSet<>();
        for (Term term : terms) {
            for (String word : term.words()) {
                schemaStems.addAll(WordForms.stems(word));
            }
        }
        List<Term> added = new ArrayList<>();
        for (Term term : terms) {
            if (term.meaning() instanceof ValueRef) {
                continue;
            }
            List<String> words = term.words();
            for (int i = 0; i < words.size(); i++) {
                for (String synonym : synonymsOf(words.get(i))) {
                    if (usable(synonym, schemaStems)) {
                        List<String> replaced = new ArrayList<>(words);
                        replaced.set(i, synonym);
                        added.add(new Term(replaced, term.meaning(), term.strength()));
                    }
                }
            }
        }
        return added;
    }

    private static List<String> synonymsOf(String word) {
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, List<String>> entry : SAID_FOR.entrySet()) {
            if (WordForms.sameWord(word, entry.getKey())) {
                found.addAll(entry.getValue());
            }
        }
        return found;
    }

    /** A synonym the schema does not use itself and that is no filler or operator word. */
    private static boolean usable(String synonym, Set<String> schemaStems) {
        boolean inSchema = WordForms.stems(synonym).stream().anyMatch(schemaStems::contains);
        return !inSchema && !Vocabulary.isFiller(synonym) && !Vocabulary.isOperatorWord(synonym);
    }
}
