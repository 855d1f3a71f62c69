package io.pgwarden.intent.domain.reading;

import io.pgwarden.intent.domain.text.Token;
import io.pgwarden.intent.domain.text.TokenKind;
import io.pgwarden.intent.domain.text.Vocabulary;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Finds cue phrases ("how many", "top 5", "sorted by", "at least", "average") at a position of a question. */
final class CueMatcher {

    /** A cue found: its kind, how many tokens it covers, and the row count of top/bottom/first. */
    record CueMatch(CueKind kind, int length, Integer number) {
    }

    /** One phrase: words separated by spaces, alternatives by "|", "#" for a row count. */
    private record CuePattern(CueKind kind, List<Set<String>> words) {

        static CuePattern of(CueKind kind, String phrase) {
            return new CuePattern(kind, Arrays.stream(phrase.split(" "))
                    .map(alternatives -> Set.of(alternatives.split("\\|"))).toList());
        }
    }

    private static final String NUMBER = "#";

    private static final List<CuePattern> PATTERNS = List.of(
            CuePattern.of(CueKind.COUNT, "how many"),
            CuePattern.of(CueKind.COUNT, "total number of"),
            CuePattern.of(CueKind.COUNT, "number of"),
            CuePattern.of(CueKind.COUNT, "count of"),
            CuePattern.of(CueKind.COUNT, "count"),
            CuePattern.of(CueKind.TOP, "top #"),
            CuePattern.of(CueKind.BOTTOM, "bottom #"),
            CuePattern.of(CueKind.FIRST, "first #"),
            CuePattern.of(CueKind.ORDER_BY, "order|ordered|sort|sorted|rank|ranked|arrange|arranged by|on"),
            CuePattern.of(CueKind.BY, "by"),
            CuePattern.of(CueKind.ASCENDING, "asc|ascending"),
            CuePattern.of(CueKind.ASCENDING, "in ascending order"),
            CuePattern.of(CueKind.ASCENDING, "lowest|smallest|least|fewest|oldest|earliest first"),
            CuePattern.of(CueKind.ASCENDING, "from lowest|smallest to highest|largest"),
            CuePattern.of(CueKind.DESCENDING, "desc|descending"),
            CuePattern.of(CueKind.DESCENDING, "in descending order"),
            CuePattern.of(CueKind.DESCENDING, "highest|largest|biggest|most|newest|latest first"),
            CuePattern.of(CueKind.DESCENDING, "from highest|largest to lowest|smallest"),
            CuePattern.of(CueKind.OR, "or"),
            CuePattern.of(CueKind.GREATER, "over|above|exceeding|>"),
            CuePattern.of(CueKind.GREATER, "more|greater|higher|larger|bigger than"),
            CuePattern.of(CueKind.AT_LEAST, "at least"),
            CuePattern.of(CueKind.AT_LEAST, ">="),
            CuePattern.of(CueKind.AT_LEAST, "greater|more than or equal to"),
            CuePattern.of(CueKind.AT_LEAST, "no less|fewer than"),
            CuePattern.of(CueKind.LESS, "under|below|<"),
            CuePattern.of(CueKind.LESS, "less|fewer|lower|smaller than"),
            CuePattern.of(CueKind.AT_MOST, "at most"),
            CuePattern.of(CueKind.AT_MOST, "<="),
            CuePattern.of(CueKind.AT_MOST, "less|fewer than or equal to"),
            CuePattern.of(CueKind.AT_MOST, "no more|greater than"),
            CuePattern.of(CueKind.BETWEEN, "between"),
            CuePattern.of(CueKind.AVERAGE, "average|avg|mean"),
            CuePattern.of(CueKind.SUM, "sum|total"),
            CuePattern.of(CueKind.MAXIMUM, "maximum|max|highest|largest|biggest"),
            CuePattern.of(CueKind.MINIMUM, "minimum|min|lowest|smallest"),
            CuePattern.of(CueKind.PER, "per"),
            CuePattern.of(CueKind.PER, "for each|every"),
            CuePattern.of(CueKind.STARTS_WITH, "starts|start|starting|begins|begin|beginning with"),
            CuePattern.of(CueKind.STARTS_WITH, "starting|beginning"),
            CuePattern.of(CueKind.ENDS_WITH, "ends|end|ending with|in"),
            CuePattern.of(CueKind.CONTAINS, "contains|containing|contain|includes|including|include"),
            CuePattern.of(CueKind.CONTAINS, "like"),
            CuePattern.of(CueKind.WITHOUT, "without"),
            CuePattern.of(CueKind.WITHOUT, "with|has|have|having no"),
            CuePattern.of(CueKind.WITHOUT, "missing|lacking"),
            CuePattern.of(CueKind.HAVE, "has|have|having"),
            CuePattern.of(CueKind.DISTINCT, "distinct|different|unique"),
            CuePattern.of(CueKind.MOST, "most"),
            CuePattern.of(CueKind.MOST, "the most|largest|highest|biggest|greatest number of"),
            CuePattern.of(CueKind.FEWEST, "fewest|least"),
            CuePattern.of(CueKind.FEWEST, "the fewest|least|smallest|lowest number of"),
            CuePattern.of(CueKind.PERCENT, "percentage|percent|share|proportion|fraction|ratio of"),
            CuePattern.of(CueKind.PERCENT, "percentage|percent|share|proportion|fraction"),
            CuePattern.of(CueKind.PRICIEST, "most expensive|costly"),
            CuePattern.of(CueKind.PRICIEST, "priciest|dearest"),
            CuePattern.of(CueKind.PRICIEST, "highest priced"),
            CuePattern.of(CueKind.CHEAPEST, "cheapest"),
            CuePattern.of(CueKind.CHEAPEST, "least expensive|costly"),
            CuePattern.of(CueKind.CHEAPEST, "lowest priced"),
            CuePattern.of(CueKind.LONGEST, "longest"),
            CuePattern.of(CueKind.SHORTEST, "shortest"),
            CuePattern.of(CueKind.NEWEST, "newest|latest"),
            CuePattern.of(CueKind.NEWEST, "most recent"),
            CuePattern.of(CueKind.OLDEST, "oldest|earliest"),
            CuePattern.of(CueKind.NOT, "not|never"));

