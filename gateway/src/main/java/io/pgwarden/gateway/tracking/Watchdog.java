package io.pgwarden.gateway.tracking;

import io.pgwarden.contracts.event.EventEnvelope;
import io.pgwarden.contracts.event.EventType;
import io.pgwarden.contracts.event.RequestFailed;
import io.pgwarden.gateway.config.GatewayConfig;
import io.pgwarden.gateway.store.RequestHistory;
import io.pgwarden.kit.messaging.EventPublisher;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Makes sure nobody is left hanging: requests no step finished within the deadline end as TIMED_OUT, naming the
 * step that did not answer; requests a stopped gateway left RUNNING in the history end the same way; finished
 * requests are forgotten from memory after the retention period.
 */
@ApplicationScoped
public class Watchdog {

    private static final Logger LOG = Logger.getLogger(Watchdog.class);

    private final RequestTracker tracker;
    private final RequestHistory history;
    private final GatewayConfig config;
    private final Clock clock;
    private final EventPublisher publisher;

    @Inject
    public Watchdog(RequestTracker tracker, RequestHistory history, GatewayConfig config, Clock clock,
            EventPublisher publisher) {
        this.tracker = tracker;
        this.history = history;
        this.config = config;
        this.clock = clock;
        this.publisher = publisher;
    }

    @Scheduled(identity = "gateway-watchdog", every = "${pgwarden.gateway.watchdog.interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        for (RequestSnapshot ended : tracker.timeOutOverdue(this::announce)) {
            LOG.infof("request %s timed out: %s", ended.requestId(), ended.error().message());
            store(ended);
        }
        tracker.forgetFinished();
        timeOutAbandoned();
    }

    /** Published, so that approval-service never keeps an approval open for a request the user was told ended. */
    private void announce(EventEnvelope<RequestFailed> timeout) {
        try {
            publisher.publish(EventType.REQUEST_FAILED, timeout);
        } catch (RuntimeException e) {
            LOG.warnf("request %s timed out; the broker did not take the news: %s", timeout.requestId(),
                    e.getMessage());
        }
    }

    private void store(RequestSnapshot ended) {
        try {
            history.recordEnd(ended);
        } catch (RuntimeException e) {
            LOG.errorf("request %s timed out but the history could not store it: %s", ended.requestId(),
                    e.getMessage());
        }
    }

    /**
     * The cutoff leaves the instance following a request two sweeps to end it itself, with the step named, before
     * the history sweep treats it as abandoned.
     */
    private void timeOutAbandoned() {
        Duration deadline = config.watchdog().deadline();
        Instant now = clock.instant();
        Instant cutoff = now.minus(deadline).minus(config.watchdog().interval().multipliedBy(2));
        try {
            int ended = history.timeOutAbandoned(cutoff, now, deadline);
            if (ended > 0) {
                LOG.infof("%d abandoned requests in the history ended as TIMED_OUT", ended);
            }
        } catch (RuntimeException e) {
            LOG.warnf("history unavailable for the abandoned-request sweep: %s", e.getMessage());
        }
    }
}
