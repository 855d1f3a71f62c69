package io.pgwarden.approval.timers;

import io.pgwarden.approval.messaging.OutboxRelay;
import io.pgwarden.approval.store.Sql;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.jboss.logging.Logger;

/** Asks the timer service every {@code pgwarden.approval.timer-poll} for due escalations and expiries. */
@ApplicationScoped
public class TimerPoller {

    private static final Logger LOG = Logger.getLogger(TimerPoller.class);

    private final TimerService timers;
    private final OutboxRelay relay;

    @Inject
    public TimerPoller(TimerService timers, OutboxRelay relay) {
        this.timers = timers;
        this.relay = relay;
    }

    @Scheduled(every = "${pgwarden.approval.timer-poll}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        try {
            timers.runAllDue(Sql.micros(Instant.now()));
        } catch (RuntimeException e) {
            LOG.warnf("approval timers run again at the next poll: %s", e.getMessage());
            return;
        }
        relay.flush();
    }
}
