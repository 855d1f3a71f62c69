package io.pgwarden.deploy.postgres;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** A SQL file shipped next to this class, run as one batch (the driver splits it, minding dollar quotes). */
record SqlScript(String resourceName) {

    String text() {
        try (InputStream in = SqlScript.class.getResourceAsStream(resourceName)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resourceName + " next to " + SqlScript.class);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resourceName, e);
        }
    }

    void runOn(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(text());
        } catch (SQLException e) {
            throw new SQLException(resourceName + " failed: " + e.getMessage(), e.getSQLState(), e);
        }
    }
}
