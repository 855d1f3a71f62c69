package io.pgwarden.approval.messaging;

import io.pgwarden.approval.audit.AuditEntry;
import io.pgwarden.approval.audit.AuditLog;
import io.pgwarden.approval.audit.LifecycleAudit;
import io.pgwarden.approval.store.Sql;
import io.pgwarden.approval.store.StoreException;
import io.pgwarden.approval.store.Transactions;
import io.pgwarden.contracts.event.EventCodec;
import io.pgwarden.contracts.event.EventEnvelope;
import io.pgwarden.contracts.event.MalformedEventException;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * The audit subscriber: its own consumer group on the lifecycle topics of writes and approvals, appending one
 * audit row per event (a redelivered event is found by its id and skipped). {@link LifecycleAudit} decides which
 * events concern writes.
 */
@ApplicationScoped
public class AuditEventConsumer {

    private static final Logger LOG = Logger.getLogger(AuditEventConsumer.class);

    private final Transactions transactions;
    private final AuditLog audit;

    @Inject
    public AuditEventConsumer(Transactions transactions, AuditLog audit) {
        this.transactions = transactions;
        this.audit = audit;
    }

    @Incoming("audit-events")
    @Blocking
    public void onEvent(String json) {
        EventEnvelope<?> event;
        try {
            event = EventCodec.decodeAny(json);
        } catch (MalformedEventException e) {
            // Still audited: someone put an unreadable record on a lifecycle topic.
            LOG.warnf("unreadable event on a lifecycle topic: %s", e.getMessage());
            transactions.inTransaction(connection -> audit.append(connection, LifecycleAudit.unreadable(json,
                    e.getMessage()), Sql.micros(Instant.now())));
            return;
        }
        EventEnvelope<?> decoded = event;
        untilStored(() -> transactions.inTransaction(connection -> {
            Optional<AuditEntry> entry = LifecycleAudit.entryFor(decoded,
                    requestId -> audit.follows(connection, requestId));
            if (entry.isPresent()) {
                audit.append(connection, entry.get(), Sql.micros(Instant.now()));
            }
            return null;
        }));
    }

    /**
     * An audit row is never skipped: while the system database is unavailable the consumer waits and tries again
     * (doubling the wait up to 30 s), holding its place in the topic.
     */
    private static void untilStored(Runnable append) {
        long waitMillis = 200;
        while (true) {
            try {
                append.run();
                return;
            } catch (StoreException e) {
                LOG.warnf("audit append failed, retrying in %d ms: %s", waitMillis, e.getMessage());
                try {
                    Thread.sleep(waitMillis);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                waitMillis = Math.min(waitMillis * 2, 30_000);
            }
        }
    }
}
