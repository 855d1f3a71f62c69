package io.pgwarden.sqlguard;

import java.util.Objects;

/**
 * A refusal a user can act on.
 *
 * @param category why, as a stable code for programs
 * @param message  what was wrong and what to do, as a sentence for people
 */
public record Refusal(RefusalCategory category, String message) {

    public Refusal {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(message, "message");
    }
}
