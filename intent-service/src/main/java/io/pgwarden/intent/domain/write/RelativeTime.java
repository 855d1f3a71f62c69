package io.pgwarden.intent.domain.write;

import io.pgwarden.contracts.event.ClarificationNeeded.ClarificationOption;
import io.pgwarden.contracts.intent.Condition;
import io.pgwarden.contracts.intent.Operator;
import io.pgwarden.contracts.schema.ColumnInfo;
import io.pgwarden.contracts.schema.TableInfo;
import io.pgwarden.intent.domain.Understanding;
import io.pgwarden.intent.domain.Understanding.NotUnderstood;
import io.pgwarden.intent.domain.lexicon.Meaning.ColumnRef;
import io.pgwarden.intent.domain.lexicon.Strength;
import io.pgwarden.intent.domain.reading.Piece;
import io.pgwarden.intent.domain.text.NameWords;
import io.pgwarden.intent.domain.text.Vocabulary;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Time filters of a write ("older than 6 months", "in the last 7 days", "last month", "before 2024-01-01"), as the
 * question reader found them. Unlike a read, a write gets fixed dates computed when the question is understood, not
 * bounds relative to the day it runs: the rows impact analysis counts and a person approves are then the rows the
 * statement changes, however long the approval takes.
 */
final class RelativeTime {

    /** A time piece of the question, and the column named just before it, if any. */
    record Phrase(int from, int to, List<Piece.TimeTest> tests, int columnPiece) {
    }

    /** The result: the conditions, or the answer to give instead (a clarification or a failure). */
    record Grounded(List<Condition> conditions, Understanding answer) {
    }

    private RelativeTime() {
    }

    /** The first time expression of the body not yet taken, or null. */
    static Phrase find(WriteBody body) {
        for (int i = body.from(); i < body.end(); i++) {
            if (!body.used(i) && body.piece(i) instanceof Piece.Time time) {
                return new Phrase(i, i + 1, time.tests(), columnBefore(body, i));
            }
        }
        return null;
    }

    /** The condition of a phrase on {@code table}: the date column named, the only one, or the obvious one. */
    static Grounded ground(WriteBody body, Phrase phrase, TableInfo table, LocalDate today) {
        List<ColumnInfo> temporal = table.columns().stream().filter(ColumnInfo::isTemporal).toList();
        ColumnInfo column = null;
        if (phrase.columnPiece() >= 0) {
            // Only a column's own name or the head of it: "orders" is no date column because a comment says
            // "orders".
            column = WriteBody.terms(body.piece(phrase.columnPiece()), ColumnRef.class).stream()
                    .filter(t -> t.strength() == Strength.NAME || t.strength() == Strength.HEAD)
                    .map(t -> ((ColumnRef) t.meaning())).filter(c -> c.belongsTo(table) && c.column().isTemporal())
                    .map(ColumnRef::column).findFirst().orElse(null);
            if (column != null) {
                body.use(phrase.columnPiece());
            }
        }
        if (column == null && temporal.isEmpty()) {
            return new Grounded(null, new NotUnderstood("'" + body.text(phrase.from(), phrase.to()) + "' needs a date"
                    + " column, and " + table.name() + " has none.", List.of(), "Filter " + table.name()
                            + " by one of its own columns instead."));
        }
        if (column == null) {
            List<ColumnInfo> obvious = temporal.size() == 1 ? temporal : obvious(table, temporal);
            if (obvious.size() != 1) {
                List<ClarificationOption> options = new ArrayList<>();
                for (ColumnInfo candidate : temporal) {
                    options.add(new ClarificationOption(table.name() + "." + candidate.name(), body.replace(
                            phrase.from(), phrase.to(), "whose " + NameWords.phrase(candidate.name()) + " is "
                                    + body.text(phrase.from(), phrase.to()))));
                }
                return new Grounded(null, WriteBody.clarification("'" + body.text(phrase.from(), phrase.to())
                        + "' could compare more than one date column of " + table.name() + ": "
                        + String.join(", ", temporal.stream().map(ColumnInfo::name).toList()) + ".", options));
            }
            column = obvious.get(0);
        }
        body.use(phrase.from(), phrase.to());
        List<Condition> conditions = new ArrayList<>();
        for (Piece.TimeTest test : phrase.tests()) {
            Condition condition = absolute(test, table, column, today);
            if (condition == null) {
                return new Grounded(null, new NotUnderstood("I could not turn '" + body.text(phrase.from(),
                        phrase.to()) + "' into a date for a change.", List.of(), "Give a date, for example: before"
                                + " 2024-01-01."));
            }
            conditions.add(condition);
        }
        return new Grounded(conditions, null);
    }

