package io.pgwarden.gateway.store;

import static io.pgwarden.gateway.tracking.Lifecycles.READ;
import static org.assertj.core.api.Assertions.assertThat;

import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.contracts.plan.Step;
import io.pgwarden.gateway.tracking.Lifecycles;
import io.pgwarden.gateway.tracking.RequestLifecycle;
import io.pgwarden.gateway.tracking.RequestSnapshot;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordMappingTest {

    private final Lifecycles events = Lifecycles.ofAlice();

    @Test
    void aCompletedRequestReadsBackAsItWasStored() {
        RequestLifecycle lifecycle = RequestLifecycle.from(events.asked(0, "How many customers in CA?"));
        lifecycle.apply(events.intent(10, "How many customers in CA?", READ));
        lifecycle.apply(events.schema(20, "How many customers in CA?", READ));
        lifecycle.apply(events.query(35, READ));
        lifecycle.apply(events.executed(80, 9, 3));
        RequestSnapshot original = lifecycle.snapshot();

        RequestSnapshot read = roundTrip(original, 200);

        assertThat(read).isEqualTo(original);
        assertThat(read.result().plan()).isEqualTo(Lifecycles.PLAN);
        assertThat(read.timings().steps().keySet()).containsExactly("intent", "schema", "query", "execution");
    }

    @Test
    void theHistoryKeepsOnlyTheConfiguredNumberOfRowsAndCountsTheRest() {
        RequestLifecycle lifecycle = RequestLifecycle.from(events.asked(0, "q"));
        lifecycle.apply(events.executed(80, 9, 5));

        RequestSnapshot read = roundTrip(lifecycle.snapshot(), 2);

        assertThat(read.result().rows()).containsExactly(List.of(0, "row 0"), List.of(1, "row 1"));
        assertThat(read.result().rowCount()).isEqualTo(5);
        assertThat(read.result().rowsOmitted()).isEqualTo(3);
    }

    @Test
    void aFailureReadsBackWithItsTitle() {
        RequestLifecycle lifecycle = RequestLifecycle.from(events.asked(0, "q"));
        lifecycle.apply(events.failed(30, Step.QUERY, ErrorCode.SQL_REJECTED));

        RequestSnapshot read = roundTrip(lifecycle.snapshot(), 200);

        assertThat(read.error()).isEqualTo(lifecycle.snapshot().error());
        assertThat(read.error().title()).isEqualTo("SQL refused by the safety guard");
        assertThat(read.parameters()).isEmpty();
        assertThat(read.result()).isNull();
    }

    @Test
    void aRequestAbandonedBeforeAnyStepReportedHasNoTimings() {
        RequestRecord row = new RequestRecord();
        RecordMapping.write(RequestLifecycle.from(events.asked(0, "q")).snapshot(), row, 200);
        row.totalMillis = null;
        row.stepMillis = null;
        row.status = "TIMED_OUT";

        assertThat(RecordMapping.read(row).timings()).isNull();
    }

    @Test
    void stepsComeBackInLifecycleOrderWhateverOrderTheDatabaseGives() {
        Map<String, Long> shuffled = new LinkedHashMap<>();
        shuffled.put("query", 3L);
        shuffled.put("intent", 1L);
        shuffled.put("execution", 4L);
        shuffled.put("schema", 2L);

        assertThat(RecordMapping.inStepOrder(shuffled).keySet())
                .containsExactly("intent", "schema", "query", "execution");
    }

    private static RequestSnapshot roundTrip(RequestSnapshot snapshot, int storedRows) {
        RequestRecord row = new RequestRecord();
        RecordMapping.write(snapshot, row, storedRows);
        return RecordMapping.read(row);
    }
}
