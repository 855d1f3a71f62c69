package io.pgwarden.execution.write;

import java.sql.Connection;
import java.sql.SQLException;

/** Opens a connection to the target database as the writer role (a pool in the service, a plain login in tests). */
@FunctionalInterface
public interface TargetConnections {

    Connection open() throws SQLException;
}