    private CueMatcher() {
    }

    static Optional<CueMatch> at(List<Token> tokens, int from) {
        CueMatch best = null;
        for (CuePattern pattern : PATTERNS) {
            CueMatch match = match(pattern, tokens, from);
            if (match != null && (best == null || match.length() > best.length())) {
                best = match;
            }
        }
        return Optional.ofNullable(best);
    }

    private static CueMatch match(CuePattern pattern, List<Token> tokens, int from) {
        Integer number = null;
        List<Set<String>> words = pattern.words();
        if (from + words.size() > tokens.size()) {
            return null;
        }
        for (int i = 0; i < words.size(); i++) {
            Token token = tokens.get(from + i);
            Set<String> expected = words.get(i);
            if (expected.contains(NUMBER)) {
                number = rowCount(token);
                if (number == null) {
                    return null;
                }
            } else if (token.kind() != TokenKind.WORD && token.kind() != TokenKind.SYMBOL
                    || !expected.contains(token.key())) {
                return null;
            }
        }
        return new CueMatch(pattern.kind(), words.size(), number);
    }

    /** A positive whole number, typed as digits or spelled ("five"). */
    static Integer rowCount(Token token) {
        if (token.kind() == TokenKind.WORD) {
            return Vocabulary.numberWord(token.key());
        }
        if (token.kind() != TokenKind.NUMBER) {
            return null;
        }
        BigDecimal value = token.number();
        boolean whole = value.signum() > 0 && value.stripTrailingZeros().scale() <= 0
                && value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0;
        return whole ? value.intValueExact() : null;
    }
}
