package io.pgwarden.intent.domain.write;

import io.pgwarden.contracts.event.ClarificationNeeded.ClarificationOption;
import io.pgwarden.contracts.intent.Assignment;
import io.pgwarden.contracts.intent.Condition;
import io.pgwarden.contracts.intent.IntentType;
import io.pgwarden.contracts.intent.QuerySpec;
import io.pgwarden.contracts.schema.ColumnInfo;
import io.pgwarden.contracts.schema.TableInfo;
import io.pgwarden.intent.domain.Understanding;
import io.pgwarden.intent.domain.Understanding.NotUnderstood;
import io.pgwarden.intent.domain.classify.StatementClassifier.Classification;
import io.pgwarden.intent.domain.lexicon.Lexicon;
import io.pgwarden.intent.domain.lexicon.Meaning.ColumnRef;
import io.pgwarden.intent.domain.lexicon.Meaning.TableRef;
import io.pgwarden.intent.domain.lexicon.Strength;
import io.pgwarden.intent.domain.lexicon.Term;
import io.pgwarden.intent.domain.reading.CueKind;
import io.pgwarden.intent.domain.reading.Piece;
import io.pgwarden.intent.domain.reading.Piece.Cue;
import io.pgwarden.intent.domain.reading.Piece.Literal;
import io.pgwarden.intent.domain.reading.Piece.Mention;
import io.pgwarden.intent.domain.reading.Reading;
import io.pgwarden.intent.domain.text.NameWords;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a write question into a write spec, grounded in the catalog alone:
 * <ul>
 * <li>UPDATE: "update the price of product 123 to 99.99", "set the status of order 42 to shipped", "mark order 42
 * as shipped", "increase prices by 10% for category Electronics", "decrease the price of products in category
 * Books by 5";</li>
 * <li>DELETE: "delete order 17", "delete customers from Texas", "delete all orders older than 6 months";</li>
 * <li>INSERT: "add a customer named Jane Doe from Texas", "add a category named Garden".</li>
 * </ul>
 * Two readings that fit equally put a choice to the user; a word no part of the write explains stops it.
 */
public final class WriteReader {

    private static final Set<String> RAISE = Set.of("increase", "raise");
    private static final Set<String> LOWER = Set.of("decrease", "reduce");
    private static final Set<String> TO = Set.of("to", "=");
    private static final Set<String> AS = Set.of("as");
    private static final Set<String> PERCENT = Set.of("percent", "pct", "%");
    private static final Set<String> SET = Set.of("set");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Clock clock;
    private final WriteIntents intents = new WriteIntents();

    public WriteReader(Clock clock) {
        this.clock = clock;
    }

    /** The answer to a question the classifier found to be an INSERT, UPDATE or DELETE. */
    public Understanding read(Reading reading, Classification classification, Lexicon lexicon) {
        int verb = verbPiece(reading, classification.verb());
        if (verb < 0) {
            return notGrounded(reading, "I could not tell which words say what to change.");
        }
        WriteBody body = new WriteBody(reading, verb + 1);
        WriteDraft draft = switch (classification.type()) {
            case UPDATE -> update(body, lexicon, WriteBody.words(reading.pieces().get(verb)));
            case DELETE -> delete(body, lexicon);
            default -> insert(body, lexicon);
        };
        if (draft.answer() != null) {
            return draft.answer();
        }
        return intents.understood(classification, draft);
    }

    // --- UPDATE -------------------------------------------------------------------------------------------------

