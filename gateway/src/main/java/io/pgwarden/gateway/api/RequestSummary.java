package io.pgwarden.gateway.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.pgwarden.gateway.tracking.RequestKind;
import io.pgwarden.gateway.tracking.RequestSnapshot;
import io.pgwarden.gateway.tracking.RequestStatus;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of a session's history; GET /requests/{requestId} has the full answer. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "RequestSummary", description = "One request of a session's history, without its rows.")
public record RequestSummary(String requestId, RequestKind kind, String question, String sql,
        RequestStatus status, Integer rowCount,
        @Schema(description = "ErrorCode name when the request failed or timed out") String errorCode,
        Long totalMillis, Instant createdAt, Instant completedAt) {

    public static RequestSummary of(RequestSnapshot snapshot) {
        return new RequestSummary(snapshot.requestId(), snapshot.kind(),
                snapshot.kind() == RequestKind.QUESTION ? snapshot.text() : null, snapshot.sql(), snapshot.status(),
                snapshot.result() == null ? null : snapshot.result().rowCount(),
                snapshot.error() == null ? null : snapshot.error().code(),
                snapshot.status().done() && snapshot.timings() != null ? snapshot.timings().totalMillis() : null,
                snapshot.createdAt(), snapshot.completedAt());
    }
}
