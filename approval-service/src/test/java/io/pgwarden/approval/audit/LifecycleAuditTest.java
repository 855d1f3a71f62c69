package io.pgwarden.approval.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgwarden.approval.Fixtures;
import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.contracts.event.EventEnvelope;
import io.pgwarden.contracts.event.EventType;
import io.pgwarden.contracts.event.QueryBuilt;
import io.pgwarden.contracts.event.RequestFailed;
import io.pgwarden.contracts.event.RequestRef;
import io.pgwarden.contracts.intent.RiskLevel;
import io.pgwarden.contracts.plan.Step;
import io.pgwarden.contracts.plan.WorkflowPlan;
import io.pgwarden.contracts.sql.StatementKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class LifecycleAuditTest {

    private static final RequestRef REF = new RequestRef("request-1", "session-1", "alice");

    @Test
    void recordsTheImpactSnapshotWithTheEventsId() throws Exception {
        var event = Fixtures.impactEvent("alice", "DELETE FROM orders WHERE id = ?", RiskLevel.HIGH, 7);

        AuditEntry entry = LifecycleAudit.entryFor(event, requestId -> false).orElseThrow();

        assertThat(entry.eventId()).isEqualTo(event.id());
        assertThat(entry.eventType()).isEqualTo("pgwarden.impact.assessed");
        assertThat(entry.actor()).isEqualTo("alice");
        assertThat(entry.details().get("data")).isEqualTo(event.data());
    }

    @Test
    void recordsQueryBuiltForWritesOnly() throws Exception {
        EventEnvelope<QueryBuilt> write = EventEnvelope.first(EventType.QUERY_BUILT, "/q", REF, new QueryBuilt(
                WorkflowPlan.writeFromSql(), "DELETE FROM t", List.of(), StatementKind.DELETE, "x", "user"));
        EventEnvelope<QueryBuilt> read = EventEnvelope.first(EventType.QUERY_BUILT, "/q", REF, new QueryBuilt(
                WorkflowPlan.readFromSql(), "SELECT 1", List.of(), StatementKind.READ, "x", "user"));

        assertThat(LifecycleAudit.entryFor(write, r -> false)).isPresent();
        assertThat(LifecycleAudit.entryFor(read, r -> false)).isEmpty();
    }

    @Test
    void recordsFailuresOfWritesButNotOfReads() throws Exception {
        EventEnvelope<RequestFailed> approvalFailure = EventEnvelope.first(EventType.REQUEST_FAILED, "/a", REF,
                new RequestFailed(Step.APPROVAL, ErrorCode.CONFLICT, "m", "h"));
        EventEnvelope<RequestFailed> executionFailure = EventEnvelope.first(EventType.REQUEST_FAILED, "/e", REF,
                new RequestFailed(Step.EXECUTION, ErrorCode.TIMEOUT, "m", "h"));

        assertThat(LifecycleAudit.entryFor(approvalFailure, r -> false)).isPresent();
        assertThat(LifecycleAudit.entryFor(executionFailure, r -> false)).isEmpty();
        assertThat(LifecycleAudit.entryFor(executionFailure, "request-1"::equals)).isPresent();
    }
}
