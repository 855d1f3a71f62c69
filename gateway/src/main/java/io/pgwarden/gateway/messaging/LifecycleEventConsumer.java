package io.pgwarden.gateway.messaging;

import io.pgwarden.contracts.event.EventCodec;
import io.pgwarden.contracts.event.EventEnvelope;
import io.pgwarden.contracts.event.MalformedEventException;
import io.pgwarden.gateway.store.RequestHistory;
import io.pgwarden.gateway.tracking.LifecycleEvents;
import io.pgwarden.gateway.tracking.RequestSnapshot;
import io.pgwarden.gateway.tracking.RequestTracker;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Reads every lifecycle topic (channel {@value #CHANNEL}, a consumer group of its own per gateway instance, so
 * every instance sees every event), updates the followed requests, and stores each ending in the history.
 * A record that is not a pgwarden event is logged and skipped: it concerns no request the gateway can answer.
 */
@ApplicationScoped
public class LifecycleEventConsumer {

    public static final String CHANNEL = "lifecycle-events";

    private static final Logger LOG = Logger.getLogger(LifecycleEventConsumer.class);

    private final RequestTracker tracker;
    private final RequestHistory history;

    @Inject
    public LifecycleEventConsumer(RequestTracker tracker, RequestHistory history) {
        this.tracker = tracker;
        this.history = history;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(String json) {
        EventEnvelope<?> event;
        try {
            event = EventCodec.decodeAny(json);
        } catch (MalformedEventException e) {
            LOG.warnf("skipped a record that is not a pgwarden event: %s", e.getMessage());
            return;
        }
        if (!LifecycleEvents.followed(event)) {
            return;
        }
        if (!tracker.follows(event.requestId()) && endedInHistory(event.requestId())) {
            LOG.debugf("ignored %s for request %s, which had already ended", event.type(), event.requestId());
            return;
        }
        tracker.apply(event).ifPresent(change -> {
            change.ended().ifPresent(this::store);
            change.awaiting().ifPresent(this::storeAwaiting);
        });
    }

    private void storeAwaiting(RequestSnapshot awaiting) {
        try {
            history.recordAwaitingApproval(awaiting);
        } catch (RuntimeException e) {
            LOG.errorf("request %s awaits approval but the history could not store it: %s", awaiting.requestId(),
                    e.getMessage());
        }
    }

    private boolean endedInHistory(String requestId) {
        try {
            return history.ended(requestId);
        } catch (RuntimeException e) {
            LOG.warnf("history unavailable while checking request %s: %s", requestId, e.getMessage());
            return false;
        }
    }

    private void store(RequestSnapshot ended) {
        try {
            history.recordEnd(ended);
        } catch (RuntimeException e) {
            // The live state is still right; the history catches up if a later event of the request arrives.
            LOG.errorf("request %s ended %s but the history could not store it: %s", ended.requestId(),
                    ended.status(), e.getMessage());
        }
    }
}
