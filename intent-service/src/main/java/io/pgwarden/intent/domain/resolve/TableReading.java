package io.pgwarden.intent.domain.resolve;

import io.pgwarden.contracts.intent.Aggregate;
import io.pgwarden.contracts.intent.Condition;
import io.pgwarden.contracts.intent.Operator;
import io.pgwarden.contracts.schema.ColumnInfo;
import io.pgwarden.contracts.schema.TableInfo;
import io.pgwarden.intent.domain.Understanding.NeedsClarification;
import io.pgwarden.intent.domain.Understanding.NotUnderstood;
import io.pgwarden.intent.domain.lexicon.Lexicon;
import io.pgwarden.intent.domain.lexicon.Meaning.ValueRef;
import io.pgwarden.intent.domain.lexicon.Strength;
import io.pgwarden.intent.domain.lexicon.Term;
import io.pgwarden.intent.domain.reading.CueKind;
import io.pgwarden.intent.domain.reading.Piece;
import io.pgwarden.intent.domain.reading.Piece.Cue;
import io.pgwarden.intent.domain.reading.Piece.Filler;
import io.pgwarden.intent.domain.reading.Piece.Literal;
import io.pgwarden.intent.domain.reading.Piece.LiteralKind;
import io.pgwarden.intent.domain.reading.Piece.Mention;
import io.pgwarden.intent.domain.reading.Piece.Unknown;
import io.pgwarden.intent.domain.reading.Reading;
import io.pgwarden.intent.domain.text.NameWords;
import io.pgwarden.intent.domain.text.Vocabulary;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the whole question as being about one table. Every mention must find a role in that table (the table
 * itself, a column, a stored value); the mentions that cannot are {@link #unusable()}, which rules the table out.
 * What is left decides the answer: a draft, or the first clarification or failure met on the way.
 */
final class TableReading {

    private static final Set<String> VALUE_PREPOSITIONS = Set.of("in", "from", "at");

    private final Reading reading;
    private final Lexicon lexicon;
    private final TableInfo table;
    private final List<Piece> pieces;
    private final boolean[] consumed;
    private final Clarifier clarifier;
    private final PiecePositions positions;

    private Strength subjectStrength;
    private Piece subjectPiece;
    private final List<Piece> unusable = new ArrayList<>();
    private final List<Piece> unknown = new ArrayList<>();
    private boolean count;
    private Cue rank;
    private Integer impliedLimit;
    private ColumnInfo orderColumn;
    private Boolean descending;
    private boolean sawOr;
    private Cue aggregateCue;
    private ColumnInfo aggregateColumn;
    private Cue perCue;
    private ColumnInfo groupColumn;
    private final List<ColumnInfo> projection = new ArrayList<>();
    private final List<Condition> conditions = new ArrayList<>();
    private int headTermsUsed;
    private Piece commentColumnPiece;
    private ColumnInfo commentColumn;
    private NeedsClarification clarification;
    private NotUnderstood problem;

    TableReading(Reading reading, Lexicon lexicon, TableInfo table) {
        this.reading = reading;
        this.lexicon = lexicon;
        this.table = table;
        this.pieces = reading.pieces();
        this.consumed = new boolean[pieces.size()];
        this.clarifier = new Clarifier(reading, lexicon);
        this.positions = new PiecePositions(reading, table);
        walk();
    }

    TableInfo table() {
        return table;
    }

    /** The strongest term that named this table, or null when the table is only inferred from columns or values. */
    Strength subjectStrength() {
        return subjectStrength;
    }

    Piece subjectPiece() {
        return subjectPiece;
    }

    List<Piece> unusable() {
        return unusable;
    }

    /** The answer this reading gives; {@code inferred} when no word named the table itself. */
    Resolution outcome(boolean inferred) {
        ReadOutcome outcome = new ReadOutcome(table, lexicon, clarifier);
        if (!unknown.isEmpty()) {
            return outcome.unknownWords(unknown);
        }
        if (problem != null) {
            return new Resolution.Stopped(problem);
        }
        boolean ranked = rank != null || impliedLimit != null || orderColumn != null;
        if (aggregateCue != null && (count || ranked || !projection.isEmpty())) {
            return outcome.aggregateCombined(aggregateCue);
        }
        if (count && (ranked || !projection.isEmpty())) {
            return outcome.countCombined();
        }
        if (perCue != null && !count && aggregateCue == null) {
            return outcome.groupWithoutAggregate(perCue);
        }
        if (clarification != null) {
            return new Resolution.Stopped(clarification);
        }
        if (rank != null && rank.kind() != CueKind.FIRST && orderColumn == null) {
            return outcome.rankWithoutColumn(rank);
        }
        List<Condition> merged = ConditionMerger.merge(conditions);
        if (sawOr && merged.size() != 1) {
            return outcome.orAcrossColumns();
        }
        if (subjectStrength == Strength.HEAD || subjectStrength == Strength.COMMENT) {
            return new Resolution.Stopped(clarifier.confirmTable(table, subjectPiece));
        }
        if (commentColumn != null) {
            return new Resolution.Stopped(clarifier.confirmColumn(table, commentColumnPiece, commentColumn));
        }
        double confidence = 1.0 - (inferred ? 0.2 : 0.0) - 0.1 * headTermsUsed;
        List<String> columns = groupColumn != null ? List.of(groupColumn.name())
                : projection.stream().map(ColumnInfo::name).toList();
        return new Resolution.Resolved(new ReadDraft(table, aggregate(), columns, merged, ordering(),
                rank != null ? rank.number() : impliedLimit, Math.max(0.5, Math.round(confidence * 100) / 100.0)));
    }

    private Aggregate aggregate() {
        if (count) {
            return new Aggregate(Aggregate.Function.COUNT, null);
        }
        if (aggregateCue == null) {
            return null;
        }
        Aggregate.Function function = switch (aggregateCue.kind()) {
            case AVERAGE -> Aggregate.Function.AVG;
            case SUM -> Aggregate.Function.SUM;
            case MAXIMUM -> Aggregate.Function.MAX;
            default -> Aggregate.Function.MIN;
        };
        return new Aggregate(function, aggregateColumn.name());
    }

    private List<io.pgwarden.contracts.intent.Ordering> ordering() {
        if (orderColumn == null) {
            return List.of();
        }
        boolean desc = descending != null ? descending : rank != null && rank.kind() == CueKind.TOP;
        return List.of(new io.pgwarden.contracts.intent.Ordering(orderColumn.name(), desc));
    }

    private void walk() {
        for (int i = 0; i < pieces.size(); i++) {
            if (consumed[i]) {
                continue;
            }
            Piece piece = pieces.get(i);
            if (piece instanceof Cue cue) {
                onCue(i, cue);
            } else if (piece instanceof Mention mention) {
                onMention(i, mention);
            } else if (piece instanceof Literal literal) {
                onLiteral(i, literal);
            } else if (piece instanceof Unknown) {
                unknown.add(piece);
            } else if (piece instanceof Filler filler) {
                onFiller(filler);
            }
        }
    }

    /**
     * "customers in us": a stop word right after "in", "from" or "at" that the table also stores as a value (a
     * country or state code) is asked about, never silently dropped.
     */
    private void onFiller(Filler filler) {
        if (!Vocabulary.isStopWord(filler.word()) || !VALUE_PREPOSITIONS.contains(positions.wordBefore(filler))) {
            return;
        }
        List<ValueRef> values = lexicon.valuesEqualTo(filler.text()).stream().filter(v -> v.belongsTo(table))
                .toList();
        if (!values.isEmpty()) {
            clarify(clarifier.storedValue(table, filler, values));
        }
    }

    private void onCue(int index, Cue cue) {
        switch (cue.kind()) {
            case COUNT -> count = true;
            case TOP, BOTTOM, FIRST -> {
                if (rank != null || impliedLimit != null) {
                    unknown.add(cue);
                } else {
                    rank = cue;
                }
            }
            case BY -> {
                if (rank != null) {
                    takeOrderColumn(index);
                } else if (count || aggregateCue != null) {
                    takeGroupColumn(index, cue);
                } else {
                    unknown.add(cue);
                }
            }
            case PER -> takeGroupColumn(index, cue);
            case AVERAGE, SUM, MAXIMUM, MINIMUM -> takeAggregate(index, cue);
            case GREATER, AT_LEAST, LESS, AT_MOST, BETWEEN -> unknown.add(cue);
            case ORDER_BY -> takeOrderColumn(index);
            case ASCENDING, DESCENDING -> unknown.add(cue);
            case OR -> sawOr = true;
        }
    }

    private void takeOrderColumn(int cueIndex) {
        int at = reading.nextNonFiller(cueIndex);
        if (at < 0 || orderColumn != null || !(pieces.get(at) instanceof Mention mention)) {
            unknown.add(pieces.get(cueIndex));
            return;
        }
        consumed[at] = true;
        List<Term> columns = Mentions.columns(mention, table);
        if (columns.isEmpty() || Mentions.namesOtherTable(mention, table)) {
            unusable.add(mention);
            return;
        }
        orderColumn = use(mention, columns);
        int after = reading.nextNonFiller(at);
        if (after >= 0 && pieces.get(after) instanceof Cue direction
                && (direction.kind() == CueKind.ASCENDING || direction.kind() == CueKind.DESCENDING)) {
            descending = direction.kind() == CueKind.DESCENDING;
            consumed[after] = true;
        }
    }

    /** "average price", "total stock": the cue computes one value over the numeric column right after it. */
    private void takeAggregate(int cueIndex, Cue cue) {
        int at = reading.nextNonFiller(cueIndex);
        if (count || aggregateCue != null || at < 0 || !(pieces.get(at) instanceof Mention mention)) {
            unknown.add(cue);
            return;
        }
        List<Term> columns = Mentions.columns(mention, table);
        if (columns.isEmpty() || Mentions.namesOtherTable(mention, table)) {
            unknown.add(cue);
            return;
        }
        consumed[at] = true;
        ColumnInfo column = use(mention, columns);
        boolean extremes = cue.kind() == CueKind.MAXIMUM || cue.kind() == CueKind.MINIMUM;
        if (!column.isNumber() && !(extremes && column.isTemporal())) {
            setProblem(new ReadOutcome(table, lexicon, clarifier).notAggregable(cue, column));
            return;
        }
        aggregateCue = cue;
        aggregateColumn = column;
    }

    /** "per state", "by status": the column a count or aggregate is computed for, one row per value. */
    private void takeGroupColumn(int cueIndex, Cue cue) {
        int at = reading.nextNonFiller(cueIndex);
        if (perCue != null || at < 0 || consumed[at] || !(pieces.get(at) instanceof Mention mention)) {
            unknown.add(cue);
            return;
        }
        consumed[at] = true;
        List<Term> columns = Mentions.columns(mention, table);
        if (columns.isEmpty() || Mentions.namesOtherTable(mention, table)) {
            // "per category" names another table: grouping by its name would need a join.
            unusable.add(mention);
            return;
        }
        perCue = cue;
        groupColumn = use(mention, columns);
    }

    /**
     * "price over 100", "stock between 5 and 10": a comparison cue right after a numeric column, followed by the
     * number(s) to compare with. A missing number leaves the cue not understood.
     */
    private void compareColumn(Mention columnMention, List<Term> columns, int cueAt) {
        Cue cue = (Cue) pieces.get(cueAt);
        List<Literal> operands = operandsAfter(cueAt, cue.kind() == CueKind.BETWEEN ? 2 : 1);
        if (operands.isEmpty()) {
            return;
        }
        consumed[cueAt] = true;
        if (columns.size() > 1) {
            clarify(clarifier.column(table, columnMention, columns.stream().map(Mentions::column).toList()));
            return;
        }
        ColumnInfo column = use(columnMention, columns);
        if (!column.isNumber() || !column.values().isEmpty()) {
            setProblem(new ReadOutcome(table, lexicon, clarifier).notComparable(cue, column));
            return;
        }
        List<Object> values = new ArrayList<>();
        for (Literal operand : operands) {
            LiteralCoercion.Coerced coerced = LiteralCoercion.coerce(operand.value(), operand.number(), table, column);
            if (!coerced.ok()) {
                setProblem(valueProblem(coerced, column));
                return;
            }
            values.add(coerced.value());
        }
        if (operands.size() == 2 && operands.get(0).number().compareTo(operands.get(1).number()) > 0) {
            setProblem(new ReadOutcome(table, lexicon, clarifier).reversedBetween(cue));
            return;
        }
        conditions.add(new Condition(table.qualifiedName(), column.name(), operator(cue.kind()), values));
    }

    /** The numbers right after a comparison cue ("between 10 and 50"), consumed; empty when they are not there. */
    private List<Literal> operandsAfter(int cueAt, int wanted) {
        List<Integer> at = new ArrayList<>();
        int next = cueAt + 1;
        while (at.size() < wanted && next < pieces.size() && !consumed[next]
                && pieces.get(next) instanceof Literal literal && literal.kind() == LiteralKind.NUMBER) {
            at.add(next);
            next++;
            boolean and = next < pieces.size() && pieces.get(next) instanceof Filler filler
                    && filler.word().equals("and");
            if (at.size() < wanted && and) {
                next++;
            } else if (at.size() < wanted) {
                break;
            }
        }
        if (at.size() < wanted) {
            return List.of();
        }
        for (int i = cueAt + 1; i <= at.get(at.size() - 1); i++) {
            consumed[i] = true;
        }
        return at.stream().map(i -> (Literal) pieces.get(i)).toList();
    }

    private static Operator operator(CueKind kind) {
        return switch (kind) {
            case GREATER -> Operator.GT;
            case AT_LEAST -> Operator.GE;
            case LESS -> Operator.LT;
            case AT_MOST -> Operator.LE;
            case BETWEEN -> Operator.BETWEEN;
            default -> throw new IllegalArgumentException("not a comparison: " + kind);
        };
    }

    private void onMention(int index, Mention mention) {
        List<Term> subjects = Mentions.subjects(mention, table);
        if (!subjects.isEmpty()) {
            noteSubject(mention, subjects);
            takeKeyAfterSubject(index);
            return;
        }
        List<Term> columns = Mentions.columns(mention, table);
        int comparisonAt = columns.isEmpty() || Mentions.namesOtherTable(mention, table) ? -1
                : positions.comparisonAfter(index, consumed);
        if (comparisonAt >= 0) {
            compareColumn(mention, columns, comparisonAt);
            return;
        }
        int valueAt = columns.isEmpty() ? -1 : positions.valueAfter(index, consumed);
        if (valueAt >= 0) {
            conditionOnColumn(mention, columns, valueAt);
            return;
        }
        List<Term> values = Mentions.values(mention, table);
        if (!values.isEmpty()) {
            conditionFromValue(index, mention, values);
            return;
        }
        if (!columns.isEmpty() && !Mentions.namesOtherTable(mention, table)) {
            if (introducesCondition(mention)) {
                problem = new ReadOutcome(table, lexicon, clarifier).missingValue(mention, Mentions.column(
                        columns.get(0)));
            } else {
                ColumnInfo column = use(mention, columns);
                if (projection.stream().noneMatch(c -> c.name().equals(column.name()))) {
                    projection.add(column);
                }
            }
            return;
        }
        unusable.add(mention);
    }

    private void noteSubject(Mention mention, List<Term> subjects) {
        Strength strength = subjects.get(0).strength();
        if (subjectStrength == null || strength.isStrongerThan(subjectStrength)) {
            subjectStrength = strength;
            subjectPiece = mention;
        }
    }

    /** "product 123": a number right after the table's name is its primary key. */
    private void takeKeyAfterSubject(int index) {
        int next = index + 1;
        if (next >= pieces.size() || consumed[next] || table.primaryKey().size() != 1
                || !(pieces.get(next) instanceof Literal literal) || literal.kind() != LiteralKind.NUMBER) {
            return;
        }
        consumed[next] = true;
        table.column(table.primaryKey().get(0))
                .ifPresent(key -> addCondition(key, literal.value(), literal.number()));
    }

    private void conditionOnColumn(Mention columnMention, List<Term> columns, int valueAt) {
        Piece valuePiece = pieces.get(valueAt);
        if (valuePiece instanceof Mention valueMention) {
            List<ValueRef> matching = Mentions.values(valueMention, table).stream()
                    .map(t -> (ValueRef) t.meaning())
                    .filter(v -> columns.stream().anyMatch(c -> Mentions.column(c).name().equals(v.column().name())))
                    .toList();
            if (!matching.isEmpty()) {
                consumed[valueAt] = true;
                conditionOnValues(valueMention, matching);
                return;
            }
        }
        if (valuePiece instanceof Mention && Mentions.namesOtherTable(columnMention, table)) {
            // "products in category Electronics": a value of the other table, so a join, not this key column.
            unusable.add(columnMention);
            return;
        }
        int end = positions.valueEnd(valueAt, consumed);
        for (int i = valueAt; i <= end; i++) {
            consumed[i] = true;
        }
        if (columns.size() > 1) {
            clarify(clarifier.column(table, columnMention, columns.stream().map(Mentions::column).toList()));
            return;
        }
        ColumnInfo column = use(columnMention, columns);
        if (valuePiece instanceof Literal literal) {
            addCondition(column, literal.value(), literal.number());
        } else {
            addCondition(column, positions.textOf(valueAt, end), null);
        }
    }

    private void conditionFromValue(int index, Mention mention, List<Term> values) {
        conditionOnValues(mention, values.stream().map(t -> (ValueRef) t.meaning()).toList());
        // "customers in Texas state": the column's own name after its value adds nothing.
        int next = index + 1;
        if (next < pieces.size() && pieces.get(next) instanceof Mention after && !conditions.isEmpty()) {
            String column = conditions.get(conditions.size() - 1).column();
            boolean sameColumn = Mentions.columns(after, table).stream()
                    .anyMatch(t -> Mentions.column(t).name().equals(column));
            if (sameColumn && Mentions.subjects(after, table).isEmpty()) {
                consumed[next] = true;
            }
        }
    }

    private void conditionOnValues(Piece piece, List<ValueRef> values) {
        long columns = values.stream().map(v -> v.column().name()).distinct().count();
        if (columns > 1) {
            clarify(clarifier.value(table, piece, values));
            return;
        }
        ValueRef value = values.get(0);
        conditions.add(new Condition(table.qualifiedName(), value.column().name(), Operator.EQ,
                List.of(value.stored())));
    }

    private void onLiteral(int index, Literal literal) {
        if (literal.kind() == LiteralKind.NUMBER && index + 1 < pieces.size()
                && pieces.get(index + 1) instanceof Mention next && !Mentions.subjects(next, table).isEmpty()
                && rank == null && impliedLimit == null && PiecePositions.isRowCount(literal.number())) {
            impliedLimit = literal.number().intValueExact();
            return;
        }
        if (literal.kind() == LiteralKind.QUOTED) {
            List<ValueRef> values = lexicon.valuesEqualTo(literal.value()).stream()
                    .filter(v -> v.belongsTo(table)).toList();
            if (values.isEmpty()) {
                problem = new ReadOutcome(table, lexicon, clarifier).unplacedValue(literal);
            } else {
                conditionOnValues(literal, values);
            }
            return;
        }
        unknown.add(literal);
    }

    private void addCondition(ColumnInfo column, String text, BigDecimal number) {
        LiteralCoercion.Coerced coerced = LiteralCoercion.coerce(text, number, table, column);
        if (!coerced.ok()) {
            setProblem(valueProblem(coerced, column));
            return;
        }
        conditions.add(new Condition(table.qualifiedName(), column.name(), Operator.EQ, List.of(coerced.value())));
    }

    private NotUnderstood valueProblem(LiteralCoercion.Coerced coerced, ColumnInfo column) {
        return new NotUnderstood(coerced.problem(), List.of(),
                "Check the value, or put it in quotes right after its column, for example: "
                        + lexicon.phraseFor(table) + " with " + NameWords.phrase(column.name()) + " \"...\".");
    }

    private void setProblem(NotUnderstood found) {
        if (problem == null) {
            problem = found;
        }
    }

    /** Picks the only column of a mention, keeping track of weak matches; several columns ask the user. */
    private ColumnInfo use(Mention mention, List<Term> columns) {
        if (columns.size() > 1) {
            clarify(clarifier.column(table, mention, columns.stream().map(Mentions::column).toList()));
        }
        Term term = columns.get(0);
        if (term.strength() == Strength.HEAD) {
            headTermsUsed++;
        } else if (term.strength() == Strength.COMMENT && commentColumn == null) {
            commentColumn = Mentions.column(term);
            commentColumnPiece = mention;
        }
        return Mentions.column(term);
    }

    private void clarify(NeedsClarification needed) {
        if (clarification == null) {
            clarification = needed;
        }
    }

    /** "customers with email": a column right after "with", "where" or "whose" must be given a value. */
    private boolean introducesCondition(Mention mention) {
        return Vocabulary.introducesCondition(positions.wordBefore(mention));
    }

}
