package io.pgwarden.intent.domain.resolve;

import io.pgwarden.contracts.schema.ColumnInfo;
import io.pgwarden.contracts.schema.ForeignKeyInfo;
import io.pgwarden.contracts.schema.TableInfo;
import io.pgwarden.intent.domain.Understanding.NotUnderstood;
import io.pgwarden.intent.domain.lexicon.Lexicon;
import io.pgwarden.intent.domain.reading.Piece;
import io.pgwarden.intent.domain.text.NameWords;
import java.util.List;

/** The answers a reading of one table gives when it cannot produce a draft. */
final class ReadOutcome {

    private final TableInfo table;
    private final Lexicon lexicon;
    private final Clarifier clarifier;

    ReadOutcome(TableInfo table, Lexicon lexicon, Clarifier clarifier) {
        this.table = table;
        this.lexicon = lexicon;
        this.clarifier = clarifier;
    }

    Resolution unknownWords(List<Piece> unknown, io.pgwarden.intent.domain.reading.Reading reading) {
        Spelling spelling = new Spelling(lexicon);
        List<Piece> words = unknown.stream().filter(Piece.Unknown.class::isInstance).toList();
        if (words.size() == unknown.size()) {
            var corrected = spelling.confirm(reading, words);
            if (corrected.isPresent()) {
                return new Resolution.Stopped(corrected.get());
            }
        }
        return unknownWords(unknown);
    }

    Resolution unknownWords(List<Piece> unknown) {
        List<String> words = unknown.stream().map(Piece::text).distinct().toList();
        return stop(new NotUnderstood("I understood the question as being about " + lexicon.phraseFor(table)
                + ", but not these words: " + String.join(", ", words) + ".", words,
                examples() + new Spelling(lexicon).hint(words)));
    }

    Resolution rankWithoutColumn(Piece rank) {
        List<ColumnInfo> sortable = table.columns().stream().filter(this::rankable).toList();
        if (sortable.isEmpty()) {
            return stop(new NotUnderstood("'" + rank.text() + "' needs a column to rank " + lexicon.phraseFor(table)
                    + " by, and none of its columns is a number or a date.", List.of(),
                    "Add the column to rank by, for example: \"" + rank.text() + " " + lexicon.phraseFor(table)
                            + " by <column>\"."));
        }
        return new Resolution.Stopped(clarifier.rankColumn(table, rank, sortable));
    }

    Resolution countCombined() {
        return stop(new NotUnderstood("I can count " + lexicon.phraseFor(table)
                + " or list some of them, but counting per column or counting only the top rows is not supported"
                + " yet.", List.of(), "Ask for the count alone, for example: \"how many " + lexicon.phraseFor(table)
                        + " are there?\"."));
    }

    Resolution aggregateCombined(Piece aggregate) {
        return stop(new NotUnderstood("'" + aggregate.text() + "' computes one value over " + lexicon.phraseFor(table)
                + "; combining it with listed columns, a ranking or a count is not supported yet.", List.of(),
                "Ask for the value alone, for example: \"" + aggregate.text() + " <column> of "
                        + lexicon.phraseFor(table) + "\", or per column: \"... per <column>\"."));
    }

    Resolution groupWithoutAggregate(Piece per) {
        return stop(new NotUnderstood("'" + per.text() + "' needs something to compute for each group, such as a"
                + " count or an average.", List.of(), "Ask for example: \"number of " + lexicon.phraseFor(table)
                        + " " + per.text() + " <column>\"."));
    }

    NotUnderstood notComparable(Piece cue, ColumnInfo column) {
        return new NotUnderstood("'" + cue.text() + "' compares numbers, and " + table.name() + "." + column.name()
                + " does not hold numbers.", List.of(), "Compare a numeric column, for example: "
                        + lexicon.phraseFor(table) + " with <column> over 100.");
    }

    NotUnderstood notAggregable(Piece cue, ColumnInfo column) {
        return new NotUnderstood("'" + cue.text() + "' needs a column of numbers" + (cueAcceptsDates(cue)
                ? " or dates" : "") + ", and " + table.name() + "." + column.name() + " is not one.", List.of(),
                "Name a numeric column, for example: \"" + cue.text() + " <column> of " + lexicon.phraseFor(table)
                        + "\".");
    }

