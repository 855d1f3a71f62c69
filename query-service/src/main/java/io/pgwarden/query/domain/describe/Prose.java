package io.pgwarden.query.domain.describe;

import java.math.BigDecimal;

/** Values as they appear in an explanation: text in single quotes, shortened, on one line. */
public final class Prose {

    private static final int LONGEST_VALUE = 60;

    private Prose() {
    }

    public static String value(Object value) {
        if (value instanceof Number || value instanceof Boolean) {
            return value instanceof BigDecimal decimal ? decimal.toPlainString() : String.valueOf(value);
        }
        String text = CommentLine.clean(String.valueOf(value));
        if (text.length() > LONGEST_VALUE) {
            text = text.substring(0, LONGEST_VALUE) + "...";
        }
        return "'" + text + "'";
    }
}
