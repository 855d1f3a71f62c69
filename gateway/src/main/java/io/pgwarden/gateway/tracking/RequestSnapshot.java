package io.pgwarden.gateway.tracking;

import io.pgwarden.contracts.event.ClarificationNeeded.ClarificationOption;
import io.pgwarden.contracts.event.ExecutionCompleted.QueryPlan;
import io.pgwarden.contracts.event.ExecutionCompleted.ResultColumn;
import io.pgwarden.contracts.event.ExecutionProgress;
import io.pgwarden.contracts.event.RollbackTarget;
import io.pgwarden.contracts.event.WriteExecuted;
import io.pgwarden.contracts.impact.ImpactReport;
import io.pgwarden.contracts.sql.SqlParameter;
import java.time.Instant;
import java.util.List;

/**
 * Everything known about one request at one moment: what the API shows and what the history stores.
 *
 * @param requestId   the correlation id
 * @param sessionId   the conversation
 * @param userId      who asked
 * @param kind        question or SQL, null when the gateway only saw later events of the request
 * @param text        the question or the submitted SQL
 * @param status      where it stands
 * @param createdAt   when it was submitted
 * @param completedAt when it reached a terminal status, or null
 * @param lastStep    the last step that reported (lower-case), or null when none has
 * @param sql         the statement built or run, or null before the query step
 * @param parameters  the statement's parameter values
 * @param result      the result, once executed
 * @param engine      which engine produced the SQL (or understood the question)
 * @param timings     per-step and total times
 * @param clarification the ambiguity and options, when the question needs clarifying
 * @param error       why it failed or timed out
 * @param write       for a write: its impact, approval and outcome as far as they are known; null for a read
 */
public record RequestSnapshot(
        String requestId,
        String sessionId,
        String userId,
        RequestKind kind,
        String text,
        RequestStatus status,
        Instant createdAt,
        Instant completedAt,
        String lastStep,
        String sql,
        List<SqlParameter> parameters,
        Result result,
        String engine,
        Timings timings,
        Clarification clarification,
        Failure error,
        Write write) {

    /**
     * @param rowsOmitted rows of the original result that are not in {@code rows} because the history keeps fewer
     * @param plan        PostgreSQL's cost and row estimate and the index suggestions; null in results of
     *                    execution-services that predate it, and in history entries stored before it
     */
    public record Result(List<ResultColumn> columns, List<List<Object>> rows, int rowCount, boolean truncated,
            int rowLimit, int rowsOmitted, QueryPlan plan) {

        /** The same result with at most {@code maxRows} rows, counting the ones left out. */
        public Result capped(int maxRows) {
            if (rows == null || rows.size() <= maxRows) {
                return this;
            }
            return new Result(columns, List.copyOf(rows.subList(0, maxRows)), rowCount, truncated, rowLimit,
                    rowsOmitted + rows.size() - maxRows, plan);
        }
    }

    public record Clarification(String reason, List<ClarificationOption> options) {
    }

    /**
     * @param step the step that failed or was waited for, lower-case, or null
     */
    public record Failure(String code, String title, String message, String hint, String step) {
    }

    /**
     * What is known of a write: its measured impact, where its approval stands, its progress and its outcome.
     *
     * @param impact   the impact analysis, once assessed
     * @param database the target database it runs in
     * @param rollback for a rollback request, the backup it restores
     * @param approval the approval request, once routed
     * @param progress the latest progress report while it runs
     * @param outcome  rows changed per table, backup id, transaction id and LSN, once committed
     */
    public record Write(ImpactReport impact, String database, RollbackTarget rollback, Approval approval,
            ExecutionProgress progress, WriteExecuted outcome) {
    }

    /**
     * @param approvalId    decide on it with POST /api/v1/approvals/{approvalId}/approve or /deny
     * @param state         PENDING, ESCALATED, APPROVED, DENIED or EXPIRED
     * @param requiredLevel TEAM_LEAD, MANAGER or DIRECTOR
     */
    public record Approval(String approvalId, String state, String requiredLevel, String bindingHash,
            Instant escalatesAt, Instant expiresAt, List<String> decidedBy, String comment, boolean autoApproved,
            boolean emergency) {
    }
}
