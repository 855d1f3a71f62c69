package io.pgwarden.gateway.tracking;

import io.pgwarden.contracts.event.EventEnvelope;
import io.pgwarden.contracts.event.ExecutionCompleted;
import io.pgwarden.contracts.event.RequestFailed;
import io.pgwarden.contracts.plan.Step;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Derives {@link Timings} from a request's events. Each step's time is the gap between the event before it and the
 * event the step emitted (a failure counts for the step it names), so queueing on Kafka is included in the step
 * that waited for it. Clocks of different services may disagree slightly; negative gaps count as zero.
 */
public final class StepTimings {

    private StepTimings() {
    }

    public static Timings of(List<EventEnvelope<?>> events) {
        if (events.isEmpty()) {
            return new Timings(0, null, Map.of());
        }
        List<EventEnvelope<?>> ordered = inLifecycleOrder(events);
        Map<Step, Long> perStep = new EnumMap<>(Step.class);
        Long databaseMillis = null;
        for (int i = 1; i < ordered.size(); i++) {
            EventEnvelope<?> event = ordered.get(i);
            long gap = millisBetween(ordered.get(i - 1), event);
            stepOf(event).ifPresent(step -> perStep.merge(step, gap, Long::sum));
            if (event.data() instanceof ExecutionCompleted completed) {
                databaseMillis = completed.executionMillis();
            }
        }
        Map<String, Long> steps = new LinkedHashMap<>();
        perStep.forEach((step, millis) -> steps.put(step.name().toLowerCase(Locale.ROOT), millis));
        long total = millisBetween(ordered.get(0), ordered.get(ordered.size() - 1));
        return new Timings(total, databaseMillis, steps);
    }

    /**
     * Events in the order the lifecycle produces them (event types are declared in that order), then by time.
     * Events of one request travel on different topics and may arrive out of order, and services' clocks may
     * disagree, so arrival order and timestamps alone cannot be trusted to put a step after the one it followed.
     */
    public static List<EventEnvelope<?>> inLifecycleOrder(List<EventEnvelope<?>> events) {
        return events.stream()
                .sorted(Comparator.<EventEnvelope<?>>comparingInt(
                        e -> LifecycleEvents.typeOf(e).map(Enum::ordinal).orElse(Integer.MAX_VALUE))
                        .thenComparing(e -> e.time() == null ? Instant.EPOCH : e.time()))
                .toList();
    }

    /** The step that produced an event: the emitting service's step, or the step a failure names. */
    public static Optional<Step> stepOf(EventEnvelope<?> event) {
        if (event.data() instanceof RequestFailed failed) {
            return Optional.ofNullable(failed.step());
        }
        return LifecycleEvents.typeOf(event).flatMap(type -> type.emittedBy());
    }

    private static long millisBetween(EventEnvelope<?> earlier, EventEnvelope<?> later) {
        if (earlier.time() == null || later.time() == null) {
            return 0;
        }
        return Math.max(0, Duration.between(earlier.time(), later.time()).toMillis());
    }
}
