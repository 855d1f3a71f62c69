package io.pgwarden.execution.write;

import io.pgwarden.contracts.event.WriteExecuted;
import io.pgwarden.execution.targetdb.TargetSchema;
import io.pgwarden.execution.write.ExecutionLedger.TransactionFacts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

/**
 * The one transaction an approved write or a restore runs in, at REPEATABLE READ: claim the ledger row first,
 * set the time limits, do the work, record the result in the ledger, commit. Any error rolls everything back
 * (rollback level 1), ledger row included, so the approval stays runnable; a concurrent change (serialization
 * failure, deadlock) is retried from scratch a few times. When the ledger already holds the approval, nothing runs
 * and the recorded result is returned.
 */
public final class LedgeredTransaction {

    /** The work inside the transaction; returns what to report and record. */
    @FunctionalInterface
    public interface Work {
        WriteExecuted run(Connection connection, TransactionFacts facts) throws SQLException;
    }

    private final TargetConnections connections;
    private final int retries;

    public LedgeredTransaction(TargetConnections connections, int retries) {
        this.connections = connections;
        this.retries = retries;
    }

    public WriteResult run(String approvalId, String requestId, String kind, Duration statementTimeout,
            Duration lockTimeout, WriteObserver observer, Work work) {
        try {
            for (int attempt = 0; ; attempt++) {
                try {
                    return attempt(approvalId, requestId, kind, statementTimeout, lockTimeout, observer, work);
                } catch (SQLException e) {
                    if (!WriteFailures.concurrentChange(e) || attempt >= retries) {
                        throw WriteFailures.of(e, statementTimeout, lockTimeout);
                    }
                }
            }
        } finally {
            observer.finished(approvalId);
        }
    }

    private WriteResult attempt(String approvalId, String requestId, String kind, Duration statementTimeout,
            Duration lockTimeout, WriteObserver observer, Work work) throws SQLException {
        try (Connection connection = connections.open()) {
            TargetSchema.ensure(connection);
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                Optional<TransactionFacts> claimed = ExecutionLedger.claim(connection, approvalId, requestId, kind);
                if (claimed.isEmpty()) {
                    connection.rollback();
                    WriteExecuted first = ExecutionLedger.recorded(connection, approvalId).orElseThrow(
                            () -> new IllegalStateException("approval " + approvalId + " is claimed but has no"
                                    + " committed result"));
                    connection.rollback();
                    return new WriteResult(first, true);
                }
                TransactionFacts facts = claimed.get();
                observer.reached("after-ledger-insert");
                setLocal(connection, "statement_timeout", Long.toString(statementTimeout.toMillis()));
                setLocal(connection, "lock_timeout", Long.toString(lockTimeout.toMillis()));
                // Cancellation finds the session by this name, from any instance.
                setLocal(connection, "application_name", applicationName(approvalId));
                observer.started(approvalId, facts.backendPid());
                WriteExecuted result = work.run(connection, facts);
                ExecutionLedger.complete(connection, approvalId, result);
                connection.commit();
                observer.phase("COMMITTED");
                observer.reached("after-commit");
                return new WriteResult(result, false);
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(connection);
                try {
                    observer.phase("ROLLED_BACK");
                } catch (RuntimeException ignored) {
                    // a cancellation request arriving now changes nothing: it is already rolled back
                }
                throw e;
            } finally {
                restore(connection);
            }
        }
    }

    /** The application_name a running write's session carries. */
    public static String applicationName(String approvalId) {
        return "pgwarden-write " + approvalId;
    }

    private static void setLocal(Connection connection, String name, String value) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT set_config(?, ?, true)")) {
            statement.setString(1, name);
            statement.setString(2, value);
            statement.execute();
        }
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is broken; the server aborts the transaction when the session ends
        }
    }

    private static void restore(Connection connection) {
        try {
            connection.setAutoCommit(true);
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        } catch (SQLException ignored) {
            // a broken connection is discarded by the pool
        }
    }
}
