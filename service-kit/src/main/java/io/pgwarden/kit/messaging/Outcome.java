package io.pgwarden.kit.messaging;

import io.pgwarden.contracts.event.EventEnvelope;
import io.pgwarden.contracts.event.EventType;
import java.util.List;

/** What handling one event produced: the events to publish, possibly none. */
public record Outcome(List<Emission> emissions) {

    public Outcome {
        emissions = List.copyOf(emissions);
    }

    public static Outcome none() {
        return new Outcome(List.of());
    }

    public static Outcome emit(EventType type, EventEnvelope<?> envelope) {
        return new Outcome(List.of(new Emission(type, envelope)));
    }

    /** One event to publish on its type's topic. */
    public record Emission(EventType type, EventEnvelope<?> envelope) {
    }
}
