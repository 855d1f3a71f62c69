package io.pgwarden.execution.write;

import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.kit.error.PipelineException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Resource limits of the write path on this instance (PRD "Query Limits"): how many writes one user and one table may
 * have running at once, and no new write while the target server is overloaded. Beyond them a write is refused as
 * BUSY before it starts; its approval stays valid.
 */
public final class WriteLimits {

    private static final String ACTIVE = """
            SELECT count(*) FROM pg_stat_activity WHERE state = 'active' AND backend_type = 'client backend'
            """;

    private final int maxPerUser;
    private final int maxPerTable;
    private final int maxActiveBackends;
    private final TargetConnections connections;
    private final Map<String, Integer> users = new HashMap<>();
    private final Map<String, Integer> tables = new HashMap<>();

    public WriteLimits(int maxPerUser, int maxPerTable, int maxActiveBackends, TargetConnections connections) {
        this.maxPerUser = maxPerUser;
        this.maxPerTable = maxPerTable;
        this.maxActiveBackends = maxActiveBackends;
        this.connections = connections;
    }

    /** A place for one write; close it when the write ends. */
    public Permit admit(String user, String table) {
        requireDatabaseNotOverloaded();
        synchronized (this) {
            if (users.getOrDefault(user, 0) >= maxPerUser) {
                throw busy("You already have " + maxPerUser + " write(s) running", "Wait for it to finish.");
            }
            if (tables.getOrDefault(table, 0) >= maxPerTable) {
                throw busy("Another approved write on " + table + " is running", "Retry when it has finished.");
            }
            users.merge(user, 1, Integer::sum);
            tables.merge(table, 1, Integer::sum);
        }
        return () -> release(user, table);
    }

    private synchronized void release(String user, String table) {
        users.computeIfPresent(user, (k, n) -> n <= 1 ? null : n - 1);
        tables.computeIfPresent(table, (k, n) -> n <= 1 ? null : n - 1);
    }

    private void requireDatabaseNotOverloaded() {
        if (maxActiveBackends <= 0) {
            return;
        }
        long active;
        try (Connection connection = connections.open();
                PreparedStatement statement = connection.prepareStatement(ACTIVE);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            active = rows.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new PipelineException(ErrorCode.DEPENDENCY_DOWN,
                    "The target database cannot be reached, so the write was not started.",
                    "Try again once it is reachable.", e);
        }
        if (active >= maxActiveBackends) {
            throw busy("The target database is busy (" + active + " queries running, the limit for starting a"
                    + " write is " + maxActiveBackends + ")", "Retry in a few minutes.");
        }
    }

    private static PipelineException busy(String why, String hint) {
        return new PipelineException(ErrorCode.BUSY, why + ", so this write was not started; nothing was changed.",
                hint + " Then submit the change again.");
    }

    /** Holds a place until closed. */
    @FunctionalInterface
    public interface Permit extends AutoCloseable {
        @Override
        void close();
    }
}
