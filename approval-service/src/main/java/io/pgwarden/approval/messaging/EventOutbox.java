package io.pgwarden.approval.messaging;

import io.pgwarden.contracts.event.EventCodec;
import io.pgwarden.contracts.event.EventEnvelope;
import io.pgwarden.contracts.event.EventType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Events to publish, written in the transaction of the state change they announce. The relay publishes them
 * afterwards, so a decision is never lost between the database and Kafka, and never announced without being stored.
 */
public final class EventOutbox {

    public void enqueue(Connection connection, EventType type, EventEnvelope<?> envelope) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO event_outbox (event_type, envelope) VALUES (?, ?)")) {
            statement.setString(1, type.name());
            statement.setString(2, EventCodec.encode(envelope));
            statement.executeUpdate();
        }
    }
}