    private WriteDraft update(WriteBody body, Lexicon lexicon, String verb) {
        skipWords(body, SET);
        boolean arithmetic = RAISE.contains(verb) || LOWER.contains(verb);
        Assignment.Operation operation;
        Object amount;
        int valueFrom;
        int valueTo;
        int boundary;
        if (arithmetic) {
            int by = findCue(body, CueKind.BY);
            if (by < 0 || by + 1 >= body.end() || !WriteBody.isNumber(body.piece(by + 1))) {
                return WriteDraft.stop(new NotUnderstood("'" + verb + "' needs an amount: say \"by\" and a number,"
                        + " for example \"by 10%\" or \"by 5\".", List.of(), "Ask for example: " + verb
                                + " the <column> of <table> by 10%."));
            }
            Literal number = (Literal) body.piece(by + 1);
            boolean percent = isPercent(body, by + 1);
            valueFrom = by;
            valueTo = by + 2 + (percent && by + 2 < body.end() && WriteBody.isWord(body.piece(by + 2), PERCENT) ? 1 : 0);
            BigDecimal signed = LOWER.contains(verb) ? number.number().negate() : number.number();
            if (percent) {
                operation = Assignment.Operation.MULTIPLY;
                BigDecimal factor = BigDecimal.ONE.add(signed.divide(HUNDRED));
                // "by 10%" reads back as 1.10, not 1.1.
                amount = factor.setScale(Math.max(2, factor.scale()));
            } else {
                operation = Assignment.Operation.ADD;
                amount = signed;
            }
            boundary = body.end();
        } else {
            int to = body.find(TO, body.from());
            if (to < 0 && verb.equals("mark")) {
                to = body.find(AS, body.from());
            }
            if (to < 0) {
                return WriteDraft.stop(new NotUnderstood("I could not find the new value: say \"to\" and the value,"
                        + " for example \"set the status of order 42 to shipped\".", List.of(),
                        "Ask for example: update the <column> of <table> <key> to <value>."));
            }
            valueFrom = to;
            valueTo = to + 1;
            while (valueTo < body.end() && !WriteBody.isWord(body.piece(valueTo), Set.of("where", "for", "whose",
                    "when", "if"))) {
                valueTo++;
            }
            if (valueTo == to + 1) {
                return WriteDraft.stop(new NotUnderstood("'" + body.piece(to).text() + "' needs the new value after"
                        + " it.", List.of(), "Ask for example: set the <column> of <table> <key> to <value>."));
            }
            operation = Assignment.Operation.SET;
            amount = null;
            boundary = to;
        }
        int columnAt = assignedColumn(body, boundary, valueFrom, valueTo);
        if (columnAt < 0) {
            return WriteDraft.stop(new NotUnderstood("I could not tell which column to change.", List.of(),
                    "Name the column, for example: update the <column> of <table> <key> to <value>."));
        }
        body.use(valueFrom, valueTo);
        body.use(columnAt);
        List<Term> columnTerms = WriteBody.terms(body.piece(columnAt), ColumnRef.class);
        Target target = target(body, lexicon, columnTerms, columnAt);
        if (target.answer() != null) {
            return WriteDraft.stop(target.answer());
        }
        TableInfo table = target.table();
        List<Term> own = columnTerms.stream().filter(t -> t.meaning().belongsTo(table)).toList();
        Strength best = own.stream().map(Term::strength).min(Enum::compareTo).orElseThrow();
        List<ColumnInfo> columns = own.stream().filter(t -> t.strength() == best)
                .map(t -> ((ColumnRef) t.meaning()).column()).distinct().toList();
        if (columns.size() > 1) {
            return WriteDraft.stop(columnChoice(body, columnAt, table, columns));
        }
        ColumnInfo column = columns.get(0);
        if (operation == Assignment.Operation.SET) {
            WriteValues.Converted converted = newValue(body, valueFrom + 1, valueTo, table, column);
            if (!converted.ok()) {
                return WriteDraft.stop(new NotUnderstood(converted.problem(), List.of(),
                        "Give a value " + table.name() + "." + column.name() + " can hold."));
            }
            amount = converted.value();
        } else if (!column.isNumber()) {
            return WriteDraft.stop(new NotUnderstood("Only numbers can be increased or decreased, and "
                    + table.name() + "." + column.name() + " does not hold numbers.", List.of(),
                    "Name a numeric column, or set the new value with \"to\"."));
        } else if (operation == Assignment.Operation.ADD) {
            // An amount added to a whole-number column must be whole: "by 2.5" cannot be added to a count.
            BigDecimal added = (BigDecimal) amount;
            WriteValues.Converted converted = WriteValues.convert(added.toPlainString(), added, table, column);
            if (!converted.ok()) {
                return WriteDraft.stop(new NotUnderstood(converted.problem(), List.of(), "Give a whole number."));
            }
            amount = converted.value();
        }
        FilterResult filters = filters(body, lexicon, table);
        if (filters.answer() != null) {
            return WriteDraft.stop(filters.answer());
        }
        return WriteDraft.of(table, QuerySpec.update(table.qualifiedName(),
                List.of(new Assignment(column.name(), operation, amount)), filters.conditions()),
                best == Strength.NAME && target.named());
    }

    /**
     * The column the update changes: the first mention before {@code boundary} naming a column, skipping a table
     * name followed by its key ("product 123") and the value itself.
     */
    private static int assignedColumn(WriteBody body, int boundary, int valueFrom, int valueTo) {
        for (int i = body.from(); i < boundary; i++) {
            if (i >= valueFrom && i < valueTo || body.used(i)) {
                continue;
            }
            Piece piece = body.piece(i);
            boolean column = !WriteBody.terms(piece, ColumnRef.class).isEmpty();
            boolean keyedTable = !WriteBody.terms(piece, TableRef.class).isEmpty() && i + 1 < body.end()
                    && WriteBody.isNumber(body.piece(i + 1));
            if (column && !keyedTable) {
                return i;
            }
        }
        return -1;
    }

