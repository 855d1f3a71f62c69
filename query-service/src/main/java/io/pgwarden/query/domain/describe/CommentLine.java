package io.pgwarden.query.domain.describe;

/**
 * The one-line comment a statement starts with. It is built from catalog names and parameter numbers only, never
 * from values a user typed, and is still cleaned: a name holding a line break would otherwise end the comment and
 * turn the rest of the line into SQL.
 */
public final class CommentLine {

    private CommentLine() {
    }

    public static String of(String description) {
        return "-- " + clean(description);
    }

    /** Line breaks and other control characters become spaces; block-comment markers are removed. */
    public static String clean(String text) {
        StringBuilder cleaned = new StringBuilder(text.length());
        text.codePoints().forEach(c -> cleaned.appendCodePoint(breaksLine(c) ? ' ' : c));
        String result = cleaned.toString();
        while (result.contains("/*") || result.contains("*/")) {
            result = result.replace("/*", "").replace("*/", "");
        }
        return result.replaceAll(" {2,}", " ").strip();
    }

    private static boolean breaksLine(int c) {
        return Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || c == 0x85;
    }
}
