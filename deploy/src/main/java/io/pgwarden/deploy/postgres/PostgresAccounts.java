package io.pgwarden.deploy.postgres;

/**
 * Names and passwords of the embedded server's roles and databases. They are fixed, documented in
 * deploy/README.md, and only reachable on 127.0.0.1: this server is for development and tests.
 */
public final class PostgresAccounts {

    public static final String SUPERUSER = "postgres";
    public static final String SUPERUSER_PASSWORD = "postgres";

    /** Owns the system database and the sample database; the writer login for later write paths. */
    public static final String OWNER = "pgwarden";
    public static final String OWNER_PASSWORD = "pgwarden";

    /** Read-only login that services use for reads on the target database. */
    public static final String READER = "pgwarden_reader";
    public static final String READER_PASSWORD = "pgwarden_reader";

    public static final String SYSTEM_DATABASE = "pgwarden";
    public static final String SAMPLE_DATABASE = "sample";
    public static final String MAINTENANCE_DATABASE = "postgres";

    private PostgresAccounts() {
    }
}
