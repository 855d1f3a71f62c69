package io.pgwarden.sqlguard.functions;

import java.util.Optional;

/**
 * The name PostgreSQL looks up for a function call: unquoted parts folded to lower case, quoted parts exact.
 *
 * @param schema the schema part when the call was written schema-qualified, else empty
 * @param name   the function's own name
 */
public record FunctionName(Optional<String> schema, String name) {

    public static FunctionName unqualified(String name) {
        return new FunctionName(Optional.empty(), name);
    }

    public static FunctionName of(String schema, String name) {
        return new FunctionName(Optional.ofNullable(schema), name);
    }

    /** The name as reported to callers, for example {@code pg_catalog.pg_sleep} or {@code lower}. */
    public String qualifiedName() {
        return schema.map(s -> s + "." + name).orElse(name);
    }

    @Override
    public String toString() {
        return qualifiedName();
    }
}
