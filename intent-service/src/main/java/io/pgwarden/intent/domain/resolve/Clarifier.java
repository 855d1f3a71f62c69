package io.pgwarden.intent.domain.resolve;

import io.pgwarden.contracts.event.ClarificationNeeded.ClarificationOption;
import io.pgwarden.contracts.schema.ColumnInfo;
import io.pgwarden.contracts.schema.TableInfo;
import io.pgwarden.intent.domain.Understanding.NeedsClarification;
import io.pgwarden.intent.domain.lexicon.Lexicon;
import io.pgwarden.intent.domain.lexicon.Meaning.ValueRef;
import io.pgwarden.intent.domain.reading.Piece;
import io.pgwarden.intent.domain.reading.Reading;
import io.pgwarden.intent.domain.text.NameWords;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds the choices put to the user. Every option is the user's own question with the ambiguous words replaced
 * by a schema name or a quoted value, so asking it again is understood without a second clarification.
 */
final class Clarifier {

    /** More options than this is a list to read, not a choice to make. */
    static final int MAX_OPTIONS = 8;

    private final Lexicon lexicon;
    private final QuestionEditor editor;

    Clarifier(Reading reading, Lexicon lexicon) {
        this.lexicon = lexicon;
        this.editor = new QuestionEditor(reading);
    }

    NeedsClarification column(TableInfo table, Piece piece, List<ColumnInfo> columns) {
        List<ClarificationOption> options = new ArrayList<>();
        for (ColumnInfo column : columns) {
            options.add(new ClarificationOption(label(table, column),
                    editor.replace(piece, NameWords.phrase(column.name()))));
        }
        return clarification("'" + piece.text() + "' could mean more than one column of " + table.name() + ": "
                + names(columns) + ".", options);
    }

    NeedsClarification value(TableInfo table, Piece piece, List<ValueRef> values) {
        List<ClarificationOption> options = new ArrayList<>();
        List<ColumnInfo> columns = new ArrayList<>();
        for (ValueRef value : values) {
            if (columns.stream().noneMatch(c -> c.name().equals(value.column().name()))) {
                columns.add(value.column());
                options.add(new ClarificationOption(label(table, value.column()) + " = " + value.stored(),
                        editor.replace(piece, NameWords.phrase(value.column().name()) + " "
                                + QuestionEditor.quoted(value.stored()))));
            }
        }
        return clarification("'" + piece.text() + "' is a value of more than one column of " + table.name() + ": "
                + names(columns) + ".", options);
    }

    /** A filler word the table also stores as a value: "us" in "customers in us" may be the country US. */
    NeedsClarification storedValue(TableInfo table, Piece piece, List<ValueRef> values) {
        List<ClarificationOption> options = new ArrayList<>();
        for (ValueRef value : values) {
            options.add(new ClarificationOption(label(table, value.column()) + " = " + value.stored(),
                    editor.replace(piece, NameWords.phrase(value.column().name()) + " "
                            + QuestionEditor.quoted(value.stored()))));
        }
        return clarification("'" + piece.text() + "' may be the value " + values.get(0).stored() + " of "
                + values.stream().map(v -> label(table, v.column())).distinct().collect(Collectors.joining(", "))
                + ".", options);
    }

    /** "employees in 2003": which date column the time is about. */
    NeedsClarification timeColumn(TableInfo table, Piece time, List<ColumnInfo> columns) {
        List<ClarificationOption> options = new ArrayList<>();
        for (ColumnInfo column : columns) {
            options.add(new ClarificationOption(label(table, column),
                    editor.replace(time, "with " + NameWords.phrase(column.name()) + " " + time.text())));
        }
        return clarification("'" + time.text() + "' could be about more than one date of " + table.name() + ": "
                + names(columns) + ".", options);
    }

    /** "what is the total of all invoices": the sum of the column called total, or the column itself. */
    NeedsClarification aggregateOrColumn(TableInfo table, Piece word, ColumnInfo column) {
        String phrase = NameWords.phrase(column.name());
        return clarification("'" + word.text() + "' could be the column " + label(table, column)
                + " or a sum of it.", List.of(
                        new ClarificationOption("sum of " + label(table, column),
                                editor.replace(word, "sum of " + phrase)),
                        new ClarificationOption(label(table, column) + " of each row",
                                "show " + editor.from(word))));
    }

    NeedsClarification rankColumn(TableInfo table, Piece rank, List<ColumnInfo> sortable) {
        List<ClarificationOption> options = new ArrayList<>();
        for (ColumnInfo column : sortable) {
            options.add(new ClarificationOption("by " + label(table, column),
                    editor.append("by " + NameWords.phrase(column.name()))));
        }
        return clarification("'" + rank.text() + "' needs a column to rank " + table.name() + " by.", options);
    }

    NeedsClarification tables(List<TableInfo> tables, Function<TableInfo, String> questionFor) {
        List<ClarificationOption> options = new ArrayList<>();
        for (TableInfo table : tables) {
            options.add(new ClarificationOption(table.qualifiedName(), questionFor.apply(table)));
        }
        return clarification("The question fits more than one table: "
                + tables.stream().map(TableInfo::qualifiedName).collect(Collectors.joining(", ")) + ".", options);
    }

    /** A table found only through part of its name or its comment: ask before answering about it. */
    NeedsClarification confirmTable(TableInfo table, Piece piece) {
        return clarification("'" + piece.text() + "' is not the name of a table; the closest match is "
                + table.qualifiedName() + ".", List.of(new ClarificationOption(table.qualifiedName(),
                        editor.replace(piece, lexicon.phraseFor(table)))));
    }

    /** A column found only through its comment. */
    NeedsClarification confirmColumn(TableInfo table, Piece piece, ColumnInfo column) {
        return clarification("'" + piece.text() + "' is not the name of a column; the closest match is "
                + label(table, column) + ".", List.of(new ClarificationOption(label(table, column),
                        editor.replace(piece, NameWords.phrase(column.name())))));
    }

    String replace(Piece piece, String replacement) {
        return editor.replace(piece, replacement);
    }

    String append(String words) {
        return editor.append(words);
    }

    private static NeedsClarification clarification(String reason, List<ClarificationOption> options) {
        return new NeedsClarification(reason, options.subList(0, Math.min(MAX_OPTIONS, options.size())));
    }

    private static String label(TableInfo table, ColumnInfo column) {
        return table.name() + "." + column.name();
    }

    private static String names(List<ColumnInfo> columns) {
        return columns.stream().map(ColumnInfo::name).collect(Collectors.joining(", "));
    }
}
