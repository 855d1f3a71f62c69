package io.pgwarden.intent.domain.write;

import io.pgwarden.contracts.event.ClarificationNeeded.ClarificationOption;
import io.pgwarden.contracts.intent.Condition;
import io.pgwarden.contracts.intent.Operator;
import io.pgwarden.contracts.schema.ColumnInfo;
import io.pgwarden.contracts.schema.ForeignKeyInfo;
import io.pgwarden.contracts.schema.TableInfo;
import io.pgwarden.intent.domain.Understanding;
import io.pgwarden.intent.domain.Understanding.NotUnderstood;
import io.pgwarden.intent.domain.lexicon.Lexicon;
import io.pgwarden.intent.domain.lexicon.Meaning.ColumnRef;
import io.pgwarden.intent.domain.lexicon.Meaning.TableRef;
import io.pgwarden.intent.domain.lexicon.Meaning.ValueRef;
import io.pgwarden.intent.domain.lexicon.Strength;
import io.pgwarden.intent.domain.lexicon.Term;
import io.pgwarden.intent.domain.reading.CueKind;
import io.pgwarden.intent.domain.reading.Piece;
import io.pgwarden.intent.domain.reading.Piece.Cue;
import io.pgwarden.intent.domain.reading.Piece.Literal;
import io.pgwarden.intent.domain.reading.Piece.LiteralKind;
import io.pgwarden.intent.domain.reading.Piece.Mention;
import io.pgwarden.intent.domain.text.NameWords;
import io.pgwarden.intent.domain.text.Vocabulary;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Grounds the pieces of a write that no other part took as filters on the target table: its key after its name
 * ("order 17"), stored values ("from Texas"), a column and its value ("with status cancelled"), numeric comparisons
 * ("with price over 100"), and values or keys of a table the target references through its foreign key ("in
 * category Electronics", "category 3"), which select rows through that key. Any word left over stops the write.
 */
final class RowFilters {

    /** Words ending a new value or a filter's value: "to Austin for customers ...". */
    static final Set<String> VALUE_ENDS = Set.of("where", "for", "whose", "when", "if", "with", "in", "from", "and",
            "by");

    /** The conditions, or the answer to give instead. */
    record Grounded(List<Condition> conditions, Understanding answer) {
    }

    private final Lexicon lexicon;

    RowFilters(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    Grounded ground(WriteBody body, TableInfo table) {
        List<Condition> conditions = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (int i = body.from(); i < body.end(); i++) {
            if (body.used(i) || body.piece(i) instanceof Piece.Filler) {
                continue;
            }
            body.use(i);
            Piece piece = body.piece(i);
            Understanding stop = null;
            if (piece instanceof Mention) {
                stop = mention(body, i, table, conditions);
            } else if (piece instanceof Literal literal && literal.kind() == LiteralKind.QUOTED) {
                stop = quoted(body, i, literal, table, conditions);
            } else {
                unknown.add(piece.text());
            }
            if (stop instanceof NotUnderstood notUnderstood && notUnderstood.unknownWords().size() == 1
                    && notUnderstood.message().isEmpty()) {
                unknown.add(notUnderstood.unknownWords().get(0));
            } else if (stop != null) {
                return new Grounded(null, stop);
            }
        }
        if (!unknown.isEmpty()) {
            return new Grounded(null, new NotUnderstood("I understood the change as being about "
                    + lexicon.phraseFor(table) + ", but not these words: " + String.join(", ", unknown) + ".",
                    unknown, "Rephrase without those words. Changes I understand look like \"delete "
                            + lexicon.phraseFor(table) + " with <column> <value>\" or \"update the <column> of "
                            + singular(table) + " <key> to <value>\"."));
        }
        return new Grounded(conditions, null);
    }

    private Understanding mention(WriteBody body, int at, TableInfo table, List<Condition> conditions) {
        Piece piece = body.piece(at);
        boolean namesTable = WriteBody.terms(piece, TableRef.class).stream().anyMatch(t -> t.meaning().belongsTo(table));
        if (namesTable) {
            return keyAfter(body, at, table, table, table.primaryKey(), conditions);
        }
        List<ValueRef> values = values(piece, table);
        if (!values.isEmpty()) {
            return onValues(body, at, table, values, conditions);
        }
        for (ForeignKeyInfo key : singleKeys(table)) {
            TableInfo other = lexicon.catalog().table(key.referencedTable()).orElse(null);
            boolean namesOther = other != null && WriteBody.terms(piece, TableRef.class).stream()
                    .anyMatch(t -> t.meaning().belongsTo(other) && t.strength() == Strength.NAME);
            if (namesOther) {
                return keyAfter(body, at, table, other, key.referencedColumns(), conditions);
            }
        }
        List<Term> columns = WriteBody.terms(piece, ColumnRef.class).stream().filter(t -> t.meaning().belongsTo(table))
                .toList();
        if (!columns.isEmpty()) {
            return columnFilter(body, at, table, columns, conditions);
        }
        for (ForeignKeyInfo key : singleKeys(table)) {
            TableInfo other = lexicon.catalog().table(key.referencedTable()).orElse(null);
            if (other == null) {
                continue;
            }
            if (WriteBody.terms(piece, TableRef.class).stream().anyMatch(t -> t.meaning().belongsTo(other))) {
                return keyAfter(body, at, table, other, key.referencedColumns(), conditions);
            }
            List<ValueRef> otherValues = values(piece, other);
            if (!otherValues.isEmpty()) {
                return onValues(body, at, other, otherValues, conditions);
            }
        }
        return unknownWord(piece);
    }

    /**
     * "order 17": the number after the table's name is its key. After a referenced table's name ("category 3") it
     * is that table's key, which the target holds in its foreign key column; a value of the referenced table
     * ("category Electronics") selects through the key.
     */
    private Understanding keyAfter(WriteBody body, int at, TableInfo table, TableInfo named, List<String> key,
            List<Condition> conditions) {
        int next = at + 1;
        if (next >= body.end() || body.used(next)) {
            return named == table ? null : unknownWord(body.piece(at));
        }
        Piece after = body.piece(next);
        if (WriteBody.isNumber(after) && key.size() == 1) {
            body.use(next);
            ColumnInfo column;
            TableInfo holder;
            if (named == table) {
                holder = table;
                column = table.column(key.get(0)).orElseThrow();
            } else {
                holder = table;
                ForeignKeyInfo fk = singleKeys(table).stream()
                        .filter(k -> k.referencedTable().equals(named.qualifiedName())).findFirst().orElseThrow();
                column = table.column(fk.columns().get(0)).orElseThrow();
            }
            return condition(holder, column, Operator.EQ, (Literal) after, conditions);
        }
        if (named != table) {
            List<ValueRef> values = values(after, named);
            if (!values.isEmpty()) {
                body.use(next);
                return onValues(body, next, named, values, conditions);
            }
            return unknownWord(body.piece(at));
        }
        return null;
    }

    private Understanding onValues(WriteBody body, int at, TableInfo owner, List<ValueRef> values,
            List<Condition> conditions) {
        List<String> columns = values.stream().map(v -> v.column().name()).distinct().toList();
        if (columns.size() > 1) {
            List<ClarificationOption> options = new ArrayList<>();
            for (ValueRef value : values) {
                options.add(new ClarificationOption(owner.name() + "." + value.column().name() + " = "
                        + value.stored(), body.replace(at, at + 1, NameWords.phrase(value.column().name()) + " "
                                + WriteBody.quoted(value.stored()))));
            }
            return WriteBody.clarification("'" + body.piece(at).text() + "' is a value of more than one column of "
                    + owner.name() + ": " + String.join(", ", columns) + ".", options);
        }
        conditions.add(new Condition(owner.qualifiedName(), columns.get(0), Operator.EQ,
                List.of(values.get(0).stored())));
        return null;
    }

    /** "with status cancelled", "city is Austin", "price over 100", "id = 5". */
    private Understanding columnFilter(WriteBody body, int at, TableInfo table, List<Term> columns,
            List<Condition> conditions) {
        if (columns.size() > 1) {
            List<ClarificationOption> options = new ArrayList<>();
            for (Term term : columns) {
                ColumnInfo column = ((ColumnRef) term.meaning()).column();
                options.add(new ClarificationOption(table.name() + "." + column.name(),
                        body.replace(at, at + 1, NameWords.phrase(column.name()))));
            }
            return WriteBody.clarification("'" + body.piece(at).text() + "' could mean more than one column of "
                    + table.name() + ".", options);
        }
        ColumnInfo column = ((ColumnRef) columns.get(0).meaning()).column();
        int next = at + 1;
        while (next < body.end() && body.piece(next) instanceof Piece.Filler filler
                && Vocabulary.isConnector(filler.word())) {
            next++;
        }
        if (next >= body.end() || body.used(next)) {
            return missingValue(body.piece(at), table, column);
        }
        Piece after = body.piece(next);
        if (after instanceof Cue cue && cue.kind().isComparison() && cue.kind() != CueKind.BETWEEN
                && next + 1 < body.end() && WriteBody.isNumber(body.piece(next + 1)) && column.isNumber()) {
            body.use(next, next + 2);
            return condition(table, column, operator(cue.kind()), (Literal) body.piece(next + 1), conditions);
        }
        List<ValueRef> stored = values(after, table).stream()
                .filter(v -> v.column().name().equals(column.name())).toList();
        if (!stored.isEmpty()) {
            body.use(next);
            conditions.add(new Condition(table.qualifiedName(), column.name(), Operator.EQ,
                    List.of(stored.get(0).stored())));
            return null;
        }
        if (after instanceof Literal literal) {
            body.use(next);
            return condition(table, column, Operator.EQ, literal, conditions);
        }
        int end = next;
        while (end < body.end() && !body.used(end) && !(body.piece(end) instanceof Cue)
                && !WriteBody.isWord(body.piece(end), VALUE_ENDS) && !(body.piece(end) instanceof Mention)) {
            end++;
        }
        if (end == next) {
            return missingValue(body.piece(at), table, column);
        }
        body.use(next, end);
        WriteValues.Converted converted = WriteValues.convert(body.text(next, end), null, table, column);
        if (!converted.ok()) {
            return new NotUnderstood(converted.problem(), List.of(), "Check the value.");
        }
        conditions.add(new Condition(table.qualifiedName(), column.name(), Operator.EQ, List.of(converted.value())));
        return null;
    }

    private Understanding quoted(WriteBody body, int at, Literal literal, TableInfo table, List<Condition> conditions) {
        List<ValueRef> own = lexicon.valuesEqualTo(literal.value()).stream().filter(v -> v.belongsTo(table)).toList();
        if (!own.isEmpty()) {
            return onValues(body, at, table, own, conditions);
        }
        return new NotUnderstood("'" + literal.value() + "' is not a value I know in any column of " + table.name()
                + ".", List.of(literal.value()), "Put the column's name before the value, for example: "
                        + lexicon.phraseFor(table) + " with <column> " + literal.text() + ".");
    }

    private static Understanding condition(TableInfo table, ColumnInfo column, Operator operator, Literal literal,
            List<Condition> conditions) {
        WriteValues.Converted converted = WriteValues.convert(literal.value(), literal.number(), table, column);
        if (!converted.ok()) {
            return new NotUnderstood(converted.problem(), List.of(), "Check the value.");
        }
        conditions.add(new Condition(table.qualifiedName(), column.name(), operator, List.of(converted.value())));
        return null;
    }

    private static Operator operator(CueKind kind) {
        return switch (kind) {
            case GREATER -> Operator.GT;
            case AT_LEAST -> Operator.GE;
            case LESS -> Operator.LT;
            default -> Operator.LE;
        };
    }

    private NotUnderstood missingValue(Piece piece, TableInfo table, ColumnInfo column) {
        return new NotUnderstood("'" + piece.text() + "' needs a value to compare " + table.name() + "."
                + column.name() + " with.", List.of(), "Put the value right after the column, for example: "
                        + lexicon.phraseFor(table) + " with " + NameWords.phrase(column.name()) + " \"...\".");
    }

    /** Marks a piece as not understood, to be listed with the other words left over. */
    private static NotUnderstood unknownWord(Piece piece) {
        return new NotUnderstood("", List.of(piece.text()), "");
    }

    static List<ValueRef> values(Piece piece, TableInfo table) {
        return WriteBody.terms(piece, ValueRef.class).stream().map(t -> (ValueRef) t.meaning())
                .filter(v -> v.belongsTo(table)).toList();
    }

    /** The target's one-column foreign keys, each to a different table (two keys to one table are ambiguous). */
    static List<ForeignKeyInfo> singleKeys(TableInfo table) {
        return table.foreignKeys().stream().filter(k -> k.columns().size() == 1)
                .filter(k -> table.foreignKeys().stream()
                        .filter(o -> o.referencedTable().equals(k.referencedTable())).count() == 1)
                .toList();
    }

    static Optional<TableInfo> referenced(Lexicon lexicon, ForeignKeyInfo key) {
        return lexicon.catalog().table(key.referencedTable());
    }

    private static String singular(TableInfo table) {
        String phrase = NameWords.phrase(table.name());
        return phrase.endsWith("s") ? phrase.substring(0, phrase.length() - 1) : phrase;
    }

    static BigDecimal number(Piece piece) {
        return ((Literal) piece).number();
    }
}
