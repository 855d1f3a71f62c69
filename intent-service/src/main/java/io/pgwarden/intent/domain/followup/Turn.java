package io.pgwarden.intent.domain.followup;

import io.pgwarden.contracts.intent.Intent;

/**
 * One earlier question of a session and what it was understood as.
 *
 * @param question the question as asked
 * @param intent   the intent it was understood as, or null when it was not understood
 */
public record Turn(String question, Intent intent) {
}
