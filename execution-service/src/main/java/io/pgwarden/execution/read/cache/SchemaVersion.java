package io.pgwarden.execution.read.cache;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.LongSupplier;
import javax.sql.DataSource;

/**
 * The target database's schema version for cache keys: an md5 over the system-column {@code xmin} of every catalog row
 * that shapes what a read returns or may see (user schemas, their tables, views and columns, view rules and
 * functions). Any DDL or GRANT rewrites such rows and so changes the version; VACUUM and ANALYZE update statistics in
 * place and do not. Read at most once per time to live, since it costs a catalog scan.
 */
public final class SchemaVersion {

    static final String QUERY = """
            SELECT md5(coalesce(string_agg(part, ',' ORDER BY part), '')) FROM (
                SELECT 'n' || n.oid || ':' || n.xmin FROM pg_namespace n
                WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
              UNION ALL
                SELECT 'c' || c.oid || ':' || c.xmin FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
              UNION ALL
                SELECT 'a' || a.attrelid || '.' || a.attnum || ':' || a.xmin
                FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE a.attnum > 0 AND n.nspname NOT IN ('pg_catalog', 'information_schema')
                  AND n.nspname NOT LIKE 'pg\\_%'
              UNION ALL
                SELECT 'r' || r.oid || ':' || r.xmin
                FROM pg_rewrite r JOIN pg_class c ON c.oid = r.ev_class JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
              UNION ALL
                SELECT 'p' || p.oid || ':' || p.xmin FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
            ) AS catalog(part)
            """;

    private final DataSource database;
    private final long ttlNanos;
    private final LongSupplier nanoClock;
    private volatile Reading latest;

    private record Reading(long readAtNanos, String version) {
    }

    public SchemaVersion(DataSource database, Duration ttl, LongSupplier nanoClock) {
        this.database = database;
        this.ttlNanos = ttl.toNanos();
        this.nanoClock = nanoClock;
    }

    /** The version, read again when the last reading is older than the time to live. */
    public String current() throws SQLException {
        Reading reading = latest;
        long now = nanoClock.getAsLong();
        if (reading != null && now - reading.readAtNanos() < ttlNanos) {
            return reading.version();
        }
        String version = read(database);
        latest = new Reading(now, version);
        return version;
    }

    /** Reads the version now, on a connection of its own. */
    public static String read(DataSource database) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(QUERY)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
