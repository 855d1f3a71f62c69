package io.pgwarden.sqlguard.classify;

import io.pgwarden.sqlguard.lexical.SqlLexer;
import java.util.ArrayList;
import java.util.List;

/** Turns identifiers as JSqlParser keeps them (quotes included) into the names PostgreSQL looks up. */
final class Identifiers {

    private Identifiers() {
    }

    /** {@code "Orders"} becomes {@code Orders}; {@code Orders} becomes {@code orders}. */
    static String normalize(String raw) {
        if (raw.length() >= 2 && raw.startsWith("\"") && raw.endsWith("\"")) {
            return raw.substring(1, raw.length() - 1).replace("\"\"", "\"");
        }
        return SqlLexer.asciiLowerCase(raw);
    }

    /** Splits a dotted name such as {@code pg_catalog."Weird.Name"} into its parts, respecting quotes. */
    static List<String> split(String raw) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == '.' && !quoted) {
                parts.add(part.toString().strip());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString().strip());
        return parts;
    }
}
