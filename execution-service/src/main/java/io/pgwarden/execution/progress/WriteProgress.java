package io.pgwarden.execution.progress;

import io.agroal.api.AgroalDataSource;
import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.contracts.event.EventEnvelope;
import io.pgwarden.contracts.event.EventType;
import io.pgwarden.contracts.event.ExecutionProgress;
import io.pgwarden.execution.write.WriteConfig;
import io.pgwarden.execution.write.WriteObserver;
import io.pgwarden.kit.error.PipelineException;
import io.pgwarden.kit.messaging.EventPublisher;
import io.quarkus.agroal.DataSource;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Watches running writes: emits execution.progress on every phase change and, while the transaction runs, every
 * progress interval with the session's state from pg_stat_activity (elapsed time, what it waits on, who blocks
 * it); stops a write whose cancellation was requested; and holds the crash-test pause points.
 */
@ApplicationScoped
public class WriteProgress {

    private static final Logger LOG = Logger.getLogger(WriteProgress.class);

    private final AgroalDataSource writer;
    private final EventPublisher publisher;
    private final RunningWrites running;
    private final WriteConfig config;
    private final PausePoint pause;
    private final ScheduledExecutorService sampler = Executors.newScheduledThreadPool(1, r -> {
        Thread thread = new Thread(r, "pgwarden-write-progress");
        thread.setDaemon(true);
        return thread;
    });

    @Inject
    public WriteProgress(@DataSource("target-writer") AgroalDataSource writer, EventPublisher publisher,
            RunningWrites running, WriteConfig config,
            @ConfigProperty(name = "pgwarden.execution.test-pause-file") Optional<String> pauseFile) {
        this.writer = writer;
        this.publisher = publisher;
        this.running = running;
        this.config = config;
        this.pause = new PausePoint(pauseFile);
    }

    @PreDestroy
    void stop() {
        sampler.shutdownNow();
    }

    /** An observer for one write, announced as part of the request of {@code cause}. */
    public WriteObserver observe(EventEnvelope<?> cause, String approvalId) {
        return new Observer(cause, approvalId);
    }

    private final class Observer implements WriteObserver {

        private final EventEnvelope<?> cause;
        private final String approvalId;
        private final AtomicLong sequence = new AtomicLong();
        private volatile String phase = "STARTING";
        private volatile long startedNanos = System.nanoTime();
        private volatile int pid;
        private volatile ScheduledFuture<?> sampling;

        Observer(EventEnvelope<?> cause, String approvalId) {
            this.cause = cause;
            this.approvalId = approvalId;
        }

        @Override
        public void started(String id, int backendPid) {
            pid = backendPid;
            startedNanos = System.nanoTime();
            running.started(approvalId, backendPid);
            long every = config.progressInterval().toMillis();
            sampling = sampler.scheduleAtFixedRate(this::sample, every, every, TimeUnit.MILLISECONDS);
        }

        @Override
        public void phase(String next) {
            phase = next;
            boolean ended = next.equals("COMMITTED") || next.equals("ROLLED_BACK");
            emit(null, ended ? List.of() : null, note(next));
            if (!ended && running.cancelRequested(approvalId)) {
                throw new PipelineException(ErrorCode.CONFLICT,
                        "The write was cancelled on request. The transaction was rolled back; nothing was changed.",
                        "Submit the change again when it should run.");
            }
        }

        @Override
        public void reached(String point) {
            pause.reached(point, approvalId);
        }

        @Override
        public void finished(String id) {
            ScheduledFuture<?> task = sampling;
            if (task != null) {
                task.cancel(false);
            }
            running.finished(approvalId);
        }

        private void sample() {
            try (Connection connection = writer.getConnection()) {
                BackendSample.of(connection, pid).ifPresent(s -> emit(s, s.blockedBy(),
                        s.blockedBy().isEmpty() ? note(phase) : "Waiting for locks held by sessions "
                                + s.blockedBy() + "."));
            } catch (Exception e) {
                LOG.debugf("progress of %s not sampled: %s", approvalId, e.getMessage());
            }
        }

        private void emit(BackendSample sample, List<Integer> blockers, String note) {
            long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
            ExecutionProgress progress = new ExecutionProgress(approvalId, phase, elapsed,
                    sample == null ? null : sample.state(), sample == null ? null : sample.waitEvent(),
                    blockers == null ? List.of() : blockers, note);
            // Each progress event needs its own id (consumers skip ids they have seen), still derived from the cause.
            String id = UUID.nameUUIDFromBytes((cause.id() + "->" + EventType.EXECUTION_PROGRESS.typeName() + "#"
                    + sequence.incrementAndGet()).getBytes(StandardCharsets.UTF_8)).toString();
            EventEnvelope<ExecutionProgress> envelope = new EventEnvelope<>(EventEnvelope.SPEC_VERSION, id,
                    EventType.EXECUTION_PROGRESS.typeName(), publisher.source(), Instant.now(),
                    EventType.EXECUTION_PROGRESS.version(), cause.requestId(), cause.sessionId(), cause.userId(),
                    progress, cause.cachecontrol());
            try {
                publisher.publish(EventType.EXECUTION_PROGRESS, envelope);
            } catch (RuntimeException e) {
                LOG.warnf("progress of %s not published: %s", approvalId, e.getMessage());
            }
        }
    }

    private static String note(String phase) {
        return switch (phase) {
            case "BACKING_UP" -> "Backing up the rows the change will touch.";
            case "EXECUTING" -> "Running the approved statement.";
            case "VERIFYING" -> "Checking the result against the approved impact.";
            case "COMMITTED" -> "Committed.";
            case "ROLLED_BACK" -> "Rolled back; nothing was changed.";
            default -> "Running.";
        };
    }
}
