package io.pgwarden.deploy.execution;

import io.pgwarden.deploy.postgres.DatabaseEndpoint;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** A change someone else makes to the target database, outside pgwarden (autocommit). */
final class DatabaseChange {

    private DatabaseChange() {
    }

    static int run(DatabaseEndpoint endpoint, String sql) throws SQLException {
        try (Connection connection = endpoint.open(); Statement statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        }
    }
}
