package io.pgwarden.intent.domain.lexicon;

import io.pgwarden.contracts.schema.ColumnInfo;
import io.pgwarden.contracts.schema.SchemaCatalog;
import io.pgwarden.contracts.schema.TableInfo;
import io.pgwarden.intent.domain.lexicon.Meaning.ColumnRef;
import io.pgwarden.intent.domain.lexicon.Meaning.TableRef;
import io.pgwarden.intent.domain.lexicon.Meaning.ValueRef;
import io.pgwarden.intent.domain.text.NameWords;
import io.pgwarden.intent.domain.text.Token;
import io.pgwarden.intent.domain.text.TokenKind;
import io.pgwarden.intent.domain.text.Tokenizer;
import io.pgwarden.intent.domain.text.Vocabulary;
import io.pgwarden.intent.domain.text.WordForms;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every phrase a question can use for something in one catalog: table and column names split into words, the
 * heads of longer names, comment words, and the stored values of low-cardinality text columns, all matched in any
 * singular or plural form ("analysts" finds the stored role "analyst"). Nothing here knows any particular database:
 * the catalog is the only source of words, widened by common synonyms of words the schema uses ({@link Synonyms})
 * and other spellings of stored states and countries ({@link ValueAliases}).
 */
public final class Lexicon {

    private final SchemaCatalog catalog;
    /** Every term by every stem of its first word: words match in any singular or plural form. */
    private final Map<String, List<Term>> byFirstStem = new HashMap<>();
    /** Values by their whole text in lower case, for quoted text. */
    private final Map<String, List<ValueRef>> valuesByText = new HashMap<>();
    /** Stored values by a code that stands for them ("CA" for "California"), as typed in capitals. */
    private final Map<String, List<ValueRef>> valuesByCode = new HashMap<>();

    private Lexicon(SchemaCatalog catalog, List<Term> terms) {
        this.catalog = catalog;
        for (Term term : terms) {
            for (String stem : WordForms.stems(term.words().get(0))) {
                byFirstStem.computeIfAbsent(stem, k -> new ArrayList<>()).add(term);
            }
        }
    }

