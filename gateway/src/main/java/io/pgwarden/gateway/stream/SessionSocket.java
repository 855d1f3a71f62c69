package io.pgwarden.gateway.stream;

import io.pgwarden.contracts.event.EventCodec;
import io.pgwarden.gateway.auth.Caller;
import io.pgwarden.gateway.tracking.RequestTracker;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.UserData;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Streams a session's lifecycle events, live from the moment of connecting, as JSON text frames (each the
 * CloudEvents envelope, as on Kafka). Only the caller's own requests are sent; {@link SessionSocketCheck}
 * authenticated the handshake.
 */
@WebSocket(path = "/ws/sessions/{sessionId}")
public class SessionSocket {

    private static final Logger LOG = Logger.getLogger(SessionSocket.class);
    private static final UserData.TypedKey<Runnable> STOP = new UserData.TypedKey<>("pgwarden.stop");

    private final RequestTracker tracker;

    @Inject
    public SessionSocket(RequestTracker tracker) {
        this.tracker = tracker;
    }

    @OnOpen
    public void open(WebSocketConnection connection) {
        Caller caller = connection.userData().get(SessionSocketCheck.CALLER);
        String sessionId = connection.pathParam("sessionId");
        Runnable stop = tracker.watchSession(sessionId, event -> {
            if (caller != null && caller.userId().equals(event.userId())) {
                connection.sendText(EventCodec.encode(event)).subscribe().with(
                        sent -> {
                        },
                        failure -> LOG.debugf("event %s not sent to WebSocket %s: %s", event.id(), connection.id(),
                                failure.getMessage()));
            }
        });
        connection.userData().put(STOP, stop);
    }

    @OnClose
    public void close(WebSocketConnection connection) {
        Runnable stop = connection.userData().remove(STOP);
        if (stop != null) {
            stop.run();
        }
    }
}
