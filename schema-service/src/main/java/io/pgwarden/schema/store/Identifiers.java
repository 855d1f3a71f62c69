package io.pgwarden.schema.store;

/** PostgreSQL identifier quoting. */
final class Identifiers {

    private Identifiers() {
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
