package io.pgwarden.gateway.tracking;

import io.pgwarden.contracts.event.EventEnvelope;
import io.pgwarden.contracts.event.EventType;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The event types the gateway follows, and the type of a decoded envelope. */
public final class LifecycleEvents {

    /**
     * Every type of a request's lifecycle: all types but the compacted catalog, which is state about the target
     * database rather than an event of some request.
     */
    public static final Set<EventType> FOLLOWED = Arrays.stream(EventType.values())
            .filter(type -> !type.compacted())
            .collect(Collectors.toUnmodifiableSet());

    private LifecycleEvents() {
    }

    public static Optional<EventType> typeOf(EventEnvelope<?> envelope) {
        return EventType.byTypeName(envelope.type());
    }

    public static boolean followed(EventEnvelope<?> envelope) {
        return typeOf(envelope).filter(FOLLOWED::contains).isPresent();
    }
}
