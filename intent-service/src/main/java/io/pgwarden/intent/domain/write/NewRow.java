package io.pgwarden.intent.domain.write;

import io.pgwarden.contracts.event.ClarificationNeeded.ClarificationOption;
import io.pgwarden.contracts.intent.QuerySpec;
import io.pgwarden.contracts.schema.ColumnInfo;
import io.pgwarden.contracts.schema.TableInfo;
import io.pgwarden.intent.domain.Understanding;
import io.pgwarden.intent.domain.Understanding.NotUnderstood;
import io.pgwarden.intent.domain.lexicon.Lexicon;
import io.pgwarden.intent.domain.lexicon.Meaning.ColumnRef;
import io.pgwarden.intent.domain.lexicon.Meaning.ValueRef;
import io.pgwarden.intent.domain.lexicon.Term;
import io.pgwarden.intent.domain.reading.Piece;
import io.pgwarden.intent.domain.reading.Piece.Literal;
import io.pgwarden.intent.domain.reading.Piece.Mention;
import io.pgwarden.intent.domain.text.NameWords;
import io.pgwarden.intent.domain.text.Vocabulary;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The values of a new row: "named Jane Doe" (the table's name column, or its first and last name columns),
 * "from Texas" (a stored value names its column), "with price 25" (a column and its value). Columns that cannot be
 * empty and have no default must be given: otherwise the user is asked for them.
 */
final class NewRow {

    private static final Set<String> NAMING = Set.of("named", "called");
    private static final Set<String> PLACES = Set.of("from", "in", "at", "of");
    private static final Set<String> ENDS = Set.of("from", "in", "at", "with", "and", "who", "whose", "where");
    private static final String PLACEHOLDER = "...";

    private final WriteBody body;
    private final Lexicon lexicon;
    private final TableInfo table;
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final List<String> unknown = new ArrayList<>();

    NewRow(WriteBody body, Lexicon lexicon, TableInfo table) {
        this.body = body;
        this.lexicon = lexicon;
        this.table = table;
    }

    WriteDraft read(boolean named) {
        for (int i = body.from(); i < body.end(); i++) {
            if (body.used(i)) {
                continue;
            }
            Piece piece = body.piece(i);
            Understanding stop = null;
            if (WriteBody.isWord(piece, NAMING)) {
                stop = name(i);
            } else if (piece instanceof Mention) {
                stop = mention(i);
            } else if (!(piece instanceof Piece.Filler)) {
                body.use(i);
                unknown.add(piece.text());
            }
            if (stop != null) {
                return WriteDraft.stop(stop);
            }
        }
        if (!unknown.isEmpty()) {
            return WriteDraft.stop(new NotUnderstood("I understood this as a new row of " + lexicon.phraseFor(table)
                    + ", but not these words: " + String.join(", ", unknown) + ".", unknown, "Give each value after"
                            + " its column, for example: add a " + singular() + " with <column> \"<value>\"."));
        }
        if (values.isEmpty()) {
            return WriteDraft.stop(new NotUnderstood("The new row of " + lexicon.phraseFor(table) + " has no values.",
                    List.of(), "Give the values, for example: add a " + singular() + " with <column> \"<value>\"."));
        }
        List<ColumnInfo> missing = table.columns().stream().filter(ColumnInfo::requiredOnInsert)
                .filter(c -> !values.containsKey(c.name())).toList();
        if (!missing.isEmpty()) {
            return WriteDraft.stop(missing(missing));
        }
        return WriteDraft.of(table, QuerySpec.insert(table.qualifiedName(), values), named);
    }

    /** "named Jane Doe": the words up to the next value or the end, into the table's name column(s). */
    private Understanding name(int at) {
        body.use(at);
        int end = at + 1;
        while (end < body.end() && !body.used(end) && !WriteBody.isWord(body.piece(end), ENDS)) {
            end++;
        }
        if (end == at + 1) {
            return new NotUnderstood("'" + body.piece(at).text() + "' needs the name after it.", List.of(),
                    "Ask for example: add a " + singular() + " named \"...\".");
        }
        body.use(at + 1, end);
        String name = body.text(at + 1, end);
        List<ColumnInfo> single = columnsNamed(List.of("name"));
        if (single.size() == 1) {
            return put(single.get(0), name, null);
        }
        List<ColumnInfo> first = columnsNamed(List.of("first", "name"));
        List<ColumnInfo> last = columnsNamed(List.of("last", "name"));
        if (first.size() == 1 && last.size() == 1) {
            int space = name.lastIndexOf(' ');
            if (space < 0) {
                return new NotUnderstood(table.name() + " keeps first and last names apart, and '" + name
                        + "' is one word.", List.of(), "Give both, for example: named Jane Doe.");
            }
            Understanding problem = put(first.get(0), name.substring(0, space).strip(), null);
            return problem != null ? problem : put(last.get(0), name.substring(space + 1).strip(), null);
        }
        List<ColumnInfo> nameLike = table.columns().stream().filter(ColumnInfo::isText)
                .filter(c -> NameWords.split(c.name()).contains("name")).toList();
        if (nameLike.size() == 1) {
            return put(nameLike.get(0), name, null);
        }
        return new NotUnderstood("I could not tell which column of " + table.name() + " holds the name.", List.of(),
                "Name the column, for example: add a " + singular() + " with <column> \"" + name + "\".");
    }

    /** A column followed by its value, or a stored value of the table ("from Texas"). */
    private Understanding mention(int at) {
        body.use(at);
        Piece piece = body.piece(at);
        List<ValueRef> stored = RowFilters.values(piece, table);
        List<Term> columns = WriteBody.terms(piece, ColumnRef.class).stream().filter(t -> t.meaning().belongsTo(table))
                .toList();
        boolean afterPlace = at > body.from() && WriteBody.isWord(body.piece(at - 1), PLACES);
        if (!stored.isEmpty() && (afterPlace || columns.isEmpty())) {
            List<String> holding = stored.stream().map(v -> v.column().name()).distinct().toList();
            if (holding.size() > 1) {
                List<ClarificationOption> options = new ArrayList<>();
                for (ValueRef value : stored) {
                    options.add(new ClarificationOption(table.name() + "." + value.column().name() + " = "
                            + value.stored(), body.replace(at - (afterPlace ? 1 : 0), at + 1, "with "
                                    + NameWords.phrase(value.column().name()) + " "
                                    + WriteBody.quoted(value.stored()))));
                }
                return WriteBody.clarification("'" + piece.text() + "' is a value of more than one column of "
                        + table.name() + ": " + String.join(", ", holding) + ".", options);
            }
            return put(stored.get(0).column(), stored.get(0).stored(), null);
        }
        if (columns.size() == 1) {
            ColumnInfo column = ((ColumnRef) columns.get(0).meaning()).column();
            int next = at + 1;
            while (next < body.end() && body.piece(next) instanceof Piece.Filler filler
                    && Vocabulary.isConnector(filler.word())) {
                next++;
            }
            int end = next;
            while (end < body.end() && !body.used(end) && !WriteBody.isWord(body.piece(end), ENDS)
                    && !(end > next && body.piece(end) instanceof Mention mention
                            && !WriteBody.terms(mention, ColumnRef.class).isEmpty())) {
                end++;
            }
            if (end == next) {
                return new NotUnderstood("'" + piece.text() + "' needs a value after it.", List.of(),
                        "Ask for example: add a " + singular() + " with " + NameWords.phrase(column.name())
                                + " \"...\".");
            }
            body.use(next, end);
            BigDecimal number = end - next == 1 && WriteBody.isNumber(body.piece(next))
                    ? ((Literal) body.piece(next)).number() : null;
            return put(column, body.text(next, end), number);
        }
        if (columns.size() > 1) {
            List<ClarificationOption> options = new ArrayList<>();
            for (Term term : columns) {
                ColumnInfo column = ((ColumnRef) term.meaning()).column();
                options.add(new ClarificationOption(table.name() + "." + column.name(),
                        body.replace(at, at + 1, NameWords.phrase(column.name()))));
            }
            return WriteBody.clarification("'" + piece.text() + "' could mean more than one column of "
                    + table.name() + ".", options);
        }
        unknown.add(piece.text());
        return null;
    }

    private Understanding put(ColumnInfo column, String text, BigDecimal number) {
        if (text.strip().equals(PLACEHOLDER)) {
            return new NotUnderstood("Replace \"...\" with the value of " + column.name() + ".", List.of(),
                    "Ask again with the real value in the quotes.");
        }
        if (values.containsKey(column.name())) {
            return new NotUnderstood("The question gives " + table.name() + "." + column.name() + " twice.",
                    List.of(), "Give each column one value.");
        }
        WriteValues.Converted converted = WriteValues.convert(text, number, table, column);
        if (!converted.ok()) {
            return new NotUnderstood(converted.problem(), List.of(), "Give a value " + table.name() + "."
                    + column.name() + " can hold.");
        }
        values.put(column.name(), converted.value());
        return null;
    }

    /** Required columns not given: the user is asked for them, with the question to complete. */
    private Understanding missing(List<ColumnInfo> missing) {
        String names = String.join(", ", missing.stream().map(ColumnInfo::name).toList());
        StringBuilder completion = new StringBuilder();
        for (ColumnInfo column : missing) {
            completion.append(completion.length() == 0 ? "with " : " and ").append(NameWords.phrase(column.name()))
                    .append(" \"").append(PLACEHOLDER).append('"');
        }
        return WriteBody.clarification("A new row of " + table.name() + " also needs " + names
                + " (they cannot be empty and have no default). Put the values in place of \"...\".",
                List.of(new ClarificationOption("give " + names, body.append(completion.toString()))));
    }

    private List<ColumnInfo> columnsNamed(List<String> words) {
        return table.columns().stream().filter(c -> NameWords.split(c.name()).equals(words)).toList();
    }

    private String singular() {
        String phrase = lexicon.phraseFor(table);
        return phrase.endsWith("s") ? phrase.substring(0, phrase.length() - 1) : phrase;
    }
}
