package io.pgwarden.kit.messaging;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The ids of events this service has finished handling, in its own schema of the system database (table created
 * by the kit's migration {@code db/kit}). A redelivered event whose id is here is skipped.
 */
@ApplicationScoped
public class ProcessedEventLedger {

    private static final String SEEN = """
            SELECT 1 FROM processed_event WHERE consumer = ? AND event_id = ?
            """;
    private static final String MARK = """
            INSERT INTO processed_event (consumer, event_id, event_type, request_id)
            VALUES (?, ?, ?, ?)
            ON CONFLICT (consumer, event_id) DO NOTHING
            """;

    private final AgroalDataSource dataSource;

    @Inject
    public ProcessedEventLedger(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public boolean alreadyProcessed(String consumer, String eventId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(SEEN)) {
            statement.setString(1, consumer);
            statement.setString(2, eventId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the processed-events ledger cannot be read: " + e.getMessage(), e);
        }
    }

    public void markProcessed(String consumer, String eventId, String eventType, String requestId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(MARK)) {
            statement.setString(1, consumer);
            statement.setString(2, eventId);
            statement.setString(3, eventType);
            statement.setString(4, requestId);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("the processed-events ledger cannot be written: " + e.getMessage(), e);
        }
    }
}
