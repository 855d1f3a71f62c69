package io.pgwarden.execution.read;

import io.pgwarden.execution.config.ExecutionConfig;
import java.time.Duration;

/**
 * The limits one read runs under (layer 3).
 *
 * @param rowLimit                 at most this many rows are returned
 * @param fetchSize                rows per round trip through the cursor
 * @param statementTimeout         statement_timeout of the read
 * @param lockTimeout              lock_timeout of the read
 * @param idleInTransactionTimeout idle_in_transaction_session_timeout of the read's transaction
 */
public record ReadLimits(int rowLimit, int fetchSize, Duration statementTimeout, Duration lockTimeout,
        Duration idleInTransactionTimeout) {

    public static ReadLimits of(ExecutionConfig config) {
        return new ReadLimits(config.rowLimit(), config.fetchSize(), config.statementTimeout(), config.lockTimeout(),
                config.idleInTransactionTimeout());
    }

    /** The production defaults (PRD: 1000 rows, 30 s). */
    public static ReadLimits defaults() {
        return new ReadLimits(1000, 250, Duration.ofSeconds(30), Duration.ofSeconds(5), Duration.ofSeconds(60));
    }
}
