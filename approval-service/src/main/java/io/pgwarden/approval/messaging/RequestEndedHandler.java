package io.pgwarden.approval.messaging;

import io.pgwarden.approval.intake.EndedRequests;
import io.pgwarden.approval.store.Sql;
import io.pgwarden.contracts.event.EventCodec;
import io.pgwarden.contracts.event.EventEnvelope;
import io.pgwarden.contracts.event.EventType;
import io.pgwarden.contracts.event.MalformedEventException;
import io.pgwarden.contracts.event.RequestFailed;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Follows the ends of requests ({@code request.failed}, including the gateway's timeouts) so that no approval
 * outlives its request. Idempotent: remembering an ended request twice, or expiring an approval that is no longer
 * open, changes nothing.
 */
@ApplicationScoped
public class RequestEndedHandler {

    private static final Logger LOG = Logger.getLogger(RequestEndedHandler.class);

    private final EndedRequests ended;
    private final OutboxRelay relay;

    @Inject
    public RequestEndedHandler(EndedRequests ended, OutboxRelay relay) {
        this.ended = ended;
        this.relay = relay;
    }

    @Incoming("request-ended")
    @Blocking
    public void onRequestFailed(String json) {
        EventEnvelope<RequestFailed> failure;
        try {
            failure = EventCodec.decode(json, EventType.REQUEST_FAILED);
        } catch (MalformedEventException e) {
            LOG.warnf("skipped a record on the request.failed topic that is not a pgwarden event: %s",
                    e.getMessage());
            return;
        }
        ended.ended(failure, Sql.micros(Instant.now()));
        relay.flush();
    }
}
