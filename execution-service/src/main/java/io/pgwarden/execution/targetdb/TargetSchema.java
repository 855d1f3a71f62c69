package io.pgwarden.execution.targetdb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * pgwarden's schema in the target database (ledger and backups), created and upgraded by the writer role. A small
 * runner rather than a second Flyway: the scripts must run on a plain {@link Connection}, so that tests and the
 * benchmark use the same code without Quarkus, and the target database is not a service's own database.
 *
 * <p>Idempotent and safe to run from several instances at once: an advisory lock serialises them, and each script
 * runs once, recorded in {@code pgwarden_recovery.schema_version} in the same transaction.
 */
public final class TargetSchema {

    // Never a name a login could have: PostgreSQL's default search_path starts with "$user", so a schema named after
    // the writer role (pgwarden) would capture that role's unqualified table names, in writes and in DDL alike.
    public static final String SCHEMA = "pgwarden_recovery";

    /** Applied in order; never edit a released script, add the next one. */
    private static final List<String> SCRIPTS = List.of("V1__execution_ledger_and_backups.sql");

    // Any constant works; it only has to be the same in every instance.
    private static final long MIGRATION_LOCK = 0x7067_7761_7264_656EL;

    private static final String PRESENT = """
            SELECT to_regclass('pgwarden_recovery.schema_version') IS NOT NULL
               AND (SELECT count(*) FROM pgwarden_recovery.schema_version) >= ?
            """;

    private TargetSchema() {
    }

    /** Cheap when everything is in place (one query); otherwise migrates. */
    public static void ensure(Connection connection) throws SQLException {
        if (upToDate(connection)) {
            return;
        }
        migrate(connection);
    }

    private static boolean upToDate(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(true);
        try (PreparedStatement statement = connection.prepareStatement(PRESENT)) {
            statement.setInt(1, SCRIPTS.size());
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() && rows.getBoolean(1);
            }
        } catch (SQLException e) {
            // schema_version exists but is unreadable or half-created: let migrate() say what is wrong
            return false;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    public static void migrate(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_advisory_xact_lock(" + MIGRATION_LOCK + ")");
            statement.execute("CREATE SCHEMA IF NOT EXISTS " + SCHEMA);
            // Only the writer (the schema's owner) reads backups: they hold pre-images of user data.
            statement.execute("REVOKE ALL ON SCHEMA " + SCHEMA + " FROM PUBLIC");
            statement.execute("""
                    CREATE TABLE IF NOT EXISTS pgwarden_recovery.schema_version (
                        version    text PRIMARY KEY,
                        applied_at timestamptz NOT NULL DEFAULT now())
                    """);
            for (String script : SCRIPTS) {
                if (!applied(connection, script)) {
                    statement.execute(read(script));
                    try (PreparedStatement record = connection.prepareStatement(
                            "INSERT INTO pgwarden_recovery.schema_version (version) VALUES (?)")) {
                        record.setString(1, script);
                        record.executeUpdate();
                    }
                }
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static boolean applied(Connection connection, String script) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT 1 FROM pgwarden_recovery.schema_version WHERE version = ?")) {
            statement.setString(1, script);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static String read(String script) {
        String resource = "/db/pgwarden-target/" + script;
        try (InputStream in = TargetSchema.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing migration " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