    private static WriteValues.Converted newValue(WriteBody body, int from, int to, TableInfo table,
            ColumnInfo column) {
        BigDecimal number = to - from == 1 && WriteBody.isNumber(body.piece(from))
                ? ((Literal) body.piece(from)).number() : null;
        return WriteValues.convert(body.text(from, to), number, table, column);
    }

    private static boolean isPercent(WriteBody body, int numberAt) {
        Piece number = body.piece(numberAt);
        int end = body.reading().tokens().get(number.span().to() - 1).end();
        String question = body.reading().question();
        if (end < question.length() && question.charAt(end) == '%') {
            return true;
        }
        return numberAt + 1 < body.end() && WriteBody.isWord(body.piece(numberAt + 1), PERCENT);
    }

    /** The table whose column changes: named in the question, the only one with that column, or the one whose
     * filters fit; otherwise the user chooses. */
    private Target target(WriteBody body, Lexicon lexicon, List<Term> columnTerms, int columnAt) {
        List<TableInfo> candidates = new ArrayList<>();
        for (Term term : columnTerms) {
            if (candidates.stream().noneMatch(t -> term.meaning().belongsTo(t))) {
                candidates.add(term.meaning().table());
            }
        }
        for (int i = body.from(); i < body.end(); i++) {
            if (body.used(i)) {
                continue;
            }
            for (Term term : WriteBody.terms(body.piece(i), TableRef.class)) {
                TableInfo named = candidates.stream().filter(t -> term.meaning().belongsTo(t)).findFirst()
                        .orElse(null);
                if (named != null && term.strength() == Strength.NAME) {
                    // A name with its key right after it ("product 123") stays for the filters, which read the key.
                    if (!(i + 1 < body.end() && WriteBody.isNumber(body.piece(i + 1)))) {
                        body.use(i);
                    }
                    return Target.of(named, true);
                }
            }
        }
        if (candidates.size() == 1) {
            return Target.of(candidates.get(0), false);
        }
        List<TableInfo> fitting = candidates.stream().filter(t -> fits(body, lexicon, t)).toList();
        if (fitting.size() == 1) {
            return Target.of(fitting.get(0), false);
        }
        List<TableInfo> offered = fitting.isEmpty() ? candidates : fitting;
        List<ClarificationOption> options = new ArrayList<>();
        for (TableInfo table : offered) {
            ColumnInfo column = columnTerms.stream().filter(t -> t.meaning().belongsTo(table))
                    .map(t -> ((ColumnRef) t.meaning()).column()).findFirst().orElseThrow();
            options.add(new ClarificationOption(table.name() + "." + column.name(), body.replace(columnAt,
                    columnAt + 1, NameWords.phrase(column.name()) + " of " + lexicon.phraseFor(table))));
        }
        return Target.stop(WriteBody.clarification("'" + body.piece(columnAt).text() + "' is a column of more than"
                + " one table: " + String.join(", ", offered.stream().map(TableInfo::qualifiedName).toList()) + ".",
                options));
    }

    /** True when every word left grounds as a filter of {@code table} (tried on a copy of the marks). */
    private boolean fits(WriteBody body, Lexicon lexicon, TableInfo table) {
        WriteBody trial = body.copy();
        return filters(trial, lexicon, table).answer() == null;
    }

    // --- DELETE -------------------------------------------------------------------------------------------------

    private WriteDraft delete(WriteBody body, Lexicon lexicon) {
        Target target = namedTable(body, lexicon);
        if (target.answer() != null) {
            return WriteDraft.stop(target.answer());
        }
        FilterResult filters = filters(body, lexicon, target.table());
        if (filters.answer() != null) {
            return WriteDraft.stop(filters.answer());
        }
        return WriteDraft.of(target.table(), QuerySpec.delete(target.table().qualifiedName(), filters.conditions()),
                target.named());
    }

    // --- INSERT -------------------------------------------------------------------------------------------------

    private WriteDraft insert(WriteBody body, Lexicon lexicon) {
        Target target = namedTable(body, lexicon);
        if (target.answer() != null) {
            return WriteDraft.stop(target.answer());
        }
        return new NewRow(body, lexicon, target.table()).read(target.named());
    }

