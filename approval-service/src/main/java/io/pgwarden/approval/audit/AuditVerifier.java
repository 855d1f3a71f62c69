package io.pgwarden.approval.audit;

import io.pgwarden.approval.store.Sql;
import io.pgwarden.approval.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Walks the whole audit log in seq order and reports the first row that was edited or deleted. */
public final class AuditVerifier {

    private static final String ROWS = """
            SELECT seq, event_id, recorded_at, event_type, request_id, approval_id, actor, details, prev_hash, hash
            FROM audit_log ORDER BY seq
            """;

    private final DataSource dataSource;

    public AuditVerifier(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Verification verify() {
        ChainWalk walk = new ChainWalk();
        try (Connection connection = dataSource.getConnection()) {
            // A cursor (fetch size needs a transaction) so a long log is not read into memory at once.
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(ROWS)) {
                statement.setFetchSize(1000);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next() && walk.accept(new AuditRow(rows.getLong(1), rows.getString(2),
                            Sql.instant(rows, 3), rows.getString(4), rows.getString(5), rows.getString(6),
                            rows.getString(7), rows.getString(8), rows.getString(9), rows.getString(10)))) {
                        // keep walking
                    }
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new StoreException("the audit log cannot be read: " + e.getMessage(), e);
        }
        return walk.result();
    }
}
