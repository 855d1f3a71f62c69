package io.pgwarden.intent.domain.resolve;

import io.pgwarden.contracts.schema.TableInfo;
import io.pgwarden.intent.domain.Understanding;
import io.pgwarden.intent.domain.Understanding.NeedsClarification;
import io.pgwarden.intent.domain.Understanding.NotUnderstood;
import io.pgwarden.intent.domain.lexicon.Lexicon;
import io.pgwarden.intent.domain.lexicon.Meaning.TableRef;
import io.pgwarden.intent.domain.lexicon.Meaning.ValueRef;
import io.pgwarden.intent.domain.lexicon.Strength;
import io.pgwarden.intent.domain.lexicon.Term;
import io.pgwarden.intent.domain.reading.Piece;
import io.pgwarden.intent.domain.reading.Piece.Mention;
import io.pgwarden.intent.domain.reading.Reading;
import io.pgwarden.intent.domain.text.NameWords;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Decides which table a read is about by trying each table any word points to and keeping the readings in which
 * every mention has a role. One table named outright wins; one table that fits without being named is taken with
 * less confidence; several are put to the user; none is a failure that says why.
 */
public final class ReadResolver {

    private static final int TABLES_IN_HINT = 6;

    public Resolution resolve(Reading reading, Lexicon lexicon) {
        List<Mention> mentions = reading.pieces().stream().filter(Mention.class::isInstance)
                .map(Mention.class::cast).toList();
        if (mentions.isEmpty()) {
            return new Resolution.Stopped(nothingKnown(reading, lexicon));
        }
        List<TableReading> fitting = new ArrayList<>();
        List<TableReading> all = new ArrayList<>();
        for (TableInfo table : candidateTables(mentions)) {
            TableReading tableReading = new TableReading(reading, lexicon, table);
            all.add(tableReading);
            if (tableReading.unusable().isEmpty()) {
                fitting.add(tableReading);
            }
        }
        if (fitting.isEmpty()) {
            return new Resolution.Stopped(noTableFits(mentions, all, lexicon));
        }
        List<TableReading> named = fitting.stream().filter(r -> r.subjectStrength() != null).toList();
        List<TableReading> countedPerGroup = named.stream().filter(TableReading::countsPerGroup).toList();
        if (!countedPerGroup.isEmpty()) {
            // "customers with at least 5 orders" is about orders counted per customer, though customers come first.
            named = countedPerGroup;
        }
        if (!named.isEmpty()) {
            Strength strongest = named.stream().map(TableReading::subjectStrength)
                    .min(Comparator.naturalOrder()).orElseThrow();
            List<TableReading> best = earliestSubjects(
                    named.stream().filter(r -> r.subjectStrength() == strongest).toList());
            return best.size() == 1 ? best.get(0).outcome(false) : chooseTable(best, reading, lexicon, true);
        }
        if (fitting.size() > 1) {
            // "categories whose average price is above 100": products.price is named outright, order_items.unit_price
            // only by its last word; the exact name wins when it is the only one that leads somewhere.
            List<TableReading> exact = fitting.stream().filter(r -> !r.usesPartialNames() && !fails(r)).toList();
            if (exact.size() == 1) {
                return exact.get(0).outcome(true);
            }
        }
        return fitting.size() == 1 ? fitting.get(0).outcome(true) : chooseTable(fitting, reading, lexicon, false);
    }

    /**
     * "products in category 3" fits products (with the key category_id = 3) and categories (whose comment mentions
     * products): the table named first is what the question is about. Readings whose subject is the same word (the
     * same name in two schemas) stay tied.
     */
    private static List<TableReading> earliestSubjects(List<TableReading> readings) {
        int first = readings.stream().mapToInt(r -> r.subjectPiece().span().from()).min().orElseThrow();
        return readings.stream().filter(r -> r.subjectPiece().span().from() == first).toList();
    }

    private static List<TableInfo> candidateTables(List<Mention> mentions) {
        Map<String, TableInfo> tables = new LinkedHashMap<>();
        for (Mention mention : mentions) {
            for (Term term : mention.terms()) {
                tables.putIfAbsent(term.meaning().table().qualifiedName(), term.meaning().table());
            }
        }
        return List.copyOf(tables.values());
    }

