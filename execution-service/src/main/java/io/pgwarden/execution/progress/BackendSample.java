package io.pgwarden.execution.progress;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a write's session is doing right now, from pg_stat_activity (PRD monitor_execution_progress): its state,
 * what it waits on, and which sessions hold the locks it waits for.
 */
record BackendSample(String state, String waitEvent, List<Integer> blockedBy) {

    private static final String SAMPLE = """
            SELECT state, wait_event_type, wait_event, pg_blocking_pids(pid)
              FROM pg_stat_activity WHERE pid = ?
            """;

    static Optional<BackendSample> of(Connection connection, int pid) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SAMPLE)) {
            statement.setInt(1, pid);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                String waitType = rows.getString(2);
                String wait = waitType == null ? null : waitType + ":" + rows.getString(3);
                List<Integer> blockers = new ArrayList<>();
                Array array = rows.getArray(4);
                if (array != null) {
                    for (Integer pidHoldingLock : (Integer[]) array.getArray()) {
                        blockers.add(pidHoldingLock);
                    }
                }
                return Optional.of(new BackendSample(rows.getString(1), wait, blockers));
            }
        }
    }
}
