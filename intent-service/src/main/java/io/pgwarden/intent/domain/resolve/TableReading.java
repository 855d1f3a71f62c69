package io.pgwarden.intent.domain.resolve;

import io.pgwarden.contracts.intent.Aggregate;
import io.pgwarden.contracts.intent.Condition;
import io.pgwarden.contracts.intent.GroupKey;
import io.pgwarden.contracts.intent.Having;
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
import io.pgwarden.intent.domain.text.Token;
import io.pgwarden.intent.domain.text.TokenKind;
import io.pgwarden.intent.domain.text.NameWords;
import io.pgwarden.intent.domain.text.Vocabulary;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the whole question as being about one table. Every mention must find a role in that table (the table
 * itself, a column, a stored value); the mentions that cannot are {@link #unusable()}, which rules the table out.
 * What is left decides the answer: a draft, or the first clarification or failure met on the way.
 */
final class TableReading {

    private static final Set<String> VALUE_PREPOSITIONS = Set.of("in", "from", "at");
    private static final Set<String> DATE_PARTS = Set.of("year", "quarter", "month", "week", "day");
    /** Words for "the amount of money" of a row: "average order value". */
    private static final Set<String> VALUE_WORDS = Set.of("value", "amount", "size", "worth");
    private static final Set<String> MONEY_WORDS = Set.of("total", "amount", "value", "price", "sum", "revenue",
            "cost", "subtotal");
    private static final Set<String> PRICE_WORDS = Set.of("price", "cost", "fee", "rate", "amount", "total");
    private static final Set<String> LENGTH_WORDS = Set.of("milliseconds", "duration", "length", "seconds",
            "minutes", "runtime", "ms");
    private static final Set<String> PREFERRED_WORDS = Set.of("price", "milliseconds", "duration");
    private static final Set<String> ROW_SUPERLATIVE_BEFORE = Set.of("with", "has", "have", "having");
    private static final Set<String> AGGREGATE_WORDS = Set.of("total", "sum", "average", "mean", "maximum", "max",
            "minimum", "min", "count");

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
    private final Relations relations;
    private boolean distinct;
    private ColumnInfo countDistinctColumn;
    private Cue percentCue;
    private Cue mostCue;
    private String datePart;
    private final List<TableInfo> relatedMentioned = new ArrayList<>();
    private final List<GroupKey> groupKeys = new ArrayList<>();
    private final List<Piece.Time> pendingTimes = new ArrayList<>();
    /** A column named like an aggregate ("total") and asked for as a value: "what is the total of ...". */
    private Mention aggregateWordColumn;
    /** The pieces a "not" negates, each with its cue; removed once the condition they give is negated. */
    private final Map<Integer, Cue> negated = new LinkedHashMap<>();
    /** Comparisons the count or aggregate of each group must meet: "states with more than 10 customers". */
    private final List<Having> having = new ArrayList<>();
    private Cue havingCue;
    /** True when the subject is counted per group with a comparison: "customers with at least 5 orders". */
    private boolean countsPerGroup;
    private int aggregateColumnAt = -1;

    TableReading(Reading reading, Lexicon lexicon, TableInfo table) {
        this.reading = reading;
        this.lexicon = lexicon;
        this.table = table;
        this.pieces = reading.pieces();
        this.consumed = new boolean[pieces.size()];
        this.clarifier = new Clarifier(reading, lexicon);
        this.positions = new PiecePositions(reading, table);
        this.relations = new Relations(lexicon.catalog());
        readGroupCounts();
        readNegations();
        walk();
        finish();
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

    /** True when a column was found only through the last word of its name ("price" for unit_price). */
    boolean usesPartialNames() {
        return headTermsUsed > 0;
    }

    /** True when the question counts this table's rows per group with a comparison ("... with at least 5 orders"). */
    boolean countsPerGroup() {
        return countsPerGroup;
    }

    /** The answer this reading gives; {@code inferred} when no word named the table itself. */
    Resolution outcome(boolean inferred) {
        ReadOutcome outcome = new ReadOutcome(table, lexicon, clarifier);
        if (!unknown.isEmpty()) {
            return outcome.unknownWords(unknown, reading);
        }
        if (problem != null) {
            return new Resolution.Stopped(problem);
        }
        boolean ranked = rank != null || impliedLimit != null && mostCue == null || orderColumn != null;
        if (aggregateCue != null && (count || ranked || !projection.isEmpty() || percentCue != null)) {
            return outcome.aggregateCombined(aggregateCue);
        }
        if ((count || percentCue != null) && (ranked || !projection.isEmpty())) {
            return outcome.countCombined();
        }
        if (perCue != null && !count && aggregateCue == null && percentCue == null) {
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
        Aggregate aggregate = aggregate();
        if (percentCue != null) {
            if (merged.isEmpty()) {
                return outcome.percentWithoutCondition(percentCue);
            }
            aggregate = new Aggregate(Aggregate.Function.PERCENT, null, false, merged);
            merged = List.of();
        }
        List<io.pgwarden.contracts.intent.Ordering> orderBy = new ArrayList<>(ordering());
        if (mostCue != null) {
            orderBy.add(0, io.pgwarden.contracts.intent.Ordering.byAggregate(mostCue.kind() == CueKind.MOST));
        }
        return new Resolution.Resolved(new ReadDraft(table, aggregate, columns, merged, orderBy,
                rank != null ? rank.number() : impliedLimit, Math.max(0.5, Math.round(confidence * 100) / 100.0),
                distinct, groupKeys, having));
    }

    /**
     * What can only be settled once every word has been seen: time expressions with no date column named, the
     * group of a "the most", "how many distinct X", and "which X ..." as a list of distinct values.
     */
    private void finish() {
        for (Piece.Time time : pendingTimes) {
            List<ColumnInfo> best = TemporalColumns.best(table, positions.wordBefore(time));
            if (best.isEmpty()) {
                unusable.add(time);
            } else if (best.size() > 1) {
                clarify(clarifier.timeColumn(table, time, best));
            } else {
                addTimeConditions(best.get(0), time);
            }
        }
        if (datePart != null) {
            List<ColumnInfo> best = TemporalColumns.best(table, null);
            if (best.size() == 1) {
                groupKeys.add(new GroupKey(table.qualifiedName(), best.get(0).name(), datePart));
            } else if (best.isEmpty()) {
                unusable.add(perCue);
            } else {
                clarify(clarifier.column(table, perCue, best));
            }
        }
        if (mostCue != null && groupColumn == null && groupKeys.isEmpty()) {
            List<TableInfo> groups = relatedMentioned.stream().filter(t -> relations.manyToOne(table, t) > 0)
                    .toList();
            if (projection.size() == 1) {
                groupColumn = projection.remove(0);
            } else if (projection.isEmpty() && groups.size() == 1) {
                groupKeys.addAll(keysOf(groups.get(0)));
            } else {
                setProblem(new ReadOutcome(table, lexicon, clarifier).mostWithoutGroup(mostCue));
            }
        }
        if (havingCue != null && groupColumn == null && groupKeys.isEmpty()) {
            // "states with more than 10 customers", "categories whose average price is above 100": the group is
            // the one column asked for, or the one table this table refers to that the question names.
            List<TableInfo> groups = relatedMentioned.stream().filter(t -> relations.manyToOne(table, t) > 0)
                    .toList();
            if (projection.size() == 1) {
                groupColumn = projection.remove(0);
            } else if (projection.isEmpty() && groups.size() == 1) {
                groupKeys.addAll(keysOf(groups.get(0)));
            } else {
                unknown.add(havingCue);
            }
        }
        if (mostCue != null && rank == null && impliedLimit == null) {
            impliedLimit = 1;
        }
        if (count && distinct && projection.size() == 1 && groupColumn == null) {
            countDistinctColumn = projection.remove(0);
            distinct = false;
        }
        boolean listing = !count && aggregateCue == null && percentCue == null && rank == null
                && orderColumn == null && impliedLimit == null;
        boolean oneRowByKey = conditions.stream().anyMatch(c -> c.operator() == Operator.EQ
                && table.primaryKey().equals(List.of(c.column())) && c.table().equals(table.qualifiedName()));
        if (listing && aggregateWordColumn != null && projection.size() == 1 && asksWhich() && !oneRowByKey) {
            // "what is the total of all invoices": the column called total, or the sum of it? Ask.
            clarify(clarifier.aggregateOrColumn(table, aggregateWordColumn, projection.get(0)));
        }
        if (listing && !projection.isEmpty() && asksWhich()) {
            distinct = true;
        }
        if (distinct && !listing) {
            unknown.add(pieces.stream().filter(p -> p instanceof Cue c && c.kind() == CueKind.DISTINCT)
                    .findFirst().orElse(pieces.get(0)));
        }
    }

    /** "which states ...", "what countries ...": the question asks for values, each once. */
    private boolean asksWhich() {
        String first = reading.tokens().get(0).key();
        return first.equals("which") || first.equals("what");
    }

    /** The group keys of a linked table: its key, then the columns that name its rows. */
    private static List<GroupKey> keysOf(TableInfo other) {
        List<GroupKey> keys = new ArrayList<>();
        for (String key : other.primaryKey()) {
            keys.add(new GroupKey(other.qualifiedName(), key, null));
        }
        for (ColumnInfo column : other.columns()) {
            boolean label = column.isText() && NameWords.split(column.name()).stream()
                    .anyMatch(w -> w.endsWith("name") || w.equals("title") || w.equals("label"));
            if (label && !other.primaryKey().contains(column.name())) {
                keys.add(new GroupKey(other.qualifiedName(), column.name(), null));
            }
        }
        return keys;
    }

    private void addTimeConditions(ColumnInfo column, Piece.Time time) {
        for (Piece.TimeTest test : time.tests()) {
            conditions.add(new Condition(table.qualifiedName(), column.name(), test.operator(), test.values()));
        }
    }

    private Aggregate aggregate() {
        if (count && countDistinctColumn != null) {
            return new Aggregate(Aggregate.Function.COUNT, countDistinctColumn.name(), true, List.of());
        }
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
            boolean[] before = consumed.clone();
            int conditionsBefore = conditions.size();
            step(i);
            negateWhatWasRead(i, before, conditionsBefore);
        }
        // A "not" whose value gave no single condition (a column to show, a grouping) is not understood.
        negated.values().stream().distinct().forEach(unknown::add);
    }

    /**
     * The condition just read came from a negated piece ("not in Texas", "category is not Books", "are not
     * shipped"): it is turned around. Anything else read from a negated piece leaves its "not" not understood.
     */
    private void negateWhatWasRead(int index, boolean[] before, int conditionsBefore) {
        for (Integer at : List.copyOf(negated.keySet())) {
            boolean read = at == index || consumed[at] && !before[at];
            if (!read) {
                continue;
            }
            Condition opposite = conditions.size() == conditionsBefore + 1
                    ? opposite(conditions.get(conditions.size() - 1)) : null;
            if (opposite != null) {
                conditions.set(conditions.size() - 1, opposite);
                negated.remove(at);
            }
            return;
        }
    }

    private static Condition opposite(Condition condition) {
        Operator operator = switch (condition.operator()) {
            case EQ -> Operator.NE;
            case IN -> Operator.NOT_IN;
            case IS_NULL -> Operator.IS_NOT_NULL;
            case IS_NOT_NULL -> Operator.IS_NULL;
            default -> null;
        };
        return operator == null ? null : new Condition(condition.table(), condition.column(), operator,
                condition.values(), condition.via());
    }

    /**
     * "not" and "never" before a value ("customers not in Texas or Ohio") negate the condition that value gives;
     * before the name of a linked table, or a verb made from it ("products never ordered"), no linked row may
     * exist. Read before the walk, so that a column before "is not" still finds its value.
     */
    private void readNegations() {
        for (int i = 0; i < pieces.size(); i++) {
            if (!(pieces.get(i) instanceof Cue cue) || cue.kind() != CueKind.NOT || consumed[i]) {
                continue;
            }
            int at = reading.nextNonFiller(i);
            if (at < 0 || consumed[at]) {
                continue;
            }
            TableInfo absent = linkedTableNamed(pieces.get(at));
            if (absent != null) {
                consumed[i] = true;
                consumed[at] = true;
                conditions.add(new Condition(absent.qualifiedName(), null, Operator.NOT_EXISTS, List.of()));
                continue;
            }
            if (!(pieces.get(at) instanceof Mention) && !(pieces.get(at) instanceof Literal)) {
                continue;
            }
            consumed[i] = true;
            negated.put(at, cue);
            // "not in Texas or Ohio": each value joined by "or" is negated too, and they become one NOT IN.
            int next = reading.nextNonFiller(at);
            while (next >= 0 && pieces.get(next) instanceof Cue or && or.kind() == CueKind.OR) {
                int value = reading.nextNonFiller(next);
                if (value < 0 || !(pieces.get(value) instanceof Mention)) {
                    break;
                }
                negated.put(value, cue);
                next = reading.nextNonFiller(value);
            }
        }
    }

    /**
     * A table linked to this one, named outright ("orders") or by a verb made from its name ("ordered"), when the
     * piece means nothing else here; null otherwise.
     */
    private TableInfo linkedTableNamed(Piece piece) {
        TableInfo other = null;
        if (piece instanceof Mention mention && !Mentions.hasValues(mention)
                && Mentions.subjects(mention, table).isEmpty()) {
            other = Mentions.otherTableNamed(mention, table);
        }
        // "ordered" may also be a comment word ("Units ordered."): a guess that the verb's table outranks.
        boolean verbOnly = piece instanceof Unknown || piece instanceof Mention mention
                && mention.terms().stream().allMatch(t -> t.strength() == Strength.COMMENT);
        String verb = piece.text().toLowerCase();
        if (other == null && verbOnly && verb.endsWith("ed") && verb.matches("[a-z]+")) {
            for (String stem : List.of(verb.substring(0, verb.length() - 2), verb.substring(0, verb.length() - 1))) {
                if (stem.length() < 3) {
                    continue;
                }
                Token token = new Token(TokenKind.WORD, stem, stem, 0, stem.length());
                other = lexicon.longestMatch(List.of(token), 0)
                        .map(match -> new Mention(piece.span(), match))
                        .map(mention -> Mentions.otherTableNamed(mention, table)).orElse(null);
                if (other != null) {
                    break;
                }
            }
        }
        return other != null && relations.distance(table, other) > 0 ? other : null;
    }

    /**
     * "states with more than 10 customers", "artists with at least 5 albums": a comparison and a number right
     * before this table's name count its rows per group and keep the groups whose count compares so.
     */
    private void readGroupCounts() {
        for (int i = 0; i < pieces.size(); i++) {
            if (!(pieces.get(i) instanceof Cue cue) || !cue.kind().isComparison()) {
                continue;
            }
            int wanted = cue.kind() == CueKind.BETWEEN ? 2 : 1;
            int next = i + 1;
            List<Literal> numbers = new ArrayList<>();
            while (numbers.size() < wanted && next < pieces.size() && pieces.get(next) instanceof Literal literal
                    && literal.kind() == LiteralKind.NUMBER) {
                numbers.add(literal);
                next++;
                if (numbers.size() < wanted && next < pieces.size() && pieces.get(next) instanceof Filler and
                        && and.word().equals("and")) {
                    next++;
                }
            }
            if (numbers.size() < wanted || next >= pieces.size() || !(pieces.get(next) instanceof Mention mention)
                    || Mentions.subjects(mention, table).isEmpty() || havingCue != null) {
                continue;
            }
            List<Object> values = new ArrayList<>();
            for (Literal number : numbers) {
                if (number.number().signum() < 0 || number.number().stripTrailingZeros().scale() > 0) {
                    setProblem(new NotUnderstood("'" + cue.text() + " " + number.text() + "' counts "
                            + lexicon.phraseFor(table) + ", and a count is a whole number.", List.of(number.text()),
                            "Use a whole number, for example: with more than 10 " + lexicon.phraseFor(table) + "."));
                    return;
                }
                values.add(number.number().longValueExact());
            }
            for (int j = i; j <= next; j++) {
                consumed[j] = true;
            }
            noteSubject(mention, Mentions.subjects(mention, table));
            count = true;
            countsPerGroup = true;
            havingCue = cue;
            having.add(new Having(operator(cue.kind()), values));
        }
    }

    /**
     * "categories whose average price is above 100": a comparison right after the aggregate's column keeps the
     * groups whose aggregate compares so.
     */
    private boolean takeHaving(int index, Cue cue) {
        if (aggregateCue == null || havingCue != null || aggregateColumnAt < 0
                || reading.previousNonFiller(index) != aggregateColumnAt) {
            return false;
        }
        List<Literal> operands = operandsAfter(index, cue.kind() == CueKind.BETWEEN ? 2 : 1);
        if (operands.isEmpty()) {
            return false;
        }
        consumed[index] = true;
        havingCue = cue;
        having.add(new Having(operator(cue.kind()), operands.stream().map(l -> (Object) l.number()).toList()));
        return true;
    }

    private void step(int i) {
        Piece piece = pieces.get(i);
        if (piece instanceof Cue cue) {
            onCue(i, cue);
        } else if (piece instanceof Mention mention) {
            onMention(i, mention);
        } else if (piece instanceof Literal literal) {
            onLiteral(i, literal);
        } else if (piece instanceof Piece.Time time) {
            pendingTimes.add(time);
        } else if (piece instanceof Unknown) {
            unknown.add(piece);
        } else if (piece instanceof Filler filler) {
            onFiller(filler);
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
                if (valueFollows(index)) {
                    consumed[index] = true;
                } else if (rank != null) {
                    takeOrderColumn(index);
                } else if (count || aggregateCue != null) {
                    takeGroupColumn(index, cue);
                } else {
                    unknown.add(cue);
                }
            }
            case PER -> takeGroupColumn(index, cue);
            case AVERAGE, SUM, MAXIMUM, MINIMUM -> takeAggregate(index, cue);
            case GREATER, AT_LEAST, LESS, AT_MOST, BETWEEN -> {
                if (!takeHaving(index, cue)) {
                    unknown.add(cue);
                }
            }
            case NOT -> unknown.add(cue);
            case ORDER_BY -> takeOrderColumn(index);
            case ASCENDING, DESCENDING -> unknown.add(cue);
            case OR -> sawOr = true;
            case STARTS_WITH, CONTAINS, ENDS_WITH -> unknown.add(cue);
            case WITHOUT -> takeMissing(index, cue);
            case HAVE -> takeHave(index);
            case DISTINCT -> distinct = true;
            case MOST, FEWEST -> takeMost(index, cue);
            case PERCENT -> {
                if (percentCue != null || count || aggregateCue != null) {
                    unknown.add(cue);
                } else {
                    percentCue = cue;
                }
            }
            case PRICIEST, CHEAPEST, LONGEST, SHORTEST, NEWEST, OLDEST -> takeAdjective(cue);
        }
    }

    /** "albums by Iron Maiden": "by" before a stored value is a filter, not a ranking. */
    private boolean valueFollows(int index) {
        int at = reading.nextNonFiller(index);
        return at >= 0 && pieces.get(at) instanceof Mention mention && Mentions.hasValues(mention)
                && Mentions.columns(mention, table).isEmpty() && Mentions.subjects(mention, table).isEmpty()
                && !Mentions.namesOtherTable(mention, table);
    }

    /** "customers without a phone", "orders with no shipped date": the column has no value. */
    private void takeMissing(int index, Cue cue) {
        int at = reading.nextNonFiller(index);
        if (at < 0 || !(pieces.get(at) instanceof Mention mention)) {
            unknown.add(cue);
            return;
        }
        List<Term> columns = Mentions.columns(mention, table);
        if (columns.isEmpty() || Mentions.namesOtherTable(mention, table)) {
            // "customers without orders": no linked row of the other table (NOT EXISTS over the link).
            TableInfo absent = linkedTableNamed(mention);
            if (absent == null) {
                unknown.add(cue);
                return;
            }
            consumed[at] = true;
            conditions.add(new Condition(absent.qualifiedName(), null, Operator.NOT_EXISTS, List.of()));
            return;
        }
        consumed[at] = true;
        ColumnInfo column = use(mention, columns);
        conditions.add(new Condition(table.qualifiedName(), column.name(), Operator.IS_NULL, List.of()));
    }

    /**
     * "customers that have a phone": a column with nothing compared after it must have a value. Otherwise "has"
     * only links the subject to what follows ("tracks that have unit price 1.99", "has the most").
     */
    private void takeHave(int index) {
        int at = reading.nextNonFiller(index);
        if (at < 0 || consumed[at] || !(pieces.get(at) instanceof Mention mention)
                || !Mentions.subjects(mention, table).isEmpty()) {
            return;
        }
        List<Term> columns = Mentions.columns(mention, table);
        if (columns.isEmpty() || Mentions.namesOtherTable(mention, table) || positions.valueAfter(at, consumed) >= 0
                || positions.comparisonAfter(at, consumed) >= 0 || positions.textMatchAfter(at, consumed) >= 0
                || positions.timeAfter(at, consumed) >= 0) {
            return;
        }
        consumed[at] = true;
        ColumnInfo column = use(mention, columns);
        conditions.add(new Condition(table.qualifiedName(), column.name(), Operator.IS_NOT_NULL, List.of()));
    }

    /** "which state has the most customers": count this table's rows per group, the largest first, one row. */
    private void takeMost(int index, Cue cue) {
        int at = reading.nextNonFiller(index);
        if (mostCue != null || count || aggregateCue != null || at < 0
                || !(pieces.get(at) instanceof Mention mention)) {
            unknown.add(cue);
            return;
        }
        List<Term> subjects = Mentions.subjects(mention, table);
        consumed[at] = true;
        if (subjects.isEmpty()) {
            // "the most tracks" while reading albums: counting another table per row is not read yet.
            unusable.add(mention);
            return;
        }
        noteSubject(mention, subjects);
        mostCue = cue;
        count = true;
    }

    /** "the most expensive product", "the longest track", "the newest customer": one row by an implied column. */
    private void takeAdjective(Cue cue) {
        if (orderColumn != null || rank != null) {
            unknown.add(cue);
            return;
        }
        List<ColumnInfo> candidates = switch (cue.kind()) {
            case PRICIEST, CHEAPEST -> numericColumnsNamed(PRICE_WORDS);
            case LONGEST, SHORTEST -> numericColumnsNamed(LENGTH_WORDS);
            default -> TemporalColumns.best(table, null);
        };
        if (candidates.size() != 1) {
            setProblem(new ReadOutcome(table, lexicon, clarifier).noImpliedColumn(cue, candidates));
            return;
        }
        orderColumn = candidates.get(0);
        descending = cue.kind() == CueKind.PRICIEST || cue.kind() == CueKind.LONGEST || cue.kind() == CueKind.NEWEST;
        if (impliedLimit == null) {
            impliedLimit = 1;
        }
    }

    /** Numeric, non-key columns with one of {@code words} in their names; the best-named only. */
    private List<ColumnInfo> numericColumnsNamed(Set<String> words) {
        List<ColumnInfo> found = new ArrayList<>();
        for (ColumnInfo column : table.columns()) {
            boolean key = table.primaryKey().contains(column.name()) || Relations.keyOn(table, column.name()) != null;
            if (!key && column.isNumber() && NameWords.split(column.name()).stream().anyMatch(words::contains)) {
                found.add(column);
            }
        }
        if (found.size() > 1) {
            // A column named for the thing itself wins: "unit_price" over "total", "milliseconds" over "length".
            List<ColumnInfo> preferred = found.stream().filter(c -> NameWords.split(c.name()).stream()
                    .anyMatch(PREFERRED_WORDS::contains)).toList();
            if (preferred.size() == 1) {
                return preferred;
            }
        }
        return found;
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
        at = skipOwnName(at);
        if (at >= 0 && pieces.get(at) instanceof Unknown word && VALUE_WORDS.contains(word.word().toLowerCase())) {
            List<ColumnInfo> money = numericColumnsNamed(MONEY_WORDS);
            if (money.size() == 1 && !count && aggregateCue == null) {
                consumed[at] = true;
                aggregateCue = cue;
                aggregateColumn = money.get(0);
                return;
            }
        }
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
        if (extremes && ROW_SUPERLATIVE_BEFORE.contains(positions.wordBefore(cue)) && rank == null
                && orderColumn == null) {
            // "the product with the highest price": the row, not the value.
            orderColumn = column;
            descending = cue.kind() == CueKind.MAXIMUM;
            if (impliedLimit == null) {
                impliedLimit = 1;
            }
            return;
        }
        if (!column.isNumber() && !(extremes && column.isTemporal())) {
            setProblem(new ReadOutcome(table, lexicon, clarifier).notAggregable(cue, column));
            return;
        }
        aggregateCue = cue;
        aggregateColumn = column;
        aggregateColumnAt = at;
    }

    /**
     * "average order value", "average invoice total": the table's own name between an aggregate word and its
     * column names the subject; the column is what follows it.
     */
    private int skipOwnName(int at) {
        if (at < 0 || !(pieces.get(at) instanceof Mention mention) || Mentions.subjects(mention, table).isEmpty()) {
            return at;
        }
        Strength subject = Mentions.subjects(mention, table).get(0).strength();
        boolean namesTableRatherThanColumn = Mentions.columns(mention, table).stream()
                .allMatch(t -> subject.isStrongerThan(t.strength()));
        if (!namesTableRatherThanColumn) {
            return at;
        }
        int after = reading.nextNonFiller(at);
        boolean columnOrValueWord = after >= 0 && (pieces.get(after) instanceof Mention next
                && !Mentions.columns(next, table).isEmpty()
                || pieces.get(after) instanceof Unknown word && VALUE_WORDS.contains(word.word().toLowerCase()));
        if (!columnOrValueWord) {
            return at;
        }
        consumed[at] = true;
        noteSubject(mention, Mentions.subjects(mention, table));
        return after;
    }

    /** "per state", "by status": the column a count or aggregate is computed for, one row per value. */
    private void takeGroupColumn(int cueIndex, Cue cue) {
        int at = reading.nextNonFiller(cueIndex);
        if (perCue == null && at >= 0 && !consumed[at] && pieces.get(at) instanceof Unknown word
                && DATE_PARTS.contains(word.word().toLowerCase())) {
            // "per month": a part of the table's date column.
            consumed[at] = true;
            perCue = cue;
            datePart = word.word().toLowerCase();
            return;
        }
        if (perCue != null || at < 0 || consumed[at] || !(pieces.get(at) instanceof Mention mention)) {
            unknown.add(cue);
            return;
        }
        consumed[at] = true;
        List<Term> columns = Mentions.columns(mention, table);
        if (Mentions.namesOtherTable(mention, table)) {
            // "per category": the table the key leads to, by its key and the columns that name its rows.
            TableInfo other = Mentions.otherTableNamed(mention, table);
            if (other != null && relations.manyToOne(table, other) > 0) {
                perCue = cue;
                groupKeys.addAll(keysOf(other));
            } else {
                unusable.add(mention);
            }
            return;
        }
        if (columns.isEmpty()) {
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
        boolean ownColumn = !columns.isEmpty() && !Mentions.namesOtherTable(mention, table);
        int textAt = ownColumn ? positions.textMatchAfter(index, consumed) : -1;
        if (textAt >= 0) {
            matchText(mention, columns, textAt);
            return;
        }
        int timeAt = ownColumn ? positions.timeAfter(index, consumed) : -1;
        if (timeAt >= 0 && columns.stream().anyMatch(t -> Mentions.column(t).isTemporal())) {
            consumed[timeAt] = true;
            List<Term> temporal = columns.stream().filter(t -> Mentions.column(t).isTemporal()).toList();
            addTimeConditions(use(mention, temporal), (Piece.Time) pieces.get(timeAt));
            return;
        }
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
            if (introducesCondition(mention) && positions.articleBefore(mention)) {
                // "employees with a fax": the column must have a value.
                ColumnInfo column = use(mention, columns);
                conditions.add(new Condition(table.qualifiedName(), column.name(), Operator.IS_NOT_NULL,
                        List.of()));
            } else if (introducesCondition(mention)) {
                problem = new ReadOutcome(table, lexicon, clarifier).missingValue(mention, Mentions.column(
                        columns.get(0)));
            } else {
                ColumnInfo column = use(mention, columns);
                if (projection.stream().noneMatch(c -> c.name().equals(column.name()))) {
                    projection.add(column);
                }
                if (AGGREGATE_WORDS.contains(mention.text().toLowerCase()) && column.isNumber()) {
                    aggregateWordColumn = mention;
                }
            }
            return;
        }
        if (joinValue(index, mention) || relatedTable(mention)) {
            return;
        }
        unusable.add(mention);
    }

    /**
     * "orders of customers in Texas", "tracks in the Jazz genre": a value stored in a table linked to this one by
     * foreign keys filters this table's rows through the link. The nearest such table is meant; a following
     * word naming that table ("genre") is part of the phrase.
     */
    private boolean joinValue(int index, Mention mention) {
        TableInfo nearest = null;
        int best = Integer.MAX_VALUE;
        for (Term term : mention.terms()) {
            if (term.meaning() instanceof ValueRef value && !value.belongsTo(table)) {
                int distance = relations.distance(table, value.table());
                if (distance > 0 && distance < best) {
                    best = distance;
                    nearest = value.table();
                }
            }
        }
        if (nearest == null) {
            return false;
        }
        TableInfo other = nearest;
        List<ValueRef> values = mention.terms().stream().filter(t -> t.meaning() instanceof ValueRef v
                && v.belongsTo(other)).map(t -> (ValueRef) t.meaning()).toList();
        if (values.stream().map(v -> v.column().name()).distinct().count() > 1) {
            clarify(clarifier.value(other, mention, values));
        } else {
            conditions.add(new Condition(other.qualifiedName(), values.get(0).column().name(), Operator.EQ,
                    List.of(values.get(0).stored())));
        }
        int next = reading.nextNonFiller(index);
        if (next >= 0 && !consumed[next] && pieces.get(next) instanceof Mention after
                && Mentions.names(after, other) && Mentions.subjects(after, table).isEmpty()) {
            consumed[next] = true;
        }
        return true;
    }

    /** "orders of customers ...": the name of a table linked to this one, said for context. */
    private boolean relatedTable(Mention mention) {
        TableInfo other = Mentions.otherTableNamed(mention, table);
        if (other == null || relations.distance(table, other) < 0) {
            return false;
        }
        relatedMentioned.add(other);
        return true;
    }

    /** "name starts with 'Mar'": the text after the cue, as typed. */
    private void matchText(Mention columnMention, List<Term> columns, int cueAt) {
        Cue cue = (Cue) pieces.get(cueAt);
        consumed[cueAt] = true;
        int valueAt = cueAt + 1;
        if (valueAt >= pieces.size() || consumed[valueAt] || pieces.get(valueAt) instanceof Cue
                || pieces.get(valueAt) instanceof Filler) {
            unknown.add(cue);
            return;
        }
        int end = valueAt;
        if (!(pieces.get(valueAt) instanceof Literal)) {
            // "contains Garden Hose": words run on, whether unknown or stored elsewhere, up to the next cue or filler.
            while (end + 1 < pieces.size() && !consumed[end + 1] && (pieces.get(end + 1) instanceof Unknown
                    || pieces.get(end + 1) instanceof Mention next && Mentions.columns(next, table).isEmpty()
                            && Mentions.subjects(next, table).isEmpty())) {
                end++;
            }
        }
        for (int i = valueAt; i <= end; i++) {
            consumed[i] = true;
        }
        Piece value = pieces.get(valueAt);
        String text = value instanceof Literal literal ? literal.value() : positions.textOf(valueAt, end);
        ColumnInfo column = use(columnMention, columns);
        if (!column.isText()) {
            setProblem(new ReadOutcome(table, lexicon, clarifier).notText(cue, column));
            return;
        }
        Operator operator = switch (cue.kind()) {
            case STARTS_WITH -> Operator.STARTS_WITH;
            case ENDS_WITH -> Operator.ENDS_WITH;
            default -> Operator.CONTAINS;
        };
        conditions.add(new Condition(table.qualifiedName(), column.name(), operator, List.of(text)));
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
            if (throughKey(columnMention, columns, valueAt, valueMention)) {
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

    /**
     * "employees who report to Nancy", "products in category Electronics": a foreign-key column followed by a
     * value of the table it refers to selects through that key.
     */
    private boolean throughKey(Mention columnMention, List<Term> columns, int valueAt, Mention valueMention) {
        for (Term term : columns) {
            ColumnInfo column = Mentions.column(term);
            io.pgwarden.contracts.schema.ForeignKeyInfo key = Relations.keyOn(table, column.name());
            if (key == null) {
                continue;
            }
            List<ValueRef> referenced = valueMention.terms().stream()
                    .filter(t -> t.meaning() instanceof ValueRef v
                            && v.table().qualifiedName().equals(key.referencedTable()))
                    .map(t -> (ValueRef) t.meaning()).toList();
            if (referenced.isEmpty()) {
                continue;
            }
            consumed[valueAt] = true;
            use(columnMention, List.of(term));
            if (referenced.stream().map(v -> v.column().name()).distinct().count() > 1) {
                clarify(clarifier.value(referenced.get(0).table(), valueMention, referenced));
            } else {
                conditions.add(new Condition(key.referencedTable(), referenced.get(0).column().name(), Operator.EQ,
                        List.of(referenced.get(0).stored()), column.name()));
            }
            return true;
        }
        return false;
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
                && pieces.get(index + 1) instanceof Cue next && next.kind().isSuperlativeAdjective()
                && rank == null && impliedLimit == null && PiecePositions.isRowCount(literal.number())) {
            // "the 3 most expensive products"
            impliedLimit = literal.number().intValueExact();
            return;
        }
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
