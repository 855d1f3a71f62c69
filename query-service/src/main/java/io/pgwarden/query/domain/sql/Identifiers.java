package io.pgwarden.query.domain.sql;

import io.pgwarden.query.domain.QueryBuildException;

/**
 * Quotes identifiers. Every schema, table and column name is quoted, whatever it looks like: names come from the
 * catalog but may hold any character, including quotes, spaces and capitals.
 */
public final class Identifiers {

    private Identifiers() {
    }

    public static String quote(String identifier) {
        if (identifier == null || identifier.isEmpty() || identifier.indexOf('\0') >= 0) {
            throw QueryBuildException.invalid("'" + identifier + "' is not a usable name for a table or column.");
        }
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    public static String quote(String schema, String name) {
        return quote(schema) + "." + quote(name);
    }
}
