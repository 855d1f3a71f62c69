package io.pgwarden.gateway.tracking;

import static io.pgwarden.gateway.tracking.Lifecycles.READ;
import static org.assertj.core.api.Assertions.assertThat;

import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.contracts.event.EventType;
import io.pgwarden.contracts.event.QueryBuilt;
import io.pgwarden.contracts.plan.Step;
import io.pgwarden.contracts.plan.WorkflowPlan;
import io.pgwarden.contracts.sql.StatementKind;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AwaitedStepTest {

    private final Lifecycles events = Lifecycles.ofAlice();

    @Test
    void aQuestionWaitsForTheIntentStep() {
        assertThat(AwaitedStep.after(List.of(events.asked(0, "q")))).contains(Step.INTENT);
    }

    @Test
    void submittedSqlWaitsForTheQueryStep() {
        assertThat(AwaitedStep.after(List.of(events.sqlSubmitted(0, "select 1")))).contains(Step.QUERY);
    }

    @Test
    void theNextStepComesFromThePlanOfTheLatestEvent() {
        assertThat(AwaitedStep.after(List.of(events.asked(0, "q"), events.intent(5, "q", READ))))
                .contains(Step.SCHEMA);
        assertThat(AwaitedStep.after(List.of(events.asked(0, "q"), events.query(5, WorkflowPlan.writeFromSql()))))
                .contains(Step.IMPACT);
    }

    @Test
    void withoutAPlanTheReadPathIsAssumed() {
        QueryBuilt planless = new QueryBuilt(null, "select 1", List.of(), StatementKind.READ, "one", "user");

        assertThat(AwaitedStep.after(List.of(events.envelope(EventType.QUERY_BUILT, 5, planless))))
                .contains(Step.EXECUTION);
    }

    @Test
    void afterAnEndingNothingIsAwaited() {
        assertThat(AwaitedStep.after(List.of(events.failed(5, Step.QUERY, ErrorCode.SQL_REJECTED)))).isEmpty();
        assertThat(AwaitedStep.after(List.of())).isEmpty();
    }

    @Test
    void theNoticeWithoutAKnownStepStillSaysNothingWasChanged() {
        assertThat(TimeoutNotice.of(Optional.empty(), Duration.ofSeconds(60)).message())
                .isEqualTo("no answer within 60s; the request was stopped; nothing was changed");
        assertThat(TimeoutNotice.of(Optional.of(Step.EXECUTION), Duration.ofMillis(1500)).message())
                .isEqualTo("no answer from the execution step within 1500ms; the request was stopped;"
                        + " nothing was changed");
    }
}