    Resolution percentWithoutCondition(Piece percent) {
        return stop(new NotUnderstood("'" + percent.text() + "' needs a condition that picks the share, such as"
                + " a value.", List.of(), "Ask for example: \"what percentage of " + lexicon.phraseFor(table)
                        + " have <column> <value>?\"."));
    }

    NotUnderstood mostWithoutGroup(Piece most) {
        return new NotUnderstood("'" + most.text() + "' needs what to compare, such as a column: \"which <column>"
                + " has the most " + lexicon.phraseFor(table) + "?\"", List.of(),
                "Name one column or one linked table to count " + lexicon.phraseFor(table) + " for.");
    }

    NotUnderstood noImpliedColumn(Piece cue, List<ColumnInfo> candidates) {
        String which = candidates.isEmpty() ? "no column of " + lexicon.phraseFor(table) + " fits it"
                : "several columns fit it: " + candidates.stream().map(ColumnInfo::name)
                        .collect(java.util.stream.Collectors.joining(", "));
        return new NotUnderstood("'" + cue.text() + "' needs a column to rank by, and " + which + ".", List.of(),
                "Name the column, for example: \"top 1 " + lexicon.phraseFor(table) + " by <column>\".");
    }

    NotUnderstood notText(Piece cue, ColumnInfo column) {
        return new NotUnderstood("'" + cue.text() + "' matches text, and " + table.name() + "." + column.name()
                + " does not hold text.", List.of(), "Compare it with a number or a value instead.");
    }

    NotUnderstood reversedBetween(Piece cue) {
        return new NotUnderstood("'" + cue.text() + "' needs the smaller number first.", List.of(),
                "Ask for example: between 10 and 50.");
    }

    private static boolean cueAcceptsDates(Piece cue) {
        return cue instanceof Piece.Cue c && (c.kind() == io.pgwarden.intent.domain.reading.CueKind.MAXIMUM
                || c.kind() == io.pgwarden.intent.domain.reading.CueKind.MINIMUM);
    }

    Resolution orAcrossColumns() {
        return stop(new NotUnderstood("'or' between filters on different columns is not supported yet.", List.of(),
                "Ask one question per filter."));
    }

    NotUnderstood missingValue(Piece mention, ColumnInfo column) {
        return new NotUnderstood("'" + mention.text() + "' needs a value to compare " + table.name() + "."
                + column.name() + " with.", List.of(), "Put the value right after the column, for example: "
                        + lexicon.phraseFor(table) + " with " + NameWords.phrase(column.name()) + " \"...\".");
    }

    NotUnderstood unplacedValue(Piece.Literal literal) {
        return new NotUnderstood("'" + literal.value() + "' is not a value I know in any column of "
                + table.name() + ".", List.of(literal.value()), "Put the column's name before the value, for"
                        + " example: " + lexicon.phraseFor(table) + " with <column> " + literal.text() + ".");
    }

    private String examples() {
        String subject = lexicon.phraseFor(table);
        String example = "\"how many " + subject + " are there?\"";
        ColumnInfo rankable = table.columns().stream().filter(this::rankable).findFirst().orElse(null);
        if (rankable != null) {
            example += " or \"top 5 " + subject + " by " + NameWords.phrase(rankable.name()) + "\"";
        }
        return "Rephrase without those words. Questions I answer look like " + example
                + "; a value can be put in quotes after its column.";
    }

    /** Numbers and dates that are not keys: what "top 5" can sensibly rank by. */
    private boolean rankable(ColumnInfo column) {
        boolean key = table.primaryKey().contains(column.name()) || table.foreignKeys().stream()
                .map(ForeignKeyInfo::columns).anyMatch(columns -> columns.contains(column.name()));
        return !key && (column.isNumber() || column.isTemporal());
    }

    private static Resolution stop(NotUnderstood notUnderstood) {
        return new Resolution.Stopped(notUnderstood);
    }
}
