package io.pgwarden.sqlguard.lexical;

/** Decodes the body of a PostgreSQL U&amp;"..." identifier or U&amp;'...' string. */
final class UnicodeEscapes {

    private UnicodeEscapes() {
    }

    /**
     * Decodes {@code \XXXX}, {@code \+XXXXXX} and {@code \\} (with {@code escape} in place of the backslash).
     *
     * @throws IllegalArgumentException when an escape is malformed, as PostgreSQL would reject it
     */
    static String decode(String body, char escape) {
        StringBuilder decoded = new StringBuilder(body.length());
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c != escape) {
                decoded.append(c);
                i++;
            } else if (i + 1 < body.length() && body.charAt(i + 1) == escape) {
                decoded.append(escape);
                i += 2;
            } else if (i + 1 < body.length() && body.charAt(i + 1) == '+') {
                decoded.appendCodePoint(hex(body, i + 2, 6));
                i += 8;
            } else {
                decoded.appendCodePoint(hex(body, i + 1, 4));
                i += 5;
            }
        }
        return decoded.toString();
    }

    private static int hex(String body, int from, int digits) {
        if (from + digits > body.length()) {
            throw new IllegalArgumentException("incomplete Unicode escape");
        }
        int codePoint = 0;
        for (int i = from; i < from + digits; i++) {
            int digit = Character.digit(body.charAt(i), 16);
            if (digit < 0) {
                throw new IllegalArgumentException("invalid Unicode escape");
            }
            codePoint = codePoint * 16 + digit;
        }
        if (codePoint == 0 || !Character.isValidCodePoint(codePoint)) {
            throw new IllegalArgumentException("invalid Unicode code point");
        }
        return codePoint;
    }

    static boolean isValidEscapeCharacter(char c) {
        return Character.digit(c, 16) < 0 && c != '+' && c != '\'' && c != '"' && !Character.isWhitespace(c);
    }
}