    /**
     * Each option names its table: by replacing the word that named several tables, or, when no word named a
     * table, by naming it with the value that pointed to it ("customers with state "Texas"") or at the end.
     */
    private static Resolution chooseTable(List<TableReading> tied, Reading reading, Lexicon lexicon,
            boolean named) {
        // A choice is worth asking only between readings that lead somewhere: when every reading fails the same
        // way (words nobody understands), say so instead.
        List<TableReading> readings = tied.stream().filter(r -> !fails(r)).toList();
        if (readings.isEmpty()) {
            return tied.get(0).outcome(!named);
        }
        if (readings.size() == 1) {
            return readings.get(0).outcome(!named);
        }
        Clarifier clarifier = new Clarifier(reading, lexicon);
        Mention first = reading.pieces().stream().filter(Mention.class::isInstance).map(Mention.class::cast)
                .findFirst().orElseThrow();
        Map<String, TableReading> byTable = readings.stream()
                .collect(Collectors.toMap(r -> r.table().qualifiedName(), r -> r, (a, b) -> a, LinkedHashMap::new));
        return new Resolution.Stopped(clarifier.tables(readings.stream().map(TableReading::table).toList(), table -> {
            if (named) {
                return clarifier.replace(byTable.get(table.qualifiedName()).subjectPiece(), lexicon.phraseFor(table));
            }
            List<ValueRef> values = Mentions.values(first, table).stream().map(t -> (ValueRef) t.meaning()).toList();
            if (values.size() == 1 && Mentions.columns(first, table).isEmpty()) {
                return clarifier.replace(first, lexicon.phraseFor(table) + " with "
                        + NameWords.phrase(values.get(0).column().name()) + " "
                        + QuestionEditor.quoted(values.get(0).stored()));
            }
            return clarifier.append("in " + lexicon.phraseFor(table));
        }));
    }

    private static boolean fails(TableReading reading) {
        return reading.outcome(false) instanceof Resolution.Stopped stopped
                && stopped.answer() instanceof NotUnderstood;
    }

    private static Understanding nothingKnown(Reading reading, Lexicon lexicon) {
        List<Piece> unknown = reading.pieces().stream().filter(Piece.Unknown.class::isInstance).toList();
        Spelling spelling = new Spelling(lexicon);
        Optional<NeedsClarification> corrected = spelling.confirm(reading, unknown);
        if (corrected.isPresent()) {
            return corrected.get();
        }
        List<String> words = reading.pieces().stream()
                .filter(p -> p instanceof Piece.Unknown || p instanceof Piece.Literal).map(Piece::text).distinct()
                .toList();
        String message = words.isEmpty() ? "The question does not mention any table, column or value of the database."
                : "None of these words matches a table, column or value of the database: " + String.join(", ", words)
                        + ".";
        return new NotUnderstood(message, words, tablesHint(lexicon) + spelling.hint(words));
    }

    /**
     * No table explains every word: the question names several tables in a way no reading combines (not linked by
     * foreign keys, or linked in a way not read: "customers without orders"), or some words belong to tables the
     * one it is about is not linked to.
     */
    private static NotUnderstood noTableFits(List<Mention> mentions, List<TableReading> readings, Lexicon lexicon) {
        List<String> namedTables = mentions.stream().flatMap(m -> m.terms().stream())
                .filter(t -> t.meaning() instanceof TableRef && t.strength() == Strength.NAME)
                .map(t -> t.meaning().table().qualifiedName()).distinct().toList();
        if (namedTables.size() > 1) {
            return new NotUnderstood("The question involves several tables (" + String.join(", ", namedTables)
                    + ") in a way I cannot combine: I read a table's values through its foreign keys (\"orders of"
                    + " customers in Texas\"), or grouped by a table it refers to.", List.of(),
                    "Ask about one table, filtered by a value of a linked table, or one table at a time.");
        }
        TableReading closest = readings.stream()
                .min(Comparator.comparingInt((TableReading r) -> r.unusable().size())
                        .thenComparing(r -> r.subjectStrength() == null))
                .orElseThrow();
        List<String> words = closest.unusable().stream().map(Piece::text).distinct().toList();
        return new NotUnderstood("I understood the question as being about " + lexicon.phraseFor(closest.table())
                + ", but these words belong to other tables that I could not link to it: "
                + String.join(", ", words) + ".", words,
                "Ask about one table at a time, using its own columns or values of tables it is linked to by foreign"
                        + " keys.");
    }

    private static String tablesHint(Lexicon lexicon) {
        List<TableInfo> tables = lexicon.catalog().tables();
        if (tables.isEmpty()) {
            return "The database has no tables I can read.";
        }
        String names = tables.stream().limit(TABLES_IN_HINT).map(lexicon::phraseFor)
                .collect(Collectors.joining(", "));
        return "Ask about what the database holds, for example: " + names + ".";
    }
}
