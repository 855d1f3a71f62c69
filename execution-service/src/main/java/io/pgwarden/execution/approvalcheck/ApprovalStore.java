package io.pgwarden.execution.approvalcheck;

import com.fasterxml.jackson.core.type.TypeReference;
import io.pgwarden.contracts.approval.ApprovalState;
import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.contracts.event.EventCodec;
import io.pgwarden.contracts.event.RollbackTarget;
import io.pgwarden.contracts.impact.ImpactReport;
import io.pgwarden.contracts.intent.RiskLevel;
import io.pgwarden.contracts.plan.WorkflowPlan;
import io.pgwarden.contracts.sql.SqlParameter;
import io.pgwarden.kit.error.PipelineException;
import java.io.IOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Reads approval-service's store, read-only: execution-service connects to the system database as the same login
 * and selects {@code approval.approval_request} (the table is specified in the write-path design).
 */
public final class ApprovalStore {

    private static final String FIND = """
            SELECT approval_id, request_id, requester, state, risk, binding_hash, sql_text, parameters::text, engine,
                   target_database, impact::text, plan::text, rollback_target::text, auto_approved, decided_by
              FROM approval.approval_request
             WHERE approval_id = ?
            """;
    private static final TypeReference<List<SqlParameter>> PARAMETERS = new TypeReference<>() {
    };

    private final DataSource systemDatabase;

    public ApprovalStore(DataSource systemDatabase) {
        this.systemDatabase = systemDatabase;
    }

    public Optional<StoredApproval> find(String approvalId) {
        try (Connection connection = systemDatabase.getConnection();
                PreparedStatement statement = connection.prepareStatement(FIND)) {
            statement.setString(1, approvalId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new PipelineException(ErrorCode.DEPENDENCY_DOWN,
                    "The approval store cannot be read, so the approval could not be checked; nothing was run.",
                    "Try again once approval-service's database is reachable.", e);
        }
    }

    private static StoredApproval read(ResultSet rows) throws SQLException {
        try {
            var mapper = EventCodec.mapper();
            String rollback = rows.getString(13);
            Array decidedBy = rows.getArray(15);
            return new StoredApproval(rows.getString(1), rows.getString(2), rows.getString(3),
                    ApprovalState.valueOf(rows.getString(4)), RiskLevel.valueOf(rows.getString(5)), rows.getString(6),
                    rows.getString(7), mapper.readValue(rows.getString(8), PARAMETERS), rows.getString(9),
                    rows.getString(10), mapper.readValue(rows.getString(11), ImpactReport.class),
                    mapper.readValue(rows.getString(12), WorkflowPlan.class),
                    rollback == null ? null : mapper.readValue(rollback, RollbackTarget.class), rows.getBoolean(14),
                    decidedBy == null ? List.of() : List.of((String[]) decidedBy.getArray()));
        } catch (IOException | IllegalArgumentException e) {
            throw new PipelineException(ErrorCode.FORBIDDEN,
                    "The approval does not apply: its stored record is unreadable (" + e.getMessage()
                            + "). Nothing was run.",
                    "Submit the change again and have it approved.", e);
        }
    }
}
