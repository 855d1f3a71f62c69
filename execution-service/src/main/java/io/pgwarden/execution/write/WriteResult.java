package io.pgwarden.execution.write;

import io.pgwarden.contracts.event.WriteExecuted;

/**
 * @param executed what committed
 * @param repeated true when this approval had already run (a redelivery, another instance): nothing ran now and
 *                 {@code executed} is the first run's recorded result
 */
public record WriteResult(WriteExecuted executed, boolean repeated) {
}
