package io.pgwarden.deploy.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Creates the roles and the system database the services expect; safe to run on every start. */
public final class DatabaseProvisioner {

    private static final SqlScript ROLES = new SqlScript("provision-roles.sql");

    private static final String DATABASE_EXISTS = """
            SELECT 1 FROM pg_database WHERE datname = ?
            """;
    private static final String CREATE_SYSTEM_DATABASE = """
            CREATE DATABASE pgwarden OWNER pgwarden
            """;
    private static final String CLOSE_SYSTEM_DATABASE_TO_OTHERS = """
            REVOKE ALL ON DATABASE pgwarden FROM PUBLIC
            """;

    private final PostgresServer server;

    public DatabaseProvisioner(PostgresServer server) {
        this.server = server;
    }

    public void provision() throws SQLException {
        try (Connection connection = server.superuser(PostgresAccounts.MAINTENANCE_DATABASE).open()) {
            ROLES.runOn(connection);
            if (!databaseExists(connection, PostgresAccounts.SYSTEM_DATABASE)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute(CREATE_SYSTEM_DATABASE);
                    statement.execute(CLOSE_SYSTEM_DATABASE_TO_OTHERS);
                }
            }
        }
    }

    static boolean databaseExists(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(DATABASE_EXISTS)) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }
}
