package io.pgwarden.execution.read.load;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The load sample: client sessions running a statement on the whole server right now, this one excluded. A login
 * without pg_read_all_stats (or superuser) sees the state of its own sessions only, so grant it that role for the
 * count to include every login's queries.
 */
public final class ActiveBackends implements LoadGate.Sampler {

    static final String QUERY = """
            SELECT count(*) FROM pg_stat_activity
            WHERE backend_type = 'client backend' AND state = 'active' AND pid <> pg_backend_pid()
            """;

    private final DataSource database;

    public ActiveBackends(DataSource database) {
        this.database = database;
    }

    @Override
    public int activeBackends() throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(QUERY)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
