package io.pgwarden.approval.messaging;

import io.pgwarden.approval.store.Transactions;
import io.pgwarden.contracts.event.EventCodec;
import io.pgwarden.contracts.event.EventType;
import io.pgwarden.kit.messaging.EventPublisher;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Publishes the event outbox in order: right after each change ({@link #flush()}) and on a timer for anything a
 * failed publication left behind. Rows are locked while published (SKIP LOCKED), so instances never publish the
 * same row at once; a crash between publishing and marking re-publishes with the same event id, which consumers skip.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final String DUE = """
            SELECT id, event_type, envelope FROM event_outbox WHERE published_at IS NULL
            ORDER BY id LIMIT 100 FOR UPDATE SKIP LOCKED
            """;

    private final Transactions transactions;
    private final EventPublisher publisher;
    private final ReentrantLock oneAtATime = new ReentrantLock();

    @Inject
    public OutboxRelay(DataSource dataSource, EventPublisher publisher) {
        this.transactions = new Transactions(dataSource);
        this.publisher = publisher;
    }

    @Scheduled(every = "${pgwarden.approval.outbox-poll}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onTimer() {
        flush();
    }

    /** Publishes what is waiting; never throws (what fails stays in the outbox for the next run). */
    public void flush() {
        oneAtATime.lock();
        try {
            int published;
            do {
                published = publishBatch();
            } while (published == 100);
        } catch (RuntimeException e) {
            LOG.warnf("events stay in the outbox for the next attempt: %s", e.getMessage());
        } finally {
            oneAtATime.unlock();
        }
    }

    private int publishBatch() {
        return transactions.inTransaction(connection -> {
            List<Long> done = new ArrayList<>();
            try (PreparedStatement due = connection.prepareStatement(DUE); ResultSet rows = due.executeQuery()) {
                while (rows.next()) {
                    EventType type = EventType.valueOf(rows.getString(2));
                    publisher.publish(type, EventCodec.decode(rows.getString(3), type));
                    done.add(rows.getLong(1));
                }
            } catch (RuntimeException e) {
                if (done.isEmpty()) {
                    throw e;
                }
                LOG.warnf("publishing stopped after %d events: %s", done.size(), e.getMessage());
            }
            try (PreparedStatement mark = connection.prepareStatement(
                    "UPDATE event_outbox SET published_at = now() WHERE id = ANY (?)")) {
                mark.setArray(1, connection.createArrayOf("bigint", done.toArray()));
                mark.executeUpdate();
            }
            return done.size();
        });
    }
}
