package io.pgwarden.intent.domain.lexicon;

import io.pgwarden.contracts.schema.ColumnInfo;
import io.pgwarden.contracts.schema.TableInfo;
import io.pgwarden.intent.domain.lexicon.Meaning.ColumnRef;
import io.pgwarden.intent.domain.lexicon.Meaning.TableRef;
import io.pgwarden.intent.domain.lexicon.Meaning.ValueRef;
import io.pgwarden.intent.domain.text.NameWords;
import io.pgwarden.intent.domain.text.Token;
import io.pgwarden.intent.domain.text.Tokenizer;
import io.pgwarden.intent.domain.text.Vocabulary;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The terms one table contributes to the lexicon. */
final class TermsOfTable {

    /** Suffixes of key columns: "customer_id" is headed by "customer", not by "id". */
    private static final Set<String> KEY_SUFFIXES = Set.of("id", "key", "fk");

    private TermsOfTable() {
    }

    static void add(TableInfo table, Tokenizer tokenizer, List<Term> terms) {
        TableRef tableRef = new TableRef(table);
        List<String> name = NameWords.split(table.name());
        addIfAny(terms, name, tableRef, Strength.NAME);
        List<String> qualified = new ArrayList<>(NameWords.split(table.schema()));
        qualified.addAll(name);
        addIfAny(terms, qualified, tableRef, Strength.NAME);
        for (List<String> head : heads(name)) {
            addIfAny(terms, head, tableRef, Strength.HEAD);
        }
        for (String word : commentWords(table.comment())) {
            terms.add(new Term(List.of(word), tableRef, Strength.COMMENT));
        }
        for (ColumnInfo column : table.columns()) {
            addColumn(table, column, tokenizer, terms);
        }
    }

    private static void addColumn(TableInfo table, ColumnInfo column, Tokenizer tokenizer, List<Term> terms) {
        ColumnRef columnRef = new ColumnRef(table, column);
        List<String> name = NameWords.split(column.name());
        addIfAny(terms, name, columnRef, Strength.NAME);
        for (List<String> head : heads(name)) {
            addIfAny(terms, head, columnRef, Strength.HEAD);
        }
        for (String word : commentWords(column.comment())) {
            terms.add(new Term(List.of(word), columnRef, Strength.COMMENT));
        }
        for (String value : column.values()) {
            List<String> words = tokenizer.tokenize(value).stream().map(Token::key).toList();
            addIfAny(terms, words, new ValueRef(table, column, value), Strength.VALUE);
        }
    }

    /**
     * The shorter names a longer name is known by: its trailing words ("price" for unit_price, "postal code" and
     * "code" for billing_postal_code), or, for a key column, the words before the key suffix ("customer" for
     * customer_id).
     */
    static List<List<String>> heads(List<String> words) {
        List<List<String>> heads = new ArrayList<>();
        List<String> base = words;
        if (words.size() > 1 && KEY_SUFFIXES.contains(words.get(words.size() - 1))) {
            base = words.subList(0, words.size() - 1);
            heads.add(List.copyOf(base));
        }
        for (int from = 1; from < base.size(); from++) {
            heads.add(List.copyOf(base.subList(from, base.size())));
        }
        return heads;
    }

    /** The content words of a comment: "Customers of the shop" gives "customers" and "shop". */
    private static Set<String> commentWords(String comment) {
        Set<String> words = new LinkedHashSet<>();
        if (comment == null) {
            return words;
        }
        for (String word : NameWords.split(comment)) {
            boolean content = word.length() >= 3 && !Vocabulary.isFiller(word) && !Vocabulary.isOperatorWord(word)
                    && !word.chars().allMatch(Character::isDigit);
            if (content) {
                words.add(word);
            }
        }
        return words;
    }

    private static void addIfAny(List<Term> terms, List<String> words, Meaning meaning, Strength strength) {
        if (!words.isEmpty()) {
            terms.add(new Term(words, meaning, strength));
        }
    }
}
