package io.pgwarden.kit.messaging;

import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.contracts.event.EventCodec;
import io.pgwarden.contracts.event.EventEnvelope;
import io.pgwarden.contracts.event.EventType;
import io.pgwarden.contracts.event.RequestFailed;
import io.pgwarden.contracts.plan.Step;
import io.pgwarden.contracts.error.UserFacingError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The one way a service handles a lifecycle event: decode, skip if already processed, run the domain, publish what
 * it produced, record the event as processed.
 *
 * <ul>
 * <li>A {@link UserFacingError} (a PipelineException or a SQL guard refusal) becomes a {@code request.failed} event with its code, message and hint.</li>
 * <li>An unexpected exception also ends the request with a {@code request.failed} event (code INTERNAL) so the
 * user is never left waiting, and is rethrown so the record lands on the dead-letter topic with the reason.</li>
 * <li>A record that is not a well-formed envelope is rethrown at once: dead-letter topic.</li>
 * </ul>
 * Because output event ids derive from input ids, a redelivery that slips past the ledger (a crash between publish
 * and mark) re-emits the same ids, which the next consumer's ledger skips.
 */
@ApplicationScoped
public class StepHandler {

    private static final Logger LOG = Logger.getLogger(StepHandler.class);

    private final EventPublisher publisher;
    private final ProcessedEventLedger ledger;
    private final String consumer;

    @Inject
    public StepHandler(EventPublisher publisher, ProcessedEventLedger ledger,
            @ConfigProperty(name = "quarkus.application.name") String consumer) {
        this.publisher = publisher;
        this.ledger = ledger;
        this.consumer = consumer;
    }

    public <T> void handle(String json, EventType type, Step step, Function<EventEnvelope<T>, Outcome> work) {
        EventEnvelope<T> envelope = EventCodec.decode(json, type);
        if (ledger.alreadyProcessed(consumer, envelope.id())) {
            LOG.debugf("skipping redelivered %s %s", type.typeName(), envelope.id());
            return;
        }
        Outcome outcome;
        RuntimeException unexpected = null;
        try {
            outcome = work.apply(envelope);
        } catch (RuntimeException e) {
            if (e instanceof UserFacingError error) {
                LOG.infof("request %s stopped at %s: %s %s", envelope.requestId(), step, error.code(),
                        e.getMessage());
                outcome = failure(envelope, step, error.code(), e.getMessage(), error.hint());
            } else {
                LOG.errorf(e, "request %s: %s failed unexpectedly", envelope.requestId(), step);
                unexpected = e;
                outcome = failure(envelope, step, ErrorCode.INTERNAL,
                        "The " + step.name().toLowerCase() + " step failed unexpectedly; the request was stopped"
                                + " and nothing was changed.",
                        "Try again; if it keeps failing, an operator can find the event on the dead-letter topic "
                                + type.deadLetterTopic() + ".");
            }
        }
        publisher.publish(outcome);
        ledger.markProcessed(consumer, envelope.id(), envelope.type(), envelope.requestId());
        if (unexpected != null) {
            throw unexpected;
        }
    }

    private Outcome failure(EventEnvelope<?> envelope, Step step, ErrorCode code, String message, String hint) {
        RequestFailed failed = new RequestFailed(step, code, message, hint);
        return Outcome.emit(EventType.REQUEST_FAILED,
                envelope.next(EventType.REQUEST_FAILED, publisher.source(), failed));
    }
}
