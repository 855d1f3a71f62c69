package io.pgwarden.intent.domain.reading;

import io.pgwarden.contracts.intent.Operator;
import io.pgwarden.intent.domain.reading.Piece.TimeTest;
import io.pgwarden.intent.domain.text.Token;
import io.pgwarden.intent.domain.text.TokenKind;
import io.pgwarden.intent.domain.text.Vocabulary;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds time expressions at a position of a question. Calendar years and days become fixed bounds ("in 2024" is
 * from 2024-01-01 up to 2025-01-01); expressions relative to today stay relative (the database computes them from
 * its own CURRENT_DATE), so a question keeps its meaning whenever it is asked.
 */
final class TimeMatcher {

    /** A time expression found: how many tokens it covers and its tests. */
    record TimeMatch(int length, List<TimeTest> tests) {
    }

    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("day", "day"), Map.entry("days", "day"), Map.entry("week", "week"), Map.entry("weeks", "week"),
            Map.entry("month", "month"), Map.entry("months", "month"), Map.entry("quarter", "quarter"),
            Map.entry("quarters", "quarter"), Map.entry("year", "year"), Map.entry("years", "year"));
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11),
            Map.entry("december", 12), Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3),
            Map.entry("apr", 4), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9),
            Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final Set<String> IN = Set.of("in", "during", "from", "for", "of");
    private static final Set<String> LAST = Set.of("last", "past", "previous", "preceding");
    private static final Set<String> THIS = Set.of("this", "current");

    private TimeMatcher() {
    }

    static Optional<TimeMatch> at(List<Token> tokens, int from) {
        String word = key(tokens, from);
        TimeMatch match = switch (word) {
            case "before", "after", "since" -> bound(tokens, from, word);
            case "older" -> olderThan(tokens, from);
            case "today" -> period("day", 0, 1);
            case "yesterday" -> period("day", -1, 1);
            default -> null;
        };
        if (match == null && IN.contains(word)) {
            match = inPeriod(tokens, from);
        }
        if (match == null && (LAST.contains(word) || THIS.contains(word) || word.equals("the")
                || word.equals("within") || word.equals("over"))) {
            match = relative(tokens, from, 0);
        }
        if (match == null && word.equals("more")) {
            match = moreThanAgo(tokens, from);
        }
        return Optional.ofNullable(match);
    }

    /** "in 2024", "during March 2024", "in the last 7 days", "in the previous month". */
    private static TimeMatch inPeriod(List<Token> tokens, int from) {
        Integer year = year(tokens, from + 1);
        if (year != null) {
            return new TimeMatch(2, range(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)));
        }
        Integer month = MONTHS.get(key(tokens, from + 1));
        Integer monthYear = year(tokens, from + 2);
        if (month != null && monthYear != null) {
            LocalDate start = LocalDate.of(monthYear, month, 1);
            return new TimeMatch(3, range(start, start.plusMonths(1)));
        }
        TimeMatch relative = relative(tokens, from + 1, 1);
        return relative;
    }

    /**
     * "last 7 days", "the past 3 months", "within the last year", "last month", "this year"; {@code extra} tokens
     * before {@code from} belong to the match ("in").
     */
    private static TimeMatch relative(List<Token> tokens, int from, int extra) {
        int at = from;
        if (key(tokens, at).equals("within") || key(tokens, at).equals("over")) {
            at++;
        }
        if (key(tokens, at).equals("the")) {
            at++;
        }
        String word = key(tokens, at);
        if (THIS.contains(word)) {
            String unit = UNITS.get(key(tokens, at + 1));
            return unit == null || !isSingular(key(tokens, at + 1)) ? null
                    : period(unit, 0, at + 2 - from + extra);
        }
        if (!LAST.contains(word)) {
            return null;
        }
        Integer amount = amount(tokens, at + 1);
        if (amount != null) {
            String unit = UNITS.get(key(tokens, at + 2));
            return unit == null ? null : new TimeMatch(at + 3 - from + extra,
                    List.of(new TimeTest(Operator.WITHIN_LAST, List.of(amount, unit))));
        }
        String unit = UNITS.get(key(tokens, at + 1));
        if (unit == null || !isSingular(key(tokens, at + 1))) {
            return null;
        }
        return period(unit, -1, at + 2 - from + extra);
    }

    /** "before 2024", "after 2024-06-30", "since 2023": a bound on one side. */
    private static TimeMatch bound(List<Token> tokens, int from, String word) {
        Token next = from + 1 < tokens.size() ? tokens.get(from + 1) : null;
        if (next == null) {
            return null;
        }
        LocalDate start;
        LocalDate afterEnd;
        if (next.kind() == TokenKind.DATE) {
            try {
                start = LocalDate.parse(next.text());
            } catch (DateTimeParseException e) {
                return null;
            }
            afterEnd = start.plusDays(1);
        } else {
            Integer year = year(tokens, from + 1);
            if (year == null) {
                return null;
            }
            start = LocalDate.of(year, 1, 1);
            afterEnd = start.plusYears(1);
        }
        TimeTest test = switch (word) {
            case "before" -> new TimeTest(Operator.LT, List.of(start.toString()));
            case "after" -> new TimeTest(Operator.GE, List.of(afterEnd.toString()));
            default -> new TimeTest(Operator.GE, List.of(start.toString()));
        };
        return new TimeMatch(2, List.of(test));
    }

    /** "older than 6 months". */
    private static TimeMatch olderThan(List<Token> tokens, int from) {
        if (!key(tokens, from + 1).equals("than")) {
            return null;
        }
        Integer amount = amount(tokens, from + 2);
        String unit = UNITS.get(key(tokens, from + 3));
        return amount == null || unit == null ? null
                : new TimeMatch(4, List.of(new TimeTest(Operator.OLDER_THAN, List.of(amount, unit))));
    }

    /** "more than 30 days ago". */
    private static TimeMatch moreThanAgo(List<Token> tokens, int from) {
        if (!key(tokens, from + 1).equals("than") || !key(tokens, from + 4).equals("ago")) {
            return null;
        }
        Integer amount = amount(tokens, from + 2);
        String unit = UNITS.get(key(tokens, from + 3));
        return amount == null || unit == null ? null
                : new TimeMatch(5, List.of(new TimeTest(Operator.OLDER_THAN, List.of(amount, unit))));
    }

    private static TimeMatch period(String unit, int offset, int length) {
        return new TimeMatch(length, List.of(new TimeTest(Operator.IN_PERIOD, List.of(unit, offset))));
    }

    private static List<TimeTest> range(LocalDate start, LocalDate end) {
        return List.of(new TimeTest(Operator.GE, List.of(start.toString())),
                new TimeTest(Operator.LT, List.of(end.toString())));
    }

    /** A calendar year typed as four digits, 1900 to 2199. */
    private static Integer year(List<Token> tokens, int at) {
        if (at >= tokens.size() || tokens.get(at).kind() != TokenKind.NUMBER) {
            return null;
        }
        String digits = tokens.get(at).key();
        if (!digits.matches("(19|20|21)\\d\\d")) {
            return null;
        }
        return Integer.parseInt(digits);
    }

    private static Integer amount(List<Token> tokens, int at) {
        if (at >= tokens.size()) {
            return null;
        }
        Token token = tokens.get(at);
        if (token.kind() == TokenKind.WORD) {
            return Vocabulary.numberWord(token.key());
        }
        return CueMatcher.rowCount(token);
    }

    private static boolean isSingular(String unitWord) {
        return !unitWord.endsWith("s");
    }

    private static String key(List<Token> tokens, int at) {
        if (at >= tokens.size()) {
            return "";
        }
        Token token = tokens.get(at);
        return token.kind() == TokenKind.WORD ? token.key() : "";
    }
}
