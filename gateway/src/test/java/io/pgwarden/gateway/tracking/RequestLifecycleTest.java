package io.pgwarden.gateway.tracking;

import static io.pgwarden.gateway.tracking.Lifecycles.READ;
import static io.pgwarden.gateway.tracking.Lifecycles.SQL;
import static io.pgwarden.gateway.tracking.Lifecycles.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgwarden.contracts.approval.ApprovalOutcome;
import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.contracts.event.EventEnvelope;
import io.pgwarden.contracts.event.RequestFailed;
import io.pgwarden.contracts.plan.Step;
import io.pgwarden.contracts.plan.WorkflowPlan;
import io.pgwarden.gateway.tracking.RequestLifecycle.Applied;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestLifecycleTest {

    private static final Duration DEADLINE = Duration.ofSeconds(60);

    private final Lifecycles events = Lifecycles.ofAlice();

    @Test
    void aSubmittedQuestionIsRunning() {
        RequestSnapshot snapshot = RequestLifecycle.from(events.asked(0, "How many customers?")).snapshot();

        assertThat(snapshot.status()).isEqualTo(RequestStatus.RUNNING);
        assertThat(snapshot.kind()).isEqualTo(RequestKind.QUESTION);
        assertThat(snapshot.text()).isEqualTo("How many customers?");
        assertThat(snapshot.createdAt()).isEqualTo(T0);
        assertThat(snapshot.completedAt()).isNull();
        assertThat(snapshot.lastStep()).isNull();
        assertThat(snapshot.sql()).isNull();
    }

    @Test
    void anExecutedRequestIsCompletedWithItsResult() {
        RequestLifecycle lifecycle = RequestLifecycle.from(events.asked(0, "q"));
        lifecycle.apply(events.intent(10, "q", READ));
        lifecycle.apply(events.schema(20, "q", READ));
        lifecycle.apply(events.query(30, READ));

        Applied applied = lifecycle.apply(events.executed(70, 12, 2));

        RequestSnapshot snapshot = lifecycle.snapshot();
        assertThat(applied).isEqualTo(Applied.TERMINATED);
        assertThat(snapshot.status()).isEqualTo(RequestStatus.COMPLETED);
        assertThat(snapshot.completedAt()).isEqualTo(T0.plusMillis(70));
        assertThat(snapshot.sql()).isEqualTo(SQL);
        assertThat(snapshot.parameters()).extracting(p -> p.value()).containsExactly("CA");
        assertThat(snapshot.engine()).isEqualTo("deterministic");
        assertThat(snapshot.lastStep()).isEqualTo("execution");
        assertThat(snapshot.result().rowCount()).isEqualTo(2);
        assertThat(snapshot.result().rows()).containsExactly(List.of(0, "row 0"), List.of(1, "row 1"));
        assertThat(snapshot.result().columns()).extracting(c -> c.name()).containsExactly("id", "label");
        assertThat(snapshot.timings().databaseMillis()).isEqualTo(12);
        assertThat(snapshot.error()).isNull();
    }

    @Test
    void aFailedStepEndsTheRequestWithItsMessageAndHint() {
        RequestLifecycle lifecycle = RequestLifecycle.from(events.asked(0, "q"));
        lifecycle.apply(events.intent(10, "q", READ));

        lifecycle.apply(events.failed(25, Step.SCHEMA, ErrorCode.UNKNOWN_SCHEMA_ELEMENT));

        RequestSnapshot snapshot = lifecycle.snapshot();
        assertThat(snapshot.status()).isEqualTo(RequestStatus.FAILED);
        assertThat(snapshot.error()).isEqualTo(new RequestSnapshot.Failure("UNKNOWN_SCHEMA_ELEMENT",
                "Unknown table or column", "there is no column 'colour' in customers",
                "Ask about one of: name, state, city.", "schema"));
        assertThat(snapshot.lastStep()).isEqualTo("schema");
        assertThat(snapshot.result()).isNull();
    }

    @Test
    void anAmbiguousQuestionNeedsClarificationWithTheOptions() {
        RequestLifecycle lifecycle = RequestLifecycle.from(events.asked(0, "orders by state"));

        lifecycle.apply(events.clarification(15, "orders by state"));

        RequestSnapshot snapshot = lifecycle.snapshot();
        assertThat(snapshot.status()).isEqualTo(RequestStatus.NEEDS_CLARIFICATION);
        assertThat(snapshot.clarification().reason())
                .isEqualTo("'state' could mean a customer's state or an order's state");
        assertThat(snapshot.clarification().options()).extracting(o -> o.question())
                .containsExactly("orders by state by customer");
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        EventEnvelope<?> intent = events.intent(10, "q", READ);
        RequestLifecycle lifecycle = RequestLifecycle.from(events.asked(0, "q"));
        lifecycle.apply(intent);

        Applied again = lifecycle.apply(intent);

        assertThat(again).isEqualTo(Applied.DUPLICATE);
        assertThat(lifecycle.events()).hasSize(2);
    }

    @Test
    void theFirstEndingWinsAndLaterOnesAreOnlyRecorded() {
        RequestLifecycle lifecycle = RequestLifecycle.from(events.asked(0, "q"));
        lifecycle.apply(events.failed(20, Step.QUERY, ErrorCode.SQL_REJECTED));

        Applied late = lifecycle.apply(events.executed(30, 5, 1));

        assertThat(late).isEqualTo(Applied.LATE);
        assertThat(lifecycle.status()).isEqualTo(RequestStatus.FAILED);
        assertThat(lifecycle.snapshot().result()).isNull();
        assertThat(lifecycle.events()).hasSize(3);
    }

    @Test
    void aStepReportedAfterTheEndingStillCountsInTheTimings() {
        RequestLifecycle lifecycle = RequestLifecycle.from(events.asked(0, "q"));
        lifecycle.apply(events.executed(90, 5, 1));

        lifecycle.apply(events.query(60, READ));

        assertThat(lifecycle.snapshot().timings().steps()).containsEntry("query", 60L).containsEntry("execution", 30L);
        assertThat(lifecycle.snapshot().status()).isEqualTo(RequestStatus.COMPLETED);
    }

    @Test
    void submittedSqlIsShownUntilTheQueryStepBuildsIt() {
        RequestLifecycle lifecycle = RequestLifecycle.from(events.sqlSubmitted(0, "select 1"));

        RequestSnapshot snapshot = lifecycle.snapshot();

        assertThat(snapshot.kind()).isEqualTo(RequestKind.SQL);
        assertThat(snapshot.text()).isEqualTo("select 1");
        assertThat(snapshot.sql()).isEqualTo("select 1");
    }

    @Test
    void aRequestFirstSeenMidwayLearnsItsQuestionFromLaterEvents() {
        RequestLifecycle lifecycle = RequestLifecycle.from(events.schema(20, "How many customers?", READ));

        RequestSnapshot snapshot = lifecycle.snapshot();

        assertThat(snapshot.kind()).isEqualTo(RequestKind.QUESTION);
        assertThat(snapshot.text()).isEqualTo("How many customers?");
        assertThat(snapshot.createdAt()).isEqualTo(T0.plusMillis(20));
    }

    @Test
    void anEventOfAnotherRequestIsRefused() {
        RequestLifecycle lifecycle = RequestLifecycle.from(events.asked(0, "q"));
        EventEnvelope<?> foreign = new Lifecycles("req-2", "session-1", "alice").intent(5, "q", READ);

        assertThatThrownBy(() -> lifecycle.apply(foreign))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("belongs to request req-2, not req-1");
    }

    @Test
    void aRequestIsNotTimedOutBeforeTheDeadline() {
        RequestLifecycle lifecycle = RequestLifecycle.from(events.asked(0, "q"));

        assertThat(lifecycle.timeOut(T0.plusSeconds(60), DEADLINE, "/pgwarden/gateway")).isEmpty();
        assertThat(lifecycle.status()).isEqualTo(RequestStatus.RUNNING);
    }

    @Test
    void anOverdueRequestTimesOutNamingTheStepThatDidNotAnswer() {
        RequestLifecycle lifecycle = RequestLifecycle.from(events.asked(0, "q"));
        lifecycle.apply(events.intent(10, "q", READ));
        lifecycle.apply(events.schema(20, "q", READ));

        EventEnvelope<RequestFailed> failure = lifecycle
                .timeOut(T0.plusSeconds(61), DEADLINE, "/pgwarden/gateway").orElseThrow();

        RequestSnapshot snapshot = lifecycle.snapshot();
        assertThat(snapshot.status()).isEqualTo(RequestStatus.TIMED_OUT);
        assertThat(snapshot.error().code()).isEqualTo("TIMEOUT");
        assertThat(snapshot.error().message())
                .isEqualTo("no answer from the query step within 60s; the request was stopped; nothing was changed");
        assertThat(snapshot.error().step()).isEqualTo("query");
        assertThat(snapshot.lastStep()).isEqualTo("schema");
        assertThat(snapshot.completedAt()).isEqualTo(T0.plusSeconds(61));
        assertThat(snapshot.timings().steps()).containsEntry("query", 60_980L);
        assertThat(failure.type()).isEqualTo("pgwarden.request.failed");
        assertThat(failure.source()).isEqualTo("/pgwarden/gateway");
        assertThat(failure.data().step()).isEqualTo(Step.QUERY);
    }

    @Test
    void everyInstanceDerivesTheSameTimeoutEvent() {
        RequestLifecycle here = RequestLifecycle.from(events.asked(0, "q"));
        RequestLifecycle there = RequestLifecycle.from(here.events().get(0));

        String idHere = here.timeOut(T0.plusSeconds(61), DEADLINE, "/pgwarden/gateway").orElseThrow().id();
        String idThere = there.timeOut(T0.plusSeconds(62), DEADLINE, "/pgwarden/gateway").orElseThrow().id();

        assertThat(idHere).isEqualTo(idThere);
    }

    @Test
    void anEndedRequestIsNeverTimedOut() {
        RequestLifecycle lifecycle = RequestLifecycle.from(events.asked(0, "q"));
        lifecycle.apply(events.executed(30, 5, 1));

        assertThat(lifecycle.timeOut(T0.plusSeconds(600), DEADLINE, "/pgwarden/gateway")).isEmpty();
        assertThat(lifecycle.status()).isEqualTo(RequestStatus.COMPLETED);
    }

    @Test
    void aWriteWaitsForImpactAnalysisAfterTheQueryStep() {
        RequestLifecycle lifecycle = RequestLifecycle.from(events.asked(0, "delete old orders"));
        lifecycle.apply(events.query(30, WorkflowPlan.writeFromQuestion()));

        RequestSnapshot snapshot = lifecycle.timeOut(T0.plusSeconds(61), DEADLINE, "/pgwarden/gateway")
                .map(failure -> lifecycle.snapshot()).orElseThrow();

        assertThat(snapshot.error().step()).isEqualTo("impact");
    }

    @Test
    void aWriteAwaitingApprovalIsNeverTimedOutAndShowsItsImpact() {
        RequestLifecycle lifecycle = RequestLifecycle.from(events.sqlSubmitted(0, Lifecycles.DELETE_SQL));
        lifecycle.apply(events.impact(40));

        assertThat(lifecycle.apply(events.approvalRequested(50))).isEqualTo(Applied.AWAITING_PEOPLE);
        assertThat(lifecycle.timeOut(T0.plus(Duration.ofHours(20)), DEADLINE, "/pgwarden/gateway")).isEmpty();

        RequestSnapshot snapshot = lifecycle.snapshot();
        assertThat(snapshot.status()).isEqualTo(RequestStatus.AWAITING_APPROVAL);
        assertThat(snapshot.status().done()).isFalse();
        assertThat(snapshot.write().impact().totalRows()).isEqualTo(130);
        assertThat(snapshot.write().approval().approvalId()).isEqualTo("appr-1");
        assertThat(snapshot.write().approval().state()).isEqualTo("PENDING");
        assertThat(snapshot.write().approval().requiredLevel()).isEqualTo("TEAM_LEAD");
    }

    @Test
    void afterApprovalTheExecutionGetsTheWholeDeadlineAgain() {
        RequestLifecycle lifecycle = RequestLifecycle.from(events.sqlSubmitted(0, Lifecycles.DELETE_SQL));
        lifecycle.apply(events.impact(40));
        lifecycle.apply(events.approvalRequested(50));
        long twoHours = Duration.ofHours(2).toMillis();
        lifecycle.apply(events.approvalDecided(twoHours, ApprovalOutcome.APPROVED));

        assertThat(lifecycle.status()).isEqualTo(RequestStatus.RUNNING);
        assertThat(lifecycle.timeOut(T0.plusMillis(twoHours).plusSeconds(59), DEADLINE, "/pgwarden/gateway"))
                .isEmpty();
        RequestSnapshot timedOut = lifecycle.timeOut(T0.plusMillis(twoHours).plusSeconds(61), DEADLINE,
                "/pgwarden/gateway").map(failure -> lifecycle.snapshot()).orElseThrow();
        assertThat(timedOut.error().step()).isEqualTo("execution");
    }

    @Test
    void aCommittedWriteCompletesWithItsBackupAndRowsPerTable() {
        RequestLifecycle lifecycle = RequestLifecycle.from(events.sqlSubmitted(0, Lifecycles.DELETE_SQL));
        lifecycle.apply(events.impact(40));
        lifecycle.apply(events.approvalRequested(50));
        lifecycle.apply(events.approvalDecided(900, ApprovalOutcome.APPROVED));

        assertThat(lifecycle.apply(events.writeExecuted(1000))).isEqualTo(Applied.TERMINATED);

        RequestSnapshot snapshot = lifecycle.snapshot();
        assertThat(snapshot.status()).isEqualTo(RequestStatus.COMPLETED);
        assertThat(snapshot.write().outcome().backupId()).isEqualTo("backup-1");
        assertThat(snapshot.write().outcome().tables()).extracting(t -> t.table())
                .containsExactly("public.orders", "public.order_items");
        assertThat(snapshot.write().approval().state()).isEqualTo("APPROVED");
        assertThat(snapshot.write().approval().decidedBy()).containsExactly("bob");
    }

    @Test
    void aDeniedOrExpiredWriteEndsAndNothingRuns() {
        RequestLifecycle denied = RequestLifecycle.from(events.sqlSubmitted(0, Lifecycles.DELETE_SQL));
        denied.apply(events.approvalRequested(50));
        assertThat(denied.apply(events.approvalDecided(60, ApprovalOutcome.DENIED))).isEqualTo(Applied.TERMINATED);
        assertThat(denied.status()).isEqualTo(RequestStatus.DENIED);

        Lifecycles other = new Lifecycles("req-2", "session-1", "alice");
        RequestLifecycle expired = RequestLifecycle.from(other.sqlSubmitted(0, Lifecycles.DELETE_SQL));
        expired.apply(other.approvalRequested(50));
        expired.apply(other.approvalDecided(60, ApprovalOutcome.EXPIRED));
        assertThat(expired.status()).isEqualTo(RequestStatus.EXPIRED);
    }

    @Test
    void aDecisionThatOvertakesTheRequestOnAnotherTopicIsNotUndone() {
        RequestLifecycle lifecycle = RequestLifecycle.from(events.sqlSubmitted(0, Lifecycles.DELETE_SQL));
        lifecycle.apply(events.approvalDecided(60, ApprovalOutcome.APPROVED));

        assertThat(lifecycle.apply(events.approvalRequested(50))).isEqualTo(Applied.RECORDED);

        assertThat(lifecycle.status()).isEqualTo(RequestStatus.RUNNING);
        assertThat(lifecycle.snapshot().write().approval().state()).isEqualTo("APPROVED");
    }

    @Test
    void theAnswerToAClarificationResumesTheSameRequest() {
        RequestLifecycle lifecycle = RequestLifecycle.from(events.asked(0, "how many custmers"));
        lifecycle.apply(events.clarification(20, "how many custmers"));
        assertThat(lifecycle.status()).isEqualTo(RequestStatus.NEEDS_CLARIFICATION);

        assertThat(lifecycle.apply(events.asked(5_000, "how many customers"))).isEqualTo(Applied.RESUMED);
        assertThat(lifecycle.status()).isEqualTo(RequestStatus.RUNNING);
        assertThat(lifecycle.timeOut(T0.plusSeconds(62), DEADLINE, "/pgwarden/gateway"))
                .as("the deadline counts from the answer").isEmpty();
        assertThat(lifecycle.apply(events.executed(5_100, 3, 1))).isEqualTo(Applied.TERMINATED);

        RequestSnapshot snapshot = lifecycle.snapshot();
        assertThat(snapshot.status()).isEqualTo(RequestStatus.COMPLETED);
        assertThat(snapshot.text()).isEqualTo("how many customers");
        assertThat(snapshot.clarification()).isNull();
    }
}