    /** The first table named after the verb; several tables of that name ask the user. */
    private static Target namedTable(WriteBody body, Lexicon lexicon) {
        for (int i = body.from(); i < body.end(); i++) {
            List<Term> tables = WriteBody.terms(body.piece(i), TableRef.class);
            if (tables.isEmpty()) {
                continue;
            }
            Strength best = tables.stream().map(Term::strength).min(Enum::compareTo).orElseThrow();
            if (best != Strength.NAME && best != Strength.HEAD) {
                continue;
            }
            List<TableInfo> named = tables.stream().filter(t -> t.strength() == best).map(t -> t.meaning().table())
                    .distinct().toList();
            if (named.size() > 1) {
                List<ClarificationOption> options = new ArrayList<>();
                for (TableInfo table : named) {
                    options.add(new ClarificationOption(table.qualifiedName(),
                            body.replace(i, i + 1, lexicon.phraseFor(table))));
                }
                return Target.stop(WriteBody.clarification("'" + body.piece(i).text() + "' names more than one"
                        + " table: " + String.join(", ", named.stream().map(TableInfo::qualifiedName).toList())
                        + ".", options));
            }
            // "order 17": the name with its key stays for the filters, which read the key.
            if (!(i + 1 < body.end() && WriteBody.isNumber(body.piece(i + 1)))) {
                body.use(i);
            }
            return Target.of(named.get(0), best == Strength.NAME);
        }
        return Target.stop(notGrounded(body.reading(), "The change does not name a table."));
    }

    // --- shared -------------------------------------------------------------------------------------------------

    private FilterResult filters(WriteBody body, Lexicon lexicon, TableInfo table) {
        List<Condition> conditions = new ArrayList<>();
        for (RelativeTime.Phrase phrase = RelativeTime.find(body); phrase != null; phrase = RelativeTime.find(body)) {
            RelativeTime.Grounded time = RelativeTime.ground(body, phrase, table, LocalDate.now(clock));
            if (time.answer() != null) {
                return new FilterResult(null, time.answer());
            }
            conditions.addAll(time.conditions());
        }
        // The key after the table's name ("order 17") was left unmarked for the filters: mark the name back out.
        RowFilters.Grounded grounded = new RowFilters(lexicon).ground(body, table);
        if (grounded.answer() != null) {
            return new FilterResult(null, grounded.answer());
        }
        List<Condition> all = new ArrayList<>(grounded.conditions());
        all.addAll(conditions);
        return new FilterResult(all, null);
    }

    private static Understanding columnChoice(WriteBody body, int at, TableInfo table, List<ColumnInfo> columns) {
        List<ClarificationOption> options = new ArrayList<>();
        for (ColumnInfo column : columns) {
            options.add(new ClarificationOption(table.name() + "." + column.name(),
                    body.replace(at, at + 1, NameWords.phrase(column.name()))));
        }
        return WriteBody.clarification("'" + body.piece(at).text() + "' could mean more than one column of "
                + table.name() + ": " + String.join(", ", columns.stream().map(ColumnInfo::name).toList()) + ".",
                options);
    }

    private static int findCue(WriteBody body, CueKind kind) {
        for (int i = body.from(); i < body.end(); i++) {
            if (body.piece(i) instanceof Cue cue && cue.kind() == kind) {
                return i;
            }
        }
        return -1;
    }

    private static void skipWords(WriteBody body, Set<String> words) {
        for (int i = body.from(); i < body.end(); i++) {
            if (!(body.piece(i) instanceof Mention) && WriteBody.isWord(body.piece(i), words)) {
                body.use(i);
            }
        }
    }

    /** The piece holding the verb the classifier found (not a schema name), or -1; only filler may come before. */
    private static int verbPiece(Reading reading, String verb) {
        List<Piece> pieces = reading.pieces();
        for (int i = 0; i < pieces.size(); i++) {
            Piece piece = pieces.get(i);
            if (!(piece instanceof Mention) && WriteBody.words(piece).equals(verb)) {
                return i;
            }
            if (!(piece instanceof Piece.Filler)) {
                return -1;
            }
        }
        return -1;
    }

    static NotUnderstood notGrounded(Reading reading, String why) {
        return new NotUnderstood(why + " I can change data when the question says what to change in one table,"
                + " for example \"update the price of product 123 to 99.99\", \"delete order 17\" or \"add a"
                + " customer named Jane Doe\".", List.of(), "Name the table and the rows, or submit the statement"
                        + " as SQL: it goes through impact analysis and approval either way.");
    }

    record FilterResult(List<Condition> conditions, Understanding answer) {
    }

    /** The table a write changes, or the answer to give instead. */
    record Target(TableInfo table, boolean named, Understanding answer) {

        static Target of(TableInfo table, boolean named) {
            return new Target(table, named, null);
        }

        static Target stop(Understanding answer) {
            return new Target(null, false, answer);
        }
    }

}
