package io.pgwarden.contracts.approval;

import java.net.URI;

/**
 * The name a target database goes by in an approval binding: {@code host:port/database}. impact-service, which
 * measures a write, and execution-service, which runs it, derive it the same way from their JDBC URL, so an approval
 * given for one database never applies to another.
 */
public final class TargetDatabase {

    private TargetDatabase() {
    }

    /** {@code jdbc:postgresql://db.example:5432/shop?ssl=true} becomes {@code db.example:5432/shop}. */
    public static String nameOf(String jdbcUrl) {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + jdbcUrl);
        }
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        String host = uri.getHost() == null ? "localhost" : uri.getHost();
        int port = uri.getPort() < 0 ? 5432 : uri.getPort();
        String path = uri.getPath() == null ? "" : uri.getPath();
        String database = path.startsWith("/") ? path.substring(1) : path;
        return host + ":" + port + "/" + database;
    }
}
