package io.pgwarden.execution.startup;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Least privilege is a layer of the read path: reads run as a login that can only SELECT. When the configured login
 * can do more (a superuser, a table owner, a login with INSERT/UPDATE/DELETE/TRUNCATE), the read-only transaction
 * still protects the data, but one layer is missing, so say so loudly at start-up.
 */
@ApplicationScoped
public class ReaderRoleCheck {

    private static final Logger LOG = Logger.getLogger(ReaderRoleCheck.class);

    private static final String SUPERUSER = "SELECT rolsuper FROM pg_roles WHERE rolname = current_user";
    private static final String WRITABLE_TABLES = """
            SELECT n.nspname || '.' || c.relname
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p')
              AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
              AND (pg_has_role(c.relowner, 'USAGE')
                   OR has_table_privilege(c.oid, 'INSERT') OR has_table_privilege(c.oid, 'UPDATE')
                   OR has_table_privilege(c.oid, 'DELETE') OR has_table_privilege(c.oid, 'TRUNCATE'))
            ORDER BY 1
            LIMIT 5
            """;

    private static final String SEES_EVERY_SESSION = """
            SELECT rolsuper OR pg_has_role(current_user, 'pg_read_all_stats', 'MEMBER')
            FROM pg_roles WHERE rolname = current_user
            """;

    private final AgroalDataSource target;

    public ReaderRoleCheck(@DataSource("target") AgroalDataSource target) {
        this.target = target;
    }

    void onStart(@Observes StartupEvent startup) {
        try {
            List<String> problems = problems();
            if (!problems.isEmpty()) {
                LOG.warnf("The reader login of the target database can change data (%s). Reads stay read-only"
                        + " (READ ONLY transactions), but grant this login SELECT only: see docs/security.md.",
                        String.join("; ", problems));
            }
            if (!seesEverySession()) {
                LOG.infof("The reader login cannot see other logins' sessions in pg_stat_activity, so the load"
                        + " check (pgwarden.execution.read.load.max-active-backends) counts only its own queries;"
                        + " GRANT pg_read_all_stats to it to count every query on the server.");
            }
        } catch (SQLException e) {
            LOG.infof("reader privileges not checked, the target database is unreachable: %s", e.getMessage());
        }
    }

    List<String> problems() throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Connection connection = target.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery(SUPERUSER)) {
                if (rows.next() && rows.getBoolean(1)) {
                    problems.add("it is a superuser");
                }
            }
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(WRITABLE_TABLES)) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            if (!tables.isEmpty()) {
                problems.add("it may write to " + String.join(", ", tables) + (tables.size() == 5 ? ", ..." : ""));
            }
        }
        return problems;
    }

    boolean seesEverySession() throws SQLException {
        try (Connection connection = target.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(SEES_EVERY_SESSION)) {
            return rows.next() && rows.getBoolean(1);
        }
    }
}
