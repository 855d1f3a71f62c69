package io.pgwarden.gateway.tracking;

import io.pgwarden.contracts.event.ClarificationNeeded.ClarificationOption;
import io.pgwarden.contracts.event.ExecutionCompleted.ResultColumn;
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
        Failure error) {

    /**
     * @param rowsOmitted rows of the original result that are not in {@code rows} because the history keeps fewer
     */
    public record Result(List<ResultColumn> columns, List<List<Object>> rows, int rowCount, boolean truncated,
            int rowLimit, int rowsOmitted) {

        /** The same result with at most {@code maxRows} rows, counting the ones left out. */
        public Result capped(int maxRows) {
            if (rows == null || rows.size() <= maxRows) {
                return this;
            }
            return new Result(columns, List.copyOf(rows.subList(0, maxRows)), rowCount, truncated, rowLimit,
                    rowsOmitted + rows.size() - maxRows);
        }
    }

    public record Clarification(String reason, List<ClarificationOption> options) {
    }

    /**
     * @param step the step that failed or was waited for, lower-case, or null
     */
    public record Failure(String code, String title, String message, String hint, String step) {
    }
}
