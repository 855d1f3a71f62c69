package io.pgwarden.gateway.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.pgwarden.contracts.event.ClarificationNeeded.ClarificationOption;
import io.pgwarden.contracts.event.ExecutionCompleted.QueryPlan;
import io.pgwarden.contracts.event.ExecutionCompleted.ResultColumn;
import io.pgwarden.contracts.sql.SqlParameter;
import io.pgwarden.gateway.tracking.RequestKind;
import io.pgwarden.gateway.tracking.RequestSnapshot;
import io.pgwarden.gateway.tracking.RequestStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A request and, once it ended, its outcome: the body of /ask, /sql and GET /requests/{id}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Request", description = "A question or SQL submission and, once it ended, its answer.")
public record RequestView(
        @Schema(description = "Correlation id; poll GET /api/v1/requests/{requestId}") String requestId,
        @Schema(description = "The conversation the request belongs to") String sessionId,
        @Schema(description = "RUNNING, AWAITING_APPROVAL, COMPLETED, FAILED, NEEDS_CLARIFICATION, TIMED_OUT, DENIED"
                + " or EXPIRED") RequestStatus status,
        @Schema(description = "QUESTION, SQL or ROLLBACK") RequestKind kind,
        @Schema(description = "The question as asked (questions only)") String question,
        @Schema(description = "The statement built or run; for SQL submissions, the submitted text until then")
        String sql,
        @Schema(description = "Values bound to the statement's ? placeholders, in order") List<SqlParameter> parameters,
        @Schema(description = "Result columns, once executed") List<ResultColumn> columns,
        @Schema(description = "Result rows, each a list of values in column order") List<List<Object>> rows,
        @Schema(description = "Number of rows in the result") Integer rowCount,
        @Schema(description = "True when the statement had more rows than rowLimit") Boolean truncated,
        @Schema(description = "The row limit in force") Integer rowLimit,
        @Schema(description = "Rows left out of 'rows' because the history keeps fewer (answers from history only)")
        Integer rowsOmitted,
        @Schema(description = "PostgreSQL's estimate of the statement from its EXPLAIN: totalCost (planner cost units),"
                + " estimatedRows (rows expected before the row limit) and suggestions, for example an index when a"
                + " large table is scanned in full to filter on an unindexed column. For a cached answer, the plan of"
                + " the run that was cached") QueryPlan plan,
        @Schema(description = "Engine that produced the SQL: deterministic, llm or user") String engine,
        @Schema(description = "The last step that reported: intent, schema, query, execution ...") String lastStep,
        @Schema(description = "When the request was submitted") Instant createdAt,
        @Schema(description = "When it ended") Instant completedAt,
        Timings timings,
        Clarification clarification,
        Error error,
        @Schema(description = "For a write: its impact analysis, approval, progress and outcome (rows per table,"
                + " backup id for a rollback, transaction id, LSN)") RequestSnapshot.Write write) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Timings", description = "Durations from the lifecycle events' timestamps.")
    public record Timings(
            @Schema(description = "First event to the terminal one (to the latest one while running)") long totalMillis,
            @Schema(description = "Time the statement spent in the database") Long databaseMillis,
            @Schema(description = "Per step: time from the previous event to the step's own event",
                    examples = "{\"intent\": 12, \"schema\": 5, \"query\": 8, \"execution\": 30}")
            Map<String, Long> steps) {
    }

    @Schema(name = "Clarification", description = "Why the question is ambiguous and the questions to ask instead.")
    public record Clarification(String reason, List<ClarificationOption> options) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "RequestError", description = "Why the request failed or timed out.")
    public record Error(
            @Schema(description = "ErrorCode name, for example NOT_UNDERSTOOD, SQL_REJECTED, TIMEOUT") String code,
            String title, String message, String hint,
            @Schema(description = "The step that failed or did not answer") String step) {
    }

    public static RequestView of(RequestSnapshot snapshot) {
        RequestSnapshot.Result result = snapshot.result();
        return new RequestView(snapshot.requestId(), snapshot.sessionId(), snapshot.status(), snapshot.kind(),
                snapshot.kind() == RequestKind.QUESTION ? snapshot.text() : null,
                snapshot.sql(),
                snapshot.parameters() == null || snapshot.parameters().isEmpty() ? null : snapshot.parameters(),
                result == null ? null : result.columns(),
                result == null ? null : result.rows(),
                result == null ? null : result.rowCount(),
                result == null ? null : result.truncated(),
                result == null ? null : result.rowLimit(),
                result == null || result.rowsOmitted() == 0 ? null : result.rowsOmitted(),
                result == null ? null : result.plan(),
                snapshot.engine(), snapshot.lastStep(), snapshot.createdAt(), snapshot.completedAt(),
                snapshot.timings() == null ? null
                        : new Timings(snapshot.timings().totalMillis(), snapshot.timings().databaseMillis(),
                                snapshot.timings().steps()),
                snapshot.clarification() == null ? null
                        : new Clarification(snapshot.clarification().reason(), snapshot.clarification().options()),
                snapshot.error() == null ? null
                        : new Error(snapshot.error().code(), snapshot.error().title(), snapshot.error().message(),
                                snapshot.error().hint(), snapshot.error().step()),
                snapshot.write());
    }
}
