package io.pgwarden.approval.store;

import com.fasterxml.jackson.core.type.TypeReference;
import io.pgwarden.approval.decision.Decision;
import io.pgwarden.contracts.approval.ApprovalLevel;
import io.pgwarden.contracts.approval.ApprovalState;
import io.pgwarden.contracts.event.RollbackTarget;
import io.pgwarden.contracts.impact.ImpactReport;
import io.pgwarden.contracts.intent.RiskLevel;
import io.pgwarden.contracts.plan.WorkflowPlan;
import io.pgwarden.contracts.sql.SqlParameter;
import io.pgwarden.contracts.sql.StatementKind;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads and writes {@code approval_request} and {@code approval_vote} on a connection the caller's transaction
 * owns. Changes to a request happen only after {@link #lock} (SELECT ... FOR UPDATE), so two decisions, or a
 * decision and a timer, on the same request run one after the other and the second sees the first's result.
 */
public final class ApprovalStore {

    private static final TypeReference<List<SqlParameter>> PARAMETERS = new TypeReference<>() {
    };
    private static final String COLUMNS = """
            approval_id, request_id, session_id, requester, state, required_level, risk, total_rows, binding_hash,
            sql_text, parameters::text, statement_kind, engine, target_database, impact::text, plan::text,
            rollback_target::text, created_at, escalates_at, expires_at, decided_at, decided_by, decision_comment,
            auto_approved, emergency, explanation, cachecontrol
            """;
    private static final String INSERT = """
            INSERT INTO approval_request (approval_id, request_id, session_id, requester, state, required_level,
              risk, total_rows, binding_hash, sql_text, parameters, statement_kind, engine, target_database, impact,
              plan, rollback_target, created_at, escalates_at, expires_at, decided_at, decided_by, decision_comment,
              auto_approved, emergency, explanation, cachecontrol)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?, ?, ?,
              ?, ?, ?)
            ON CONFLICT DO NOTHING
            """;
    private static final String UPDATE = """
            UPDATE approval_request SET state = ?, required_level = ?, escalates_at = ?, decided_at = ?,
              decided_by = ?, decision_comment = ?, auto_approved = ?, emergency = ?
            WHERE approval_id = ?
            """;
    private static final String INSERT_VOTE = """
            INSERT INTO approval_vote (approval_id, user_id, level, decision, emergency, comment, decided_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """;
    private static final String VOTES = """
            SELECT approval_id, user_id, level, decision, emergency, comment, decided_at
            FROM approval_vote WHERE approval_id = ? ORDER BY decided_at, user_id
            """;

    /** Stores a new request; false when one with the same approval id or request id exists already. */
    public boolean insert(Connection connection, ApprovalRecord record) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
            int i = 1;
            statement.setString(i++, record.approvalId());
            statement.setString(i++, record.requestId());
            statement.setString(i++, record.sessionId());
            statement.setString(i++, record.requester());
            statement.setString(i++, record.state().name());
            statement.setString(i++, record.requiredLevel().name());
            statement.setString(i++, record.risk().name());
            statement.setLong(i++, record.totalRows());
            statement.setString(i++, record.bindingHash());
            statement.setString(i++, record.sql());
            statement.setString(i++, Json.write(record.parameters()));
            statement.setString(i++, record.kind().name());
            statement.setString(i++, record.engine());
            statement.setString(i++, record.database());
            statement.setString(i++, Json.write(record.impact()));
            statement.setString(i++, Json.write(record.plan()));
            statement.setString(i++, record.rollback() == null ? null : Json.write(record.rollback()));
            Sql.setInstant(statement, i++, record.createdAt());
            Sql.setInstant(statement, i++, record.escalatesAt());
            Sql.setInstant(statement, i++, record.expiresAt());
            Sql.setInstant(statement, i++, record.decidedAt());
            statement.setArray(i++, textArray(connection, record.decidedBy()));
            statement.setString(i++, record.comment());
            statement.setBoolean(i++, record.autoApproved());
            statement.setBoolean(i++, record.emergency());
            statement.setString(i++, record.explanation());
            statement.setString(i, record.cachecontrol());
            return statement.executeUpdate() == 1;
        }
    }

    /** Writes back the columns a decision, escalation or expiry changes. */
    public void update(Connection connection, ApprovalRecord record) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(UPDATE)) {
            statement.setString(1, record.state().name());
            statement.setString(2, record.requiredLevel().name());
            Sql.setInstant(statement, 3, record.escalatesAt());
            Sql.setInstant(statement, 4, record.decidedAt());
            statement.setArray(5, textArray(connection, record.decidedBy()));
            statement.setString(6, record.comment());
            statement.setBoolean(7, record.autoApproved());
            statement.setBoolean(8, record.emergency());
            statement.setString(9, record.approvalId());
            if (statement.executeUpdate() != 1) {
                throw new SQLException("approval " + record.approvalId() + " vanished while it was being changed");
            }
        }
    }

    /** The request, locked until the transaction ends. */
    public Optional<ApprovalRecord> lock(Connection connection, String approvalId) throws SQLException {
        return one(connection, "SELECT " + COLUMNS + " FROM approval_request WHERE approval_id = ? FOR UPDATE",
                approvalId);
    }

    public Optional<ApprovalRecord> find(Connection connection, String approvalId) throws SQLException {
        return one(connection, "SELECT " + COLUMNS + " FROM approval_request WHERE approval_id = ?", approvalId);
    }

    public Optional<ApprovalRecord> findByRequest(Connection connection, String requestId) throws SQLException {
        return one(connection, "SELECT " + COLUMNS + " FROM approval_request WHERE request_id = ?", requestId);
    }

    /** Newest first; {@code openOnly} keeps PENDING and ESCALATED requests. */
    public List<ApprovalRecord> list(Connection connection, boolean openOnly, int limit) throws SQLException {
        String sql = "SELECT " + COLUMNS + " FROM approval_request"
                + (openOnly ? " WHERE state IN ('PENDING', 'ESCALATED')" : "")
                + " ORDER BY created_at DESC, approval_id LIMIT ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, limit);
            return all(statement);
        }
    }

    /**
     * Open requests whose escalation or expiry time has come, locked; rows another instance holds are skipped
     * (it is handling them), so several instances share the timers without doing any twice.
     */
    public List<ApprovalRecord> lockDue(Connection connection, Instant now, int limit) throws SQLException {
        String sql = "SELECT " + COLUMNS + " FROM approval_request"
                + " WHERE state IN ('PENDING', 'ESCALATED') AND LEAST(escalates_at, expires_at) <= ?"
                + " ORDER BY LEAST(escalates_at, expires_at) LIMIT ? FOR UPDATE SKIP LOCKED";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            Sql.setInstant(statement, 1, now);
            statement.setInt(2, limit);
            return all(statement);
        }
    }

    public void addVote(Connection connection, Vote vote) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(INSERT_VOTE)) {
            statement.setString(1, vote.approvalId());
            statement.setString(2, vote.user());
            statement.setString(3, vote.level().name());
            statement.setString(4, vote.decision().name());
            statement.setBoolean(5, vote.emergency());
            statement.setString(6, vote.comment());
            Sql.setInstant(statement, 7, vote.at());
            statement.executeUpdate();
        }
    }

    public List<Vote> votes(Connection connection, String approvalId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(VOTES)) {
            statement.setString(1, approvalId);
            List<Vote> votes = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    votes.add(new Vote(rows.getString(1), rows.getString(2), ApprovalLevel.valueOf(rows.getString(3)),
                            Decision.valueOf(rows.getString(4)), rows.getBoolean(5), rows.getString(6),
                            Sql.instant(rows, 7)));
                }
            }
            return votes;
        }
    }

    private static Optional<ApprovalRecord> one(Connection connection, String sql, String key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, key);
            List<ApprovalRecord> found = all(statement);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        }
    }

    private static List<ApprovalRecord> all(PreparedStatement statement) throws SQLException {
        List<ApprovalRecord> records = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                records.add(read(rows));
            }
        }
        return records;
    }

    private static ApprovalRecord read(ResultSet rows) throws SQLException {
        String rollback = rows.getString(17);
        Array decidedBy = rows.getArray(22);
        return new ApprovalRecord(
                rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                ApprovalState.valueOf(rows.getString(5)), ApprovalLevel.valueOf(rows.getString(6)),
                RiskLevel.valueOf(rows.getString(7)), rows.getLong(8), rows.getString(9), rows.getString(10),
                Json.read(rows.getString(11), PARAMETERS), StatementKind.valueOf(rows.getString(12)),
                rows.getString(13), rows.getString(14), Json.read(rows.getString(15), ImpactReport.class),
                Json.read(rows.getString(16), WorkflowPlan.class),
                rollback == null ? null : Json.read(rollback, RollbackTarget.class),
                Sql.instant(rows, 18), Sql.instant(rows, 19), Sql.instant(rows, 20),
                Sql.instant(rows, 21),
                decidedBy == null ? List.of() : Arrays.asList((String[]) decidedBy.getArray()),
                rows.getString(23), rows.getBoolean(24), rows.getBoolean(25), rows.getString(26), rows.getString(27));
    }

    private static Array textArray(Connection connection, List<String> values) throws SQLException {
        return connection.createArrayOf("text", values.toArray(String[]::new));
    }


}
