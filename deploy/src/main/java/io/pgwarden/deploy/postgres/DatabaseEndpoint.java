package io.pgwarden.deploy.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

/** Where a database is and whom to log in as: what a service gets in its PGWARDEN_*_DB_* variables. */
public record DatabaseEndpoint(String jdbcUrl, String user, String password) {

    /**
     * Used directly rather than through DriverManager, which only sees drivers of the class loader that first
     * initialised it; under {@code mvn exec:java} that is Maven's, not ours.
     */
    private static final org.postgresql.Driver DRIVER = new org.postgresql.Driver();

    public static DatabaseEndpoint local(int port, String database, String user, String password) {
        return new DatabaseEndpoint("jdbc:postgresql://127.0.0.1:" + port + "/" + database, user, password);
    }

    public Connection open() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", "5");
        Connection connection = DRIVER.connect(jdbcUrl, properties);
        if (connection == null) {
            throw new SQLException("Not a PostgreSQL JDBC URL: " + jdbcUrl);
        }
        return connection;
    }

    /** The same server and database, another login. */
    public DatabaseEndpoint as(String otherUser, String otherPassword) {
        return new DatabaseEndpoint(jdbcUrl, otherUser, otherPassword);
    }

    @Override
    public String toString() {
        return jdbcUrl + " as " + user; // never the password: endpoints end up in logs and test reports
    }
}
