package io.pgwarden.deploy.e2e;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Mutates SQL statements the way an attacker probes a filter: splices of two statements, comments, semicolons and
 * stacked statements in random places, case changes, unicode-escaped identifiers and strings, dollar quotes,
 * whitespace swaps, hostile statements wrapped into legitimate reads. Deterministic for a seed, so a failing run is
 * repeated exactly by giving its seed again.
 */
final class ReadPathMutations {

    private static final List<String> COMMENTS = List.of("/**/", "/* ; */", "-- ;\n", "/* /* nested */ ; */", "--\n",
            "/*'*/", "/*$$*/", "\n", "\t", " ");
    private static final List<String> SEPARATORS = List.of(";", "; ", ";\n", " ; ", ";/**/", "\\;", ";--", "\n;\n");

    private final List<String> hostile;
    private final List<String> legitimate;
    private final Random random;

    ReadPathMutations(List<String> hostile, List<String> legitimate, long seed) {
        this.hostile = hostile;
        this.legitimate = legitimate;
        this.random = new Random(seed);
    }

    /**
     * One mutant: one to three mutations applied to a corpus statement, a legitimate read two times in three, so that
     * enough mutants stay reads the guard accepts and reach the database.
     */
    String next() {
        String sql = random.nextInt(3) > 0 ? pick(legitimate) : pick(hostile);
        int mutations = 1 + random.nextInt(3);
        for (int i = 0; i < mutations; i++) {
            sql = mutate(sql);
        }
        return sql;
    }

    private String mutate(String sql) {
        return switch (random.nextInt(10)) {
            case 0 -> splice(sql, pick(random.nextBoolean() ? hostile : legitimate));
            case 1 -> insertAt(sql, pick(COMMENTS));
            case 2 -> insertAt(sql, pick(SEPARATORS) + (random.nextBoolean() ? pick(hostile) : ""));
            case 3 -> changeCase(sql);
            case 4 -> unicodeEscapeAWord(sql);
            case 5 -> stack(pick(legitimate), pick(hostile));
            case 6 -> wrap(pick(hostile), pick(legitimate));
            case 7 -> dollarQuote(sql);
            case 8 -> swapWhitespace(sql);
            default -> dropACharacter(sql);
        };
    }

    /** The start of one statement up to a random place, then the rest of another from a random place. */
    private String splice(String first, String second) {
        return first.substring(0, random.nextInt(first.length() + 1))
                + second.substring(random.nextInt(second.length() + 1));
    }

    private String insertAt(String sql, String fragment) {
        int at = random.nextInt(sql.length() + 1);
        return sql.substring(0, at) + fragment + sql.substring(at);
    }

    private String changeCase(String sql) {
        StringBuilder changed = new StringBuilder(sql.length());
        for (char c : sql.toCharArray()) {
            changed.append(random.nextInt(3) == 0 ? flipCase(c) : c);
        }
        return changed.toString();
    }

    private static char flipCase(char c) {
        return Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
    }

    /** A word becomes a unicode-escaped identifier or string: DELETE -> U&"\0044\0045LETE". */
    private String unicodeEscapeAWord(String sql) {
        String[] words = sql.split("(?<=\\W)|(?=\\W)");
        int tries = words.length;
        while (tries-- > 0) {
            int index = random.nextInt(words.length);
            String word = words[index];
            if (!word.isEmpty() && Character.isLetter(word.charAt(0))) {
                StringBuilder escaped = new StringBuilder(random.nextBoolean() ? "U&\"" : "U&'");
                char quote = escaped.charAt(2);
                for (char c : word.toCharArray()) {
                    escaped.append(random.nextBoolean() ? String.format(Locale.ROOT, "\\%04x", (int) c)
                            : String.valueOf(c));
                }
                words[index] = escaped.append(quote).toString();
                return String.join("", words);
            }
        }
        return sql;
    }

    private String stack(String read, String hostileStatement) {
        return random.nextBoolean() ? read + pick(SEPARATORS) + hostileStatement
                : hostileStatement + pick(SEPARATORS) + read;
    }

    /** A hostile statement inside a read: as a CTE, a subquery, a UNION branch or a scalar. */
    private String wrap(String hostileStatement, String read) {
        String inner = stripSemicolon(hostileStatement);
        return switch (random.nextInt(4)) {
            case 0 -> "WITH x AS (" + inner + ") " + stripSemicolon(read);
            case 1 -> "SELECT * FROM (" + inner + ") AS x";
            case 2 -> stripSemicolon(read) + " UNION ALL " + inner;
            default -> "SELECT (" + inner + ")";
        };
    }

    private String dollarQuote(String sql) {
        int from = random.nextInt(sql.length() + 1);
        int to = from + random.nextInt(sql.length() - from + 1);
        String tag = random.nextBoolean() ? "$$" : "$q$";
        return sql.substring(0, from) + tag + sql.substring(from, to) + tag + sql.substring(to);
    }

    private String swapWhitespace(String sql) {
        return sql.replace(" ", pick(List.of("\t", "\n", "/**/", "  ", "\r\n", "\u00a0", "\f")));
    }

    private String dropACharacter(String sql) {
        if (sql.isEmpty()) {
            return sql;
        }
        int at = random.nextInt(sql.length());
        return sql.substring(0, at) + sql.substring(at + 1);
    }

    private static String stripSemicolon(String sql) {
        String trimmed = sql.strip();
        return trimmed.endsWith(";") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
