package io.pgwarden.gateway.stream;

import io.pgwarden.gateway.tracking.RequestTracker;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.OpenConnections;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Graceful shutdown waits for open HTTP exchanges, and event streams stay open for as long as a request runs (and
 * a WebSocket for as long as the client likes). When the gateway starts stopping, every SSE stream ends with the
 * request as it stands (status RUNNING if it is not done: the client polls or reconnects to another instance)
 * and every WebSocket is closed with 1001 "going away", so shutdown does not sit out its timeout.
 */
@ApplicationScoped
public class StreamsShutdown {

    private static final Logger LOG = Logger.getLogger(StreamsShutdown.class);
    private static final CloseReason GOING_AWAY = new CloseReason(1001, "gateway shutting down; reconnect");

    private final RequestTracker tracker;
    private final OpenConnections connections;

    @Inject
    public StreamsShutdown(RequestTracker tracker, OpenConnections connections) {
        this.tracker = tracker;
        this.connections = connections;
    }

    void closeStreams(@Observes ShutdownDelayInitiatedEvent stopping) {
        tracker.releaseStreams();
        connections.forEach(connection -> connection.close(GOING_AWAY).subscribe().with(
                closed -> {
                },
                failure -> LOG.debugf("WebSocket %s not closed cleanly: %s", connection.id(), failure.getMessage())));
    }
}