    public static Lexicon build(SchemaCatalog catalog) {
        List<Term> terms = new ArrayList<>();
        Tokenizer tokenizer = new Tokenizer();
        Map<String, List<ValueRef>> valuesByText = new HashMap<>();
        for (TableInfo table : catalog.tables()) {
            TermsOfTable.add(table, tokenizer, terms);
            for (ColumnInfo column : table.columns()) {
                for (String value : column.values()) {
                    valuesByText.computeIfAbsent(value.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                            .add(new ValueRef(table, column, value));
                }
            }
        }
        terms.addAll(Synonyms.of(terms));
        Map<String, List<ValueRef>> valuesByCode = new HashMap<>();
        for (ValueAliases.Alias alias : ValueAliases.of(catalog)) {
            if (alias.isCode()) {
                valuesByCode.computeIfAbsent(alias.text(), k -> new ArrayList<>()).add(alias.value());
            } else {
                List<String> words = tokenizer.tokenize(alias.text()).stream().map(Token::key).toList();
                if (!words.isEmpty()) {
                    terms.add(new Term(words, alias.value(), Strength.VALUE));
                }
            }
            valuesByText.computeIfAbsent(alias.text().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(alias.value());
        }
        Lexicon lexicon = new Lexicon(catalog, terms);
        lexicon.valuesByText.putAll(valuesByText);
        lexicon.valuesByCode.putAll(valuesByCode);
        return lexicon;
    }

    public SchemaCatalog catalog() {
        return catalog;
    }

    /**
     * The longest meaningful phrase starting at token {@code from}. A phrase made only of stop words means nothing;
     * a single filler or operator word ("show", "no") can only be a table or column's own name, never a value, a
     * head or a comment word, so "customers with no email" is never read as the stored value "No".
     */
    public Optional<LexiconMatch> longestMatch(List<Token> tokens, int from) {
        Optional<LexiconMatch> found = longestTermMatch(tokens, from);
        return found.isPresent() ? found : codeMatch(tokens, from);
    }

    /**
     * A code that stands for a stored value ("CA" when the data holds "California"), when nothing else matched:
     * only as typed in capitals, and not in a question typed all in capitals, where "IN" and "ME" are just words.
     */
    private Optional<LexiconMatch> codeMatch(List<Token> tokens, int from) {
        Token token = tokens.get(from);
        List<ValueRef> values = token.kind() == TokenKind.WORD ? valuesByCode.getOrDefault(token.text(), List.of())
                : List.of();
        boolean shouted = tokens.stream().filter(t -> t.kind() == TokenKind.WORD)
                .noneMatch(t -> t.text().chars().anyMatch(Character::isLowerCase));
        if (values.isEmpty() || shouted) {
            return Optional.empty();
        }
        List<Term> terms = values.stream().distinct().map(v -> new Term(List.of(token.key()), v, Strength.VALUE))
                .toList();
        return Optional.of(new LexiconMatch(from, from + 1, terms));
    }

    private Optional<LexiconMatch> longestTermMatch(List<Token> tokens, int from) {
        Map<Integer, List<Term>> byLength = new LinkedHashMap<>();
        for (Term term : candidates(tokens.get(from))) {
            if (matchesAt(term, tokens, from)) {
                byLength.computeIfAbsent(term.words().size(), k -> new ArrayList<>()).add(term);
            }
        }
        List<Integer> lengths = new ArrayList<>(byLength.keySet());
        lengths.sort(Collections.reverseOrder());
        for (int length : lengths) {
            List<Term> meaningful = meaningful(tokens.subList(from, from + length), byLength.get(length));
            if (!meaningful.isEmpty()) {
                return Optional.of(new LexiconMatch(from, from + length, strongestPerTableAndKind(meaningful)));
            }
        }
        return Optional.empty();
    }

    /** Stored values equal to {@code text} ignoring case, in any column: for text the user put in quotes. */
    public List<ValueRef> valuesEqualTo(String text) {
        return valuesByText.getOrDefault(text.toLowerCase(Locale.ROOT), List.of());
    }

    /**
     * The words that name {@code table} without ambiguity: its name, or its schema and name when another schema has
     * a table of the same name.
     */
    public String phraseFor(TableInfo table) {
        long sameName = catalog.tables().stream().filter(t -> t.name().equals(table.name())).count();
        String name = NameWords.phrase(table.name());
        return sameName > 1 ? table.schema() + "." + name : name;
    }

    private List<Term> candidates(Token token) {
        if (token.kind() != TokenKind.WORD && token.kind() != TokenKind.NUMBER) {
            return List.of();
        }
        Map<Term, Boolean> unique = new IdentityHashMap<>();
        List<Term> found = new ArrayList<>();
        for (String stem : WordForms.stems(token.key())) {
            for (Term term : byFirstStem.getOrDefault(stem, List.of())) {
                if (unique.put(term, Boolean.TRUE) == null) {
                    found.add(term);
                }
            }
        }
        return found;
    }

    private static boolean matchesAt(Term term, List<Token> tokens, int from) {
        List<String> words = term.words();
        if (from + words.size() > tokens.size()) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            Token token = tokens.get(from + i);
            if (token.kind() != TokenKind.WORD && token.kind() != TokenKind.NUMBER) {
                return false;
            }
            if (!WordForms.sameWord(token.key(), words.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static List<Term> meaningful(List<Token> span, List<Term> terms) {
        if (span.size() == 1 && isCapitalised(span.get(0))) {
            // "customers in US": a stop word typed in capitals, stored exactly so, is the value, not filler.
            List<Term> exact = terms.stream().filter(t -> t.meaning() instanceof ValueRef value
                    && value.stored().equals(span.get(0).text())).toList();
            if (!exact.isEmpty()) {
                return exact;
            }
        }
        if (span.stream().allMatch(t -> t.kind() == TokenKind.NUMBER || Vocabulary.isStopWord(t.key()))) {
            return List.of();
        }
        if (span.size() == 1) {
            String key = span.get(0).key();
            if (Vocabulary.isSoftFiller(key) || Vocabulary.isOperatorWord(key)) {
                return terms.stream().filter(t -> t.strength() == Strength.NAME).toList();
            }
        }
        return terms;
    }

    private static boolean isCapitalised(Token token) {
        String text = token.text();
        return token.kind() == TokenKind.WORD && text.length() >= 2 && text.chars().allMatch(Character::isUpperCase);
    }

    /**
     * Keeps, for each table and kind of meaning, only the strongest terms: "tracks" names the table {@code tracks}
     * outright and is only the head of {@code playlist_tracks}, but both tables stay candidates.
     */
    private static List<Term> strongestPerTableAndKind(List<Term> terms) {
        Map<String, Strength> best = new HashMap<>();
        for (Term term : terms) {
            best.merge(groupOf(term), term.strength(), (a, b) -> a.isStrongerThan(b) ? a : b);
        }
        List<Term> kept = new ArrayList<>();
        Set<Term> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Term term : terms) {
            boolean strongest = best.get(groupOf(term)) == term.strength();
            boolean duplicate = kept.stream().anyMatch(k -> k.meaning().equals(term.meaning()));
            if (strongest && !duplicate && seen.add(term)) {
                kept.add(term);
            }
        }
        return kept;
    }

    private static String groupOf(Term term) {
        Meaning meaning = term.meaning();
        String kind = meaning instanceof TableRef ? "table" : meaning instanceof ColumnRef ? "column" : "value";
        return kind + ":" + meaning.table().qualifiedName();
    }
}
