package io.pgwarden.contracts.schema;

/**
 * A CHECK constraint.
 *
 * @param name       constraint name
 * @param definition its text as {@code pg_get_constraintdef} prints it, for example {@code CHECK ((price >= (0)::numeric))}
 */
public record CheckConstraintInfo(String name, String definition) {
}