    /**
     * The test with its bound computed from today: "older than 6 months" is {@code < today - 6 months}, "last 7
     * days" {@code >= today - 7 days}, "last month" the first to the last day of that calendar month.
     */
    private static Condition absolute(Piece.TimeTest test, TableInfo table, ColumnInfo column, LocalDate today) {
        List<Object> values = test.values();
        return switch (test.operator()) {
            case OLDER_THAN -> at(table, column, Operator.LT, minus(today, values));
            case WITHIN_LAST -> at(table, column, Operator.GE, minus(today, values));
            case IN_PERIOD -> {
                LocalDate start = periodStart(today, String.valueOf(values.get(0)),
                        Integer.parseInt(String.valueOf(values.get(1))));
                LocalDate end = start == null ? null : plus(start, 1, String.valueOf(values.get(0)));
                yield start == null ? null : new Condition(table.qualifiedName(), column.name(), Operator.BETWEEN,
                        List.of(value(start, column), value(end.minusDays(1), column)));
            }
            case LT, LE, GT, GE, EQ -> {
                try {
                    yield at(table, column, test.operator(), LocalDate.parse(String.valueOf(values.get(0))));
                } catch (DateTimeParseException e) {
                    yield null;
                }
            }
            default -> null;
        };
    }

    private static Condition at(TableInfo table, ColumnInfo column, Operator operator, LocalDate date) {
        return date == null ? null : new Condition(table.qualifiedName(), column.name(), operator,
                List.of(value(date, column)));
    }

    private static LocalDate minus(LocalDate today, List<Object> values) {
        try {
            int amount = new java.math.BigDecimal(String.valueOf(values.get(0))).intValueExact();
            return plus(today, -amount, String.valueOf(values.get(1)));
        } catch (ArithmeticException | NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate plus(LocalDate date, int amount, String unit) {
        return switch (unit) {
            case "day" -> date.plusDays(amount);
            case "week" -> date.plusWeeks(amount);
            case "month" -> date.plusMonths(amount);
            case "quarter" -> date.plusMonths(3L * amount);
            case "year" -> date.plusYears(amount);
            default -> null;
        };
    }

    private static LocalDate periodStart(LocalDate today, String unit, int offset) {
        LocalDate start = switch (unit) {
            case "day" -> today;
            case "week" -> today.minusDays(today.getDayOfWeek().getValue() - 1L);
            case "month" -> today.withDayOfMonth(1);
            case "quarter" -> today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
            case "year" -> today.withDayOfYear(1);
            default -> null;
        };
        return start == null ? null : plus(start, offset, unit);
    }

    /** Among several date columns, the one named after the table itself or after creation ("order_date", "created_at"). */
    private static List<ColumnInfo> obvious(TableInfo table, List<ColumnInfo> temporal) {
        List<String> tableWords = NameWords.split(table.name());
        String subject = tableWords.get(tableWords.size() - 1);
        String singular = subject.endsWith("s") ? subject.substring(0, subject.length() - 1) : subject;
        return temporal.stream().filter(c -> {
            List<String> words = NameWords.split(c.name());
            return words.contains(subject) || words.contains(singular) || words.contains("created")
                    || words.contains("creation");
        }).toList();
    }

    /** The mention right before the phrase, past "is" or "was" ("whose order date is older than ..."), or -1. */
    private static int columnBefore(WriteBody body, int at) {
        int i = at - 1;
        while (i >= body.from() && body.piece(i) instanceof Piece.Filler filler && Vocabulary.isConnector(filler.word())) {
            i--;
        }
        return i >= body.from() && !WriteBody.terms(body.piece(i), ColumnRef.class).isEmpty() ? i : -1;
    }

    /** The cutoff as the column holds it: a date, a local date-time, or a point in time (UTC). */
    private static String value(LocalDate cutoff, ColumnInfo column) {
        String type = column.dataType() == null ? "" : column.dataType().toLowerCase(Locale.ROOT);
        if ("date".equals(column.typeCategory())) {
            return cutoff.toString();
        }
        return type.contains("with time zone") || type.equals("timestamptz") ? cutoff + "T00:00:00Z"
                : cutoff + "T00:00";
    }
}
