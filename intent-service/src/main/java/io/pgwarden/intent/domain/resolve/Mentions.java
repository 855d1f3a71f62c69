package io.pgwarden.intent.domain.resolve;

import io.pgwarden.contracts.schema.ColumnInfo;
import io.pgwarden.contracts.schema.TableInfo;
import io.pgwarden.intent.domain.lexicon.Meaning;
import io.pgwarden.intent.domain.lexicon.Meaning.ColumnRef;
import io.pgwarden.intent.domain.lexicon.Meaning.TableRef;
import io.pgwarden.intent.domain.lexicon.Meaning.ValueRef;
import io.pgwarden.intent.domain.lexicon.Strength;
import io.pgwarden.intent.domain.lexicon.Term;
import io.pgwarden.intent.domain.reading.Piece.Mention;
import java.util.List;

/** What a mention can be within one table. */
final class Mentions {

    private Mentions() {
    }

    /**
     * Terms naming {@code table} itself. A word that is the very name of another table names this one only by its
     * own name too: "product" is never the {@code categories} table because its comment says "Product categories".
     */
    static List<Term> subjects(Mention mention, TableInfo table) {
        boolean namesOther = namesOtherTable(mention, table);
        return of(mention, table, TableRef.class).stream()
                .filter(t -> !namesOther || t.strength() == Strength.NAME).toList();
    }

    /** Terms naming columns of {@code table}, strongest only. */
    static List<Term> columns(Mention mention, TableInfo table) {
        return of(mention, table, ColumnRef.class);
    }

    /** Terms for values stored in columns of {@code table}. */
    static List<Term> values(Mention mention, TableInfo table) {
        return of(mention, table, ValueRef.class);
    }

    static boolean hasValues(Mention mention) {
        return mention.terms().stream().anyMatch(t -> t.meaning() instanceof ValueRef);
    }

    /**
     * True when the mention is the very name of another table: then it can be a key column of {@code table} only
     * when a value follows ("orders of customer 5"), never a column to show or order by ("orders by customer").
     */
    static boolean namesOtherTable(Mention mention, TableInfo table) {
        return mention.terms().stream().anyMatch(t -> t.meaning() instanceof TableRef
                && t.strength() == Strength.NAME && !t.meaning().belongsTo(table));
    }

    /** The other table the mention names outright ("customers" while reading orders), or null. */
    static TableInfo otherTableNamed(Mention mention, TableInfo table) {
        return mention.terms().stream().filter(t -> t.meaning() instanceof TableRef
                && t.strength() == Strength.NAME && !t.meaning().belongsTo(table))
                .map(t -> t.meaning().table()).findFirst().orElse(null);
    }

    /** True when the mention names {@code table} itself, or a column of it ("genre" after "Jazz"). */
    static boolean names(Mention mention, TableInfo table) {
        return mention.terms().stream().anyMatch(t -> t.meaning().belongsTo(table)
                && (t.meaning() instanceof TableRef || t.meaning() instanceof ColumnRef));
    }

    static ColumnInfo column(Term term) {
        Meaning meaning = term.meaning();
        if (meaning instanceof ColumnRef ref) {
            return ref.column();
        }
        if (meaning instanceof ValueRef ref) {
            return ref.column();
        }
        throw new IllegalArgumentException("not a column term: " + term);
    }

    static String stored(Term term) {
        return ((ValueRef) term.meaning()).stored();
    }

    private static List<Term> of(Mention mention, TableInfo table, Class<? extends Meaning> kind) {
        return mention.terms().stream().filter(t -> kind.isInstance(t.meaning()) && t.meaning().belongsTo(table))
                .toList();
    }
}
