package io.pgwarden.deploy.postgres;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The sample shop database ({@code sample}, owned by pgwarden): loaded when absent or incomplete, and reloadable
 * from scratch so tests that change data can start again from the documented state.
 */
public final class SampleDatabase {

    private static final SqlScript SCHEMA = new SqlScript("sample-schema.sql");
    private static final SqlScript DATA = new SqlScript("sample-data.sql");
    private static final SqlScript GRANTS = new SqlScript("sample-grants.sql");

    private static final String CREATE = """
            CREATE DATABASE sample OWNER pgwarden
            """;
    /** FORCE ends the services' open connections, which would otherwise block the drop. */
    private static final String DROP = """
            DROP DATABASE IF EXISTS sample WITH (FORCE)
            """;
    /** The last table the load creates; the load is one transaction, so its presence means the load finished. */
    private static final String LOADED = """
            SELECT to_regclass('public.order_status_history') IS NOT NULL
            """;

    private final PostgresServer server;

    public SampleDatabase(PostgresServer server) {
        this.server = server;
    }

    public DatabaseEndpoint ownerEndpoint() {
        return DatabaseEndpoint.local(server.port(), PostgresAccounts.SAMPLE_DATABASE, PostgresAccounts.OWNER,
                PostgresAccounts.OWNER_PASSWORD);
    }

    public DatabaseEndpoint readerEndpoint() {
        return ownerEndpoint().as(PostgresAccounts.READER, PostgresAccounts.READER_PASSWORD);
    }

    /** @return true when it was loaded now, false when a complete copy was already there */
    public boolean ensureLoaded() throws SQLException {
        try (Connection maintenance = server.superuser(PostgresAccounts.MAINTENANCE_DATABASE).open()) {
            if (DatabaseProvisioner.databaseExists(maintenance, PostgresAccounts.SAMPLE_DATABASE) && isComplete()) {
                return false;
            }
        }
        reload();
        return true;
    }

    /** Drops the database, whatever is in it, and loads it again. */
    public void reload() throws SQLException {
        try (Connection maintenance = server.superuser(PostgresAccounts.MAINTENANCE_DATABASE).open();
                Statement statement = maintenance.createStatement()) {
            statement.execute(DROP);
            statement.execute(CREATE);
        }
        try (Connection owner = ownerEndpoint().open()) {
            owner.setAutoCommit(false);
            SCHEMA.runOn(owner);
            DATA.runOn(owner);
            GRANTS.runOn(owner);
            owner.commit();
        }
    }

    private boolean isComplete() throws SQLException {
        try (Connection owner = ownerEndpoint().open();
                Statement statement = owner.createStatement();
                ResultSet rows = statement.executeQuery(LOADED)) {
            return rows.next() && rows.getBoolean(1);
        }
    }
}
