package io.pgwarden.gateway.tracking;

import static io.pgwarden.gateway.tracking.Lifecycles.READ;
import static org.assertj.core.api.Assertions.assertThat;

import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.contracts.event.EventEnvelope;
import io.pgwarden.contracts.plan.Step;
import java.util.List;
import org.junit.jupiter.api.Test;

class StepTimingsTest {

    private final Lifecycles events = Lifecycles.ofAlice();

    @Test
    void eachStepTakesTheGapSinceThePreviousEvent() {
        Timings timings = StepTimings.of(List.of(
                events.asked(0, "q"), events.intent(40, "q", READ), events.schema(55, "q", READ),
                events.query(85, READ), events.executed(160, 31, 1)));

        assertThat(timings.steps()).containsExactly(
                entry("intent", 40L), entry("schema", 15L), entry("query", 30L), entry("execution", 75L));
        assertThat(timings.totalMillis()).isEqualTo(160);
        assertThat(timings.databaseMillis()).isEqualTo(31);
    }

    @Test
    void eventsArrivingOutOfOrderAreTimedInTheOrderTheyHappened() {
        Timings timings = StepTimings.of(List.of(
                events.asked(0, "q"), events.executed(160, 31, 1), events.intent(40, "q", READ),
                events.query(85, READ), events.schema(55, "q", READ)));

        assertThat(timings.steps()).containsExactly(
                entry("intent", 40L), entry("schema", 15L), entry("query", 30L), entry("execution", 75L));
    }

    @Test
    void aFailureCountsForTheStepItNames() {
        Timings timings = StepTimings.of(List.of(
                events.asked(0, "q"), events.intent(10, "q", READ), events.schema(30, "q", READ),
                events.failed(42, Step.QUERY, ErrorCode.UNKNOWN_SCHEMA_ELEMENT)));

        assertThat(timings.steps()).containsExactly(entry("intent", 10L), entry("schema", 20L), entry("query", 12L));
        assertThat(timings.databaseMillis()).isNull();
        assertThat(timings.totalMillis()).isEqualTo(42);
    }

    @Test
    void aServiceClockBehindTheGatewayNeitherReordersStepsNorGivesNegativeTimes() {
        Timings timings = StepTimings.of(List.of(events.asked(100, "q"), events.intent(95, "q", READ)));

        assertThat(timings.steps()).containsExactly(entry("intent", 0L));
        assertThat(timings.totalMillis()).isZero();
    }

    @Test
    void sameInstantEventsKeepTheLifecycleOrder() {
        EventEnvelope<?> built = events.query(50, READ);
        EventEnvelope<?> schema = events.schema(50, "q", READ);

        assertThat(StepTimings.inLifecycleOrder(List.of(built, schema))).containsExactly(schema, built);
    }

    @Test
    void noEventsMeansNoTime() {
        Timings timings = StepTimings.of(List.of());

        assertThat(timings.totalMillis()).isZero();
        assertThat(timings.steps()).isEmpty();
    }

    private static java.util.Map.Entry<String, Long> entry(String step, Long millis) {
        return java.util.Map.entry(step, millis);
    }
}
