package io.pgwarden.gateway.tracking;

import io.pgwarden.contracts.event.EventEnvelope;

/**
 * Follows one request: every event in lifecycle order, then its end. Called while the request is locked, so
 * implementations must only hand the data on (emit to a stream), never block.
 */
public interface LifecycleListener {

    void onEvent(EventEnvelope<?> event);

    void onEnd(RequestSnapshot snapshot);
}
