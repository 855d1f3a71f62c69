package io.pgwarden.query.domain.sql;

/**
 * LIKE patterns from plain text. The text's own wildcards are escaped, so "100%" matches the characters "100%" and
 * not every value starting with "100". The escape character is '!' rather than a backslash, which SQL parsers and
 * string settings treat differently.
 */
public final class LikePatterns {

    public static final char ESCAPE = '!';

    private LikePatterns() {
    }

    public static String startingWith(String text) {
        return escape(text) + "%";
    }

    public static String endingWith(String text) {
        return "%" + escape(text);
    }

    public static String containing(String text) {
        return "%" + escape(text) + "%";
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 4);
        for (char c : text.toCharArray()) {
            if (c == ESCAPE || c == '%' || c == '_') {
                escaped.append(ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
